"""Credential helpers: constant-time comparison, bearer parsing, and small HS256 JWTs that expire."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from typing import Any


def secrets_equal(given: str | None, expected: str) -> bool:
    """Compare a presented credential without leaking its length or prefix through timing."""
    if given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), expected.encode("utf-8", "surrogateescape"))


def bearer_token(authorization: str | None) -> str | None:
    """The token of `Authorization: Bearer <t>`, also accepting `Bearer: <t>` (pyneuphonic's form)."""
    if not authorization:
        return None
    scheme, _, rest = authorization.strip().partition(" ")
    if scheme.rstrip(":").lower() != "bearer":
        return None
    token = rest.strip()
    return token or None


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class JwtIssuer:
    """Issues and checks HS256 JWTs signed with a per-server random secret.

    `clock` is injectable so tests can move time instead of sleeping.
    """

    def __init__(self, ttl: float = 3600.0, *, clock: Callable[[], float] = time.time, secret: bytes | None = None):
        self.ttl = ttl
        self.clock = clock
        self._secret = secret or secrets.token_bytes(32)

    def issue(self, subject: str, ttl: float | None = None, **claims: Any) -> str:
        now = self.clock()
        lifetime = self.ttl if ttl is None else ttl
        payload = {"sub": subject, "iat": int(now), "exp": now + lifetime, "jti": secrets.token_hex(8), **claims}
        header = {"alg": "HS256", "typ": "JWT"}
        signing_input = f"{_b64url(json.dumps(header).encode())}.{_b64url(json.dumps(payload).encode())}"
        signature = hmac.new(self._secret, signing_input.encode("ascii"), hashlib.sha256).digest()
        return f"{signing_input}.{_b64url(signature)}"

    def verify(self, token: str | None) -> dict[str, Any] | None:
        """The claims of a valid, unexpired token; None for anything else (never raises)."""
        if not token or token.count(".") != 2:
            return None
        try:
            head, body, signature = token.split(".")
            expected = hmac.new(self._secret, f"{head}.{body}".encode("ascii"), hashlib.sha256).digest()
            if not hmac.compare_digest(expected, _b64url_decode(signature)):
                return None
            claims = json.loads(_b64url_decode(body))
        except (ValueError, UnicodeError):
            return None
        if not isinstance(claims, dict) or not isinstance(claims.get("exp"), (int, float)):
            return None
        if claims["exp"] <= self.clock():
            return None
        return claims
