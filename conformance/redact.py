"""Credentials never leave the suite: every text it prints or writes goes through `Redactor.redact`."""

from __future__ import annotations

import re

MASK = "[REDACTED]"

# Values that look like credentials whatever they are: header lines and query parameters.
_PATTERNS = (
    re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?(?:bearer:?|basic|token)?\s*)([^\s'\"&,}]+)"),
    re.compile(r"(?i)((?:x-api-key|api-key|x-csrf-token|xi-api-key)['\"]?\s*[:=]\s*['\"]?)([^\s'\"&,}]+)"),
    re.compile(r"(?i)([?&](?:api_key|apikey|jwt_token|token|access_token|key)=)([^&\s'\"#]+)"),
    re.compile(r"(?i)((?:session_id)=)([^;\s'\"]+)"),
)


class Redactor:
    """Masks known secrets (the API key, webhook secrets, tokens learnt at run time) and credential-shaped values."""

    def __init__(self, *secrets: str | None) -> None:
        self._secrets: set[str] = set()
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str | None) -> None:
        if secret and len(secret) >= 3:
            self._secrets.add(secret)

    def redact(self, text: object) -> str:
        out = str(text)
        for secret in sorted(self._secrets, key=len, reverse=True):
            out = out.replace(secret, MASK)
        for pattern in _PATTERNS:
            out = pattern.sub(lambda m: m.group(1) + (m.group(2) if m.group(2) == MASK else MASK), out)
        return out

    def __repr__(self) -> str:  # never show the secrets themselves
        return f"Redactor({len(self._secrets)} secrets)"
