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


def nevox_webhook_double(*, sign_with: str | None = None) -> Any:
    """A test double of the NevoxAI webhook flow only (agents, conversations, webhook registration and
    signed deliveries), for the webhook checks; `sign_with` signs with that secret instead of the
    registered one. The full reference server is `conformance.servers.nevox`."""
    import hashlib
    import hmac
    import itertools

    import httpx
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    hooks: list[dict[str, Any]] = []
    ids = itertools.count(1)

    def authorized(request: Request) -> bool:
        return request.headers.get("authorization") == f"Bearer {API_KEY}"

    async def deliver(event: str, data: dict[str, Any]) -> None:
        for hook in hooks:
            if event not in hook["events"]:
                continue
            body = json.dumps({"event": event, "created_at": "2024-01-01T12:00:00Z", "data": data}).encode()
            secret = sign_with if sign_with is not None else hook["secret"]
            signature = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
            async with httpx.AsyncClient() as client:
                await client.post(
                    hook["url"], content=body, headers={"content-type": "application/json", "X-Signature": signature}
                )

    async def create_agent(request: Request) -> JSONResponse:
        if not authorized(request):
            return JSONResponse({"error": {"code": "unauthorized", "message": "no"}}, 401)
        return JSONResponse(
            {"agent_id": f"agt_{next(ids)}", "name": "A", "status": "active", "created_at": "2024-01-01T12:00:00Z"}, 201
        )

    async def create_conversation(request: Request) -> JSONResponse:
        if not authorized(request):
            return JSONResponse({"error": {"code": "unauthorized", "message": "no"}}, 401)
        body = await request.json()
        conversation = f"conv_{next(ids)}"
        await deliver(
            "conversation.started",
            {"conversation_id": conversation, "agent_id": body.get("agent_id"), "user_id": body.get("user_id")},
        )
        return JSONResponse(
            {
                "conversation_id": conversation,
                "status": "active",
                "created_at": "2024-01-01T12:00:00Z",
                "connection_details": {"websocket_url": f"ws://x/ws/{conversation}", "token": "cvt_1"},
            },
            201,
        )

    async def end_conversation(request: Request) -> JSONResponse:
        conversation = request.path_params["conversation_id"]
        await deliver("conversation.ended", {"conversation_id": conversation, "agent_id": "agt_1", "user_id": "usr_1"})
        return JSONResponse({"conversation_id": conversation, "status": "completed"})

    async def register(request: Request) -> JSONResponse:
        if not authorized(request):
            return JSONResponse({"error": {"code": "unauthorized", "message": "no"}}, 401)
        hook = await request.json()
        hooks.append(hook)
        return JSONResponse({"webhook_id": f"wh_{next(ids)}", "url": hook["url"], "events": hook["events"]}, 201)

    return Starlette(
        routes=[
            Route("/agents", create_agent, methods=["POST"]),
            Route("/conversations", create_conversation, methods=["POST"]),
            Route("/conversations/{conversation_id}/end", end_conversation, methods=["POST"]),
            Route("/webhooks", register, methods=["POST"]),
        ]
    )
