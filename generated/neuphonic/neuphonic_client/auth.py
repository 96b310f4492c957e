# Copied from overlays/neuphonic/auth.py by scripts/generate.py; edit that file, not this copy.
"""Neuphonic credentials and a ready-to-use client.

    from neuphonic_client.auth import create_client
    client = create_client(api_key="...")              # X-API-KEY on every request
    client = create_client(api_key="...", jwt=True)    # a JWT from /sse/auth, renewed before expiry
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import AsyncGenerator, Generator

import httpx

from ._core.auth import HeaderAuth
from ._core.client import DEFAULT_TIMEOUT, configure
from ._core.errors import ProtocolError, raise_for_status
from ._core.redact import Secret, as_secret
from ._core.retry import RetryPolicy
from .api.tts import get_jwt_token
from .client import Client

DEFAULT_BASE_URL = "https://api.neuphonic.com"


class ApiKeyAuth(HeaderAuth):
    """`X-API-KEY: <key>`, the form every official SDK sends."""

    def __init__(self, api_key: str | Secret) -> None:
        super().__init__("X-API-KEY", api_key)

    def handshake_headers(self) -> dict[str, str]:
        return {self.header: self.header_value()}


def _jwt_expiry(token: str) -> float | None:
    """The `exp` claim of a JWT, without verifying it (the server does); None if unreadable."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return float(claims["exp"])
    except (IndexError, ValueError, KeyError, TypeError):
        return None


class JwtAuth(httpx.Auth):
    """Trade the API key for a JWT at `POST /sse/auth`, send `Authorization: Bearer <jwt>`, renew early.

    The token is renewed `refresh_margin` seconds before it expires (from its `exp` claim, or from
    the `expiration` asked for when the token is opaque), and once more if a request using it is
    answered 401. Thread-safe; the key and the token never appear in a repr.
    """

    # Only the token responses are read here. `requires_response_body = True` would make httpx
    # read *every* response first, buffering a whole SSE speech stream before the first chunk.
    _TOKEN_REQUEST = "voxspec_jwt_token_request"

    def __init__(self, api_key: str | Secret, *, expiration: int = 3600, refresh_margin: float = 60.0) -> None:
        self._api_key = as_secret(api_key)
        self.expiration = expiration
        self.refresh_margin = refresh_margin
        self._token: Secret | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"JwtAuth(expiration={self.expiration}, token={'[REDACTED]' if self._token else None})"

    def handshake_headers(self) -> dict[str, str]:
        # WebSocket handshakes authenticate with the key itself: the server documents no JWT there
        # except as a query parameter, and a header keeps it out of URLs and logs.
        return {"X-API-KEY": self._api_key.reveal()}

    def _needs_token(self) -> bool:
        return self._token is None or time.time() >= self._expires_at - self.refresh_margin

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        kwargs = get_jwt_token._get_kwargs(expiration=self.expiration)
        url = request.url.join(kwargs["url"]).copy_merge_params(kwargs.get("params", {}))
        return httpx.Request(
            kwargs["method"].upper(),
            url,
            headers={"X-API-KEY": self._api_key.reveal()},
            extensions={self._TOKEN_REQUEST: True},
        )

    def _store(self, response: httpx.Response) -> None:
        raise_for_status(response)
        try:
            token = response.json()["data"]["jwt_token"]
        except (ValueError, KeyError, TypeError):
            raise ProtocolError("POST /sse/auth: the response has no data.jwt_token") from None
        if not isinstance(token, str) or not token:
            raise ProtocolError("POST /sse/auth: data.jwt_token is not a non-empty string")
        self._token = Secret(token)
        self._expires_at = _jwt_expiry(token) or time.time() + self.expiration

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        with self._lock:
            needs = self._needs_token()
        if needs:
            self._store((yield self._token_request(request)))
        assert self._token is not None
        request.headers["Authorization"] = f"Bearer {self._token.reveal()}"
        response = yield request
        if response.status_code == 401:
            self._store((yield self._token_request(request)))
            request.headers["Authorization"] = f"Bearer {self._token.reveal()}"
            yield request


    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            if outgoing.extensions.get(self._TOKEN_REQUEST):
                response.read()
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            if outgoing.extensions.get(self._TOKEN_REQUEST):
                await response.aread()
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return


def create_client(
    api_key: str | Secret,
    *,
    base_url: str = DEFAULT_BASE_URL,
    jwt: bool = False,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = RetryPolicy(),
) -> Client:
    """A generated `Client` with Neuphonic auth, finite timeouts and retries of idempotent calls."""
    auth: httpx.Auth = JwtAuth(api_key) if jwt else ApiKeyAuth(api_key)
    return configure(Client, base_url=base_url, auth=auth, timeout=timeout, retry=retry)
