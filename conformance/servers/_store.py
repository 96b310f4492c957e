"""An in-memory, insertion-ordered record store, safe to use from the event loop and from other threads.

Records are plain dicts. The store hands out deep copies, so a handler that edits what it read cannot
change stored state by accident, and every read-modify-write goes through `update` under one lock
(no lost writes under concurrent requests).
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterator
from typing import Any

Record = dict[str, Any]


class Store:
    def __init__(self, records: dict[str, Record] | None = None) -> None:
        self._records: dict[str, Record] = dict(records or {})
        self._lock = threading.RLock()

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._records

    def add(self, key: str, record: Record) -> Record:
        with self._lock:
            if key in self._records:
                raise KeyError(f"duplicate key {key!r}")
            self._records[key] = copy.deepcopy(record)
            return copy.deepcopy(record)

    def add_unique(self, key: str, record: Record, conflict: Callable[[Record], bool]) -> Record | None:
        """Add unless an existing record makes `conflict` true (check and insert are atomic)."""
        return self.add_when(key, record, lambda records: not any(conflict(existing) for existing in records))

    def add_when(self, key: str, record: Record, allowed: Callable[[list[Record]], bool]) -> Record | None:
        """Add if `allowed(current records)` is true, atomically (e.g. a quota); None when refused.

        `allowed` sees the stored records themselves: it must only read them.
        """
        with self._lock:
            if not allowed(list(self._records.values())):
                return None
            return self.add(key, record)

    def get(self, key: str) -> Record | None:
        with self._lock:
            record = self._records.get(key)
            return copy.deepcopy(record) if record is not None else None

    def update(self, key: str, change: Callable[[Record], Any]) -> Record | None:
        """Apply `change` to the stored record in place, atomically; None if the key is unknown."""
        with self._lock:
            record = self._records.get(key)
            if record is None:
                return None
            change(record)
            return copy.deepcopy(record)

    def delete(self, key: str) -> Record | None:
        with self._lock:
            return self._records.pop(key, None)

    def values(self) -> list[Record]:
        with self._lock:
            return copy.deepcopy(list(self._records.values()))

    def keys(self) -> list[str]:
        with self._lock:
            return list(self._records)

    def find(self, predicate: Callable[[Record], bool]) -> Record | None:
        with self._lock:
            for record in self._records.values():
                if predicate(record):
                    return copy.deepcopy(record)
            return None

    def __iter__(self) -> Iterator[Record]:
        return iter(self.values())
