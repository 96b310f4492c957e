# Copied from overlays/_core/auth.py by scripts/generate.py; edit that file, not this copy.
"""Credentials as `httpx.Auth` flows, so every request (generated or overlay) carries them.

The generated client ignores `securitySchemes` (openapi-python-client #600); these classes are how
the five APIs' real schemes reach the wire. Every secret is held in a `Secret`, so the auth objects
can be printed or logged safely.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import httpx

from .redact import Secret, as_secret


class HeaderAuth(httpx.Auth):
    """A credential in a header: `X-API-KEY: <key>`, `Authorization: Bearer <token>`, ..."""

    def __init__(self, header: str, secret: str | Secret, *, prefix: str = "") -> None:
        self.header = header
        self.prefix = prefix
        self._secret = as_secret(secret)

    def header_value(self) -> str:
        value = self._secret.reveal()
        return f"{self.prefix} {value}" if self.prefix else value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self.header] = self.header_value()
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(header={self.header!r}, secret=[REDACTED])"


class BearerAuth(HeaderAuth):
    """`Authorization: Bearer <token>`."""

    def __init__(self, token: str | Secret) -> None:
        super().__init__("Authorization", token, prefix="Bearer")


class QueryAuth(httpx.Auth):
    """A credential in the query string (`?api_key=...`), for APIs and WebSockets that want it."""

    def __init__(self, name: str, secret: str | Secret) -> None:
        self.name = name
        self._secret = as_secret(secret)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.url = request.url.copy_merge_params({self.name: self._secret.reveal()})
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, secret=[REDACTED])"


def auth_headers(auth: httpx.Auth | None) -> dict[str, str]:
    """The headers that authenticate a WebSocket handshake for this auth.

    An auth may say so itself with `handshake_headers()` (a JWT flow that would otherwise need a
    token request first); otherwise its flow is run once on a bare request and the headers it adds
    are taken. Query-string auth adds none.
    """
    if auth is None:
        return {}
    own = getattr(auth, "handshake_headers", None)
    if callable(own):
        return dict(own())
    request = httpx.Request("GET", "http://handshake.invalid/")
    before = dict(request.headers)
    flow = auth.sync_auth_flow(request)
    sent = next(flow)
    flow.close()
    return {k: v for k, v in sent.headers.items() if before.get(k) != v}


def client_handshake(client: Any) -> tuple[str, dict[str, str]]:
    """(base URL, headers) a generated `Client` would send, for opening a WebSocket beside it."""
    headers = dict(client._headers)
    headers.update(auth_headers(client._httpx_args.get("auth")))
    return str(client._base_url), headers
