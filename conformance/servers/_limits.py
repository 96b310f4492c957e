"""A sliding-window rate limiter whose window tests can shorten (e.g. 5 per 0.5 s instead of 5 per minute)."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    """At most `limit` hits per `window` seconds for each key; thread- and task-safe."""

    def __init__(self, limit: int, window: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str = "") -> float | None:
        """Record a hit; returns None when allowed, else the seconds to wait before retrying."""
        now = self._clock()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return max(0.0, hits[0] + self.window - now)
            hits.append(now)
            return None

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()


def retry_after_header(seconds: float) -> dict[str, str]:
    """`Retry-After` is whole seconds (RFC 9110); round up so a client that obeys it is not refused again."""
    return {"Retry-After": str(max(1, math.ceil(seconds)))}
