"""Everything the five reference servers share, in one place.

The pieces live in small modules (one job each) and are re-exported here, so a server imports only
`from ._common import ...`:

- `_spec`: the API's OpenAPI document and JSON Schema 2020-12 validation of bodies/params/messages;
- `_errors`: error bodies in each API's shape, and the guard that turns any escaped exception into a 4xx;
- `_requests`: bounded body reading, JSON and multipart (413 over the limit) validated against the spec;
- `_auth`: constant-time key checks, bearer parsing (`Bearer x` and `Bearer: x`), expiring HS256 JWTs;
- `_audio`: synthetic PCM (s16le, f32le, mu-law) shaped by the text, WAV via `wave`, an MP3 stand-in;
- `_limits`: a sliding-window rate limiter with a configurable window;
- `_store`: a lock-protected in-memory record store.

This module adds `build_app` (a Starlette app with the error handling installed) and WebSocket helpers.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import json
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from urllib.parse import unquote_plus

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from . import _audio as audio
from ._auth import JwtIssuer, bearer_token, secrets_equal
from ._errors import (
    FASTAPI,
    ApiError,
    ErrorShape,
    GuardMiddleware,
    deny_websocket,
    detail_object_shape,
    error_response,
    install,
    nested_error_shape,
    validation_response,
)
from ._limits import RateLimiter, retry_after_header
from ._requests import RequestReader, UploadedFile, route_path
from ._spec import ApiSpec, Problem, RequestInvalid
from ._store import Record, Store

__all__ = [
    "FASTAPI",
    "ApiError",
    "ApiSpec",
    "ErrorShape",
    "JwtIssuer",
    "Problem",
    "RateLimiter",
    "Record",
    "RequestInvalid",
    "RequestReader",
    "Store",
    "UploadedFile",
    "WsSession",
    "audio",
    "bearer_token",
    "build_app",
    "deny_websocket",
    "detail_object_shape",
    "error_response",
    "nested_error_shape",
    "new_uuid",
    "retry_after_header",
    "route",
    "route_path",
    "secrets_equal",
    "utc_now",
    "validation_response",
    "ws_query",
]


def build_app(routes: Sequence[BaseRoute], shape: ErrorShape, **state: Any) -> Starlette:
    """A Starlette app whose every error, expected or not, is answered in `shape`.

    `app.state.internal_errors` collects tracebacks of exceptions that escaped a handler (a server
    bug, answered as a 4xx); tests assert it stays empty. Extra keyword arguments become `app.state`.
    """
    errors: list[str] = []
    app = Starlette(routes=list(routes), middleware=[Middleware(GuardMiddleware, shape=shape, errors=errors)])
    install(app, shape)
    app.state.internal_errors = errors
    for key, value in state.items():
        setattr(app.state, key, value)
    return app


_EVERY_METHOD = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]


def route(path: str, *, name: str | None = None, **handlers: Callable[[Request], Awaitable[Response]]) -> Route:
    """A route for one path, with one handler per method: `route("/voices", get=list_voices, post=clone)`.

    The route claims every method, so an undeclared one gets 405 with an `Allow` header listing the
    declared methods, even where a templated sibling would also match the path (`GET /api/calibration/auto`
    must not fall through to `GET /api/calibration/{calibration_id}`). List static paths before templated ones.
    """
    allowed = ", ".join(method.upper() for method in handlers)

    async def endpoint(request: Request) -> Response:
        method = "get" if request.method == "HEAD" else request.method.lower()
        handler = handlers.get(method)
        if handler is None:
            raise HTTPException(405, headers={"Allow": allowed})
        return await handler(request)

    return Route(path, endpoint, methods=_EVERY_METHOD, name=name)


def new_uuid() -> str:
    return str(uuid.uuid4())


def utc_now(*, timezone: bool = True) -> str:
    """ISO 8601 UTC time; `timezone=False` gives AsyncFlow's naive `2025-05-19T14:37:07.297056` form."""
    now = _dt.datetime.now(_dt.UTC)
    if timezone:
        return now.isoformat().replace("+00:00", "Z")
    return now.replace(tzinfo=None).isoformat()


def ws_query(websocket: WebSocket) -> dict[str, list[str]]:
    """The handshake query string, parsed leniently.

    pyneuphonic writes `key=value` pairs without URL encoding (e.g. `mcp_servers=http://x/sse,http://y/sse`),
    so only `&` separates pairs and only the first `=` splits a pair; percent-escapes are still decoded.
    """
    raw = websocket.scope.get("query_string", b"").decode("latin-1")
    result: dict[str, list[str]] = {}
    for pair in raw.split("&"):
        if not pair:
            continue
        name, _, value = pair.partition("=")
        try:
            result.setdefault(unquote_plus(name), []).append(unquote_plus(value))
        except (UnicodeDecodeError, ValueError):
            continue
    return result


def json_object(text: str) -> dict[str, Any] | None:
    """A client's WebSocket text frame as a JSON object, or None when it is not one."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


class WsSession:
    """Serialises sends on one accepted WebSocket and survives a peer that has already gone."""

    def __init__(self, websocket: WebSocket) -> None:
        self.websocket = websocket
        self._lock = asyncio.Lock()
        self.closed = False

    async def send_json(self, payload: Any) -> bool:
        return await self.send_text(json.dumps(payload, separators=(",", ":")))

    async def send_text(self, text: str) -> bool:
        if self.closed:
            return False
        async with self._lock:
            try:
                await self.websocket.send_text(text)
                return True
            except (WebSocketDisconnect, RuntimeError, OSError):
                self.closed = True
                return False

    async def close(self, code: int = 1000, reason: str = "") -> None:
        if self.closed:
            return
        self.closed = True
        async with self._lock:
            try:
                if self.websocket.application_state != WebSocketState.DISCONNECTED:
                    await self.websocket.close(code=code, reason=reason[:120])
            except (RuntimeError, OSError, WebSocketDisconnect):
                pass

    async def receive(self, idle_timeout: float | None = None) -> dict[str, Any] | None:
        """The next `websocket.receive` message, or None once the peer disconnected.

        After `idle_timeout` seconds without a client message the socket is closed (1000, "idle
        timeout") and None returned, as the real services drop idle connections.
        """
        try:
            if idle_timeout is None:
                message = await self.websocket.receive()
            else:
                message = await asyncio.wait_for(self.websocket.receive(), idle_timeout)
        except TimeoutError:
            await self.close(1000, "idle timeout")
            return None
        except (WebSocketDisconnect, RuntimeError, OSError):
            self.closed = True
            return None
        if message["type"] == "websocket.disconnect":
            self.closed = True
            return None
        return message
