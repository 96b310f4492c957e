"""Deliberately faulty variants of the reference servers: small ASGI middlewares around `create_app`.

Each wraps a clean reference app and breaks one thing (a status, a field, a header, an SSE line, a
WebSocket message, a stored resource...), so a test can assert that the conformance suite reports it
through the right check. Nothing here edits the server modules.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from conformance.loopback import serve_app
from conformance.servers import create_app

API_KEY = "test-key"
Headers = list[tuple[bytes, bytes]]


def _matches(scope: dict[str, Any], method: str | None, path: str) -> bool:
    return (method is None or scope.get("method") == method) and re.fullmatch(path, scope.get("path", "")) is not None


def _set_header(headers: Headers, name: bytes, value: bytes | None) -> Headers:
    kept = [(k, v) for k, v in headers if k.lower() != name.lower()]
    return kept + ([(name, value)] if value is not None else [])


class RewriteResponse:
    """Buffer the whole response of matching requests and rewrite (status, headers, body)."""

    def __init__(
        self,
        app: Any,
        method: str | None,
        path: str,
        rewrite: Callable[[int, Headers, bytes, dict[str, Any]], tuple[int, Headers, bytes]],
    ) -> None:
        self.app, self.method, self.path, self.rewrite = app, method, path, rewrite

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not _matches(scope, self.method, self.path):
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        body = bytearray()

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                body.extend(message.get("body", b""))
                if not message.get("more_body"):
                    status, headers, new_body = self.rewrite(
                        start["status"], list(start.get("headers", [])), bytes(body), scope
                    )
                    headers = _set_header(headers, b"content-length", str(len(new_body)).encode())
                    await send({"type": "http.response.start", "status": status, "headers": headers})
                    await send({"type": "http.response.body", "body": new_body})

        await self.app(scope, receive, capture)


class Replace:
    """Answer matching requests without calling the app."""

    def __init__(self, app: Any, method: str, path: str, respond: Callable[[dict[str, Any]], tuple[int, Any]]) -> None:
        self.app, self.method, self.path, self.respond = app, method, path, respond

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not _matches(scope, self.method, self.path):
            await self.app(scope, receive, send)
            return
        status, payload = self.respond(scope)
        body = json.dumps(payload).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})


class RewriteChunks:
    """Rewrite every body chunk of matching (streamed) responses, keeping the stream a stream."""

    def __init__(self, app: Any, method: str | None, path: str, rewrite: Callable[[bytes], bytes]) -> None:
        self.app, self.method, self.path, self.rewrite = app, method, path, rewrite

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not _matches(scope, self.method, self.path):
            await self.app(scope, receive, send)
            return

        async def patched(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": _set_header(list(message.get("headers", [])), b"content-length", None)}
            elif message["type"] == "http.response.body":
                message = {**message, "body": self.rewrite(message.get("body", b""))}
            await send(message)

        await self.app(scope, receive, patched)


class RewriteRequest:
    """Change what matching requests carry (headers, JSON body) before the app sees them."""

    def __init__(
        self,
        app: Any,
        method: str | None,
        path: str,
        *,
        add_headers: dict[str, str] | None = None,
        json_body: Callable[[Any], Any] | None = None,
    ) -> None:
        self.app, self.method, self.path = app, method, path
        self.add_headers = {k.lower().encode(): v.encode() for k, v in (add_headers or {}).items()}
        self.json_body = json_body

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] not in ("http", "websocket") or not _matches(
            scope, self.method if scope["type"] == "http" else None, self.path
        ):
            await self.app(scope, receive, send)
            return
        headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() not in self.add_headers]
        scope = {**scope, "headers": headers + list(self.add_headers.items())}
        if self.json_body is None or scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            body.extend(message.get("body", b""))
            if not message.get("more_body"):
                break
        new_body = json.dumps(self.json_body(json.loads(body))).encode()
        scope["headers"] = _set_header(scope["headers"], b"content-length", str(len(new_body)).encode())
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": new_body, "more_body": False}

        await self.app(scope, replay, send)


class RewriteWebSocket:
    """Rewrite (or drop, by returning None) the text frames the server sends on matching sockets."""

    def __init__(self, app: Any, path: str, rewrite: Callable[[str], str | None]) -> None:
        self.app, self.path, self.rewrite = app, path, rewrite

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "websocket" or not _matches(scope, None, self.path):
            await self.app(scope, receive, send)
            return

        async def patched(message: dict[str, Any]) -> None:
            if message["type"] == "websocket.send" and message.get("text") is not None:
                text = self.rewrite(message["text"])
                if text is None:
                    return
                message = {**message, "text": text}
            await send(message)

        await self.app(scope, receive, patched)


def json_response(
    edit: Callable[[Any], Any],
) -> Callable[[int, Headers, bytes, dict[str, Any]], tuple[int, Headers, bytes]]:
    """A RewriteResponse function editing 2xx JSON bodies."""

    def rewrite(status: int, headers: Headers, body: bytes, scope: dict[str, Any]) -> tuple[int, Headers, bytes]:
        if 200 <= status < 300 and body:
            body = json.dumps(edit(json.loads(body))).encode()
        return status, headers, body

    return rewrite


@contextlib.contextmanager
def faulty_server(slug: str, wrap: Callable[[Any], Any], **options: Any) -> Iterator[str]:
    """The reference server of `slug`, wrapped by `wrap`, on a free loopback port."""
    with serve_app(wrap(create_app(slug, api_key=API_KEY, **options))) as url:
        yield url
