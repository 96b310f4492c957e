# Copied from overlays/_core/redact.py by scripts/generate.py; edit that file, not this copy.
"""Keep credentials out of reprs, logs and exception messages."""

from __future__ import annotations

import re
from collections.abc import Mapping

REDACTED = "[REDACTED]"

# Header and query names that carry a credential in at least one of the five APIs.
SECRET_HEADERS = frozenset(
    {"authorization", "x-api-key", "api-key", "api_key", "x-csrf-token", "cookie", "set-cookie", "proxy-authorization"}
)
SECRET_QUERY = frozenset({"api_key", "jwt_token", "token", "access_token", "key", "secret"})

_QUERY_RE = re.compile(r"(?i)([?&](?:" + "|".join(sorted(SECRET_QUERY)) + r")=)[^&#\s]*")


class Secret:
    """A credential that prints as [REDACTED]; `reveal()` is the only way to read it."""

    __slots__ = ("_value",)

    def __init__(self, value: str):
        if not isinstance(value, str) or not value:
            raise ValueError("a secret must be a non-empty string")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> str:
        raise TypeError("secrets are not picklable")


def as_secret(value: str | Secret) -> Secret:
    return value if isinstance(value, Secret) else Secret(value)


def redact_url(url: str) -> str:
    """The URL with the values of credential query parameters replaced."""
    return _QUERY_RE.sub(lambda m: m.group(1) + REDACTED, url)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of the headers with credential values replaced."""
    return {k: (REDACTED if k.lower() in SECRET_HEADERS else v) for k, v in headers.items()}
