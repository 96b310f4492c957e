"""Per-API knowledge the specs cannot carry, kept small: everything else comes from the specs.

An adapter says which operations must not be fuzzed (they would end the run, e.g. revoking the key
under test), and how to open and drive the WebSocket channels and webhooks of its API.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Adapter:
    # operationIds left out of schemathesis' phases (they would invalidate the credential under test)
    excluded_from_fuzzing: frozenset[str] = frozenset()
    extra: dict[str, object] = field(default_factory=dict)


_ADAPTERS: dict[str, Adapter] = {}


def get(slug: str) -> Adapter:
    return _ADAPTERS.get(slug, Adapter())
