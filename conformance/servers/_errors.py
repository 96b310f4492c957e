"""Error bodies in each API's own shape, and the guard that keeps bad input from ever becoming a 500.

A server picks one `ErrorShape` (FastAPI `{"detail": ...}`, AsyncFlow `{"detail": {error_code, ...}}`,
Nevox `{"error": {code, message, type}}`) and raises `ApiError` or `RequestInvalid` from its
handlers; `install()` wires the handlers and the guard into the Starlette app.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._spec import Problem, RequestInvalid

log = logging.getLogger("conformance.servers")

_REASONS = {
    400: "Bad Request",
    401: "Not authenticated",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Request body too large",
    415: "Unsupported media type",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
}


@dataclass(frozen=True)
class ErrorShape:
    """How one API writes its errors.

    `render(status, code, message, extra)` builds a plain error body; `render_validation(problems)`
    builds the body of a request-validation failure, sent with `validation_status`; `codes` gives the
    machine code to use when a handler does not name one.
    """

    render: Callable[[int, str, str, Mapping[str, Any] | None], dict[str, Any]]
    render_validation: Callable[[list[Problem]], dict[str, Any]]
    validation_status: int = 422
    codes: Mapping[int, str] = field(default_factory=dict)
    syntax_status: int | None = None
    """Status for a body that cannot be parsed at all (bad JSON, broken multipart); default: validation_status."""

    def code_for(self, status: int) -> str:
        return self.codes.get(status, _REASONS.get(status, "error").upper().replace(" ", "_"))

    def status_for(self, problems: list[Problem]) -> int:
        if self.syntax_status is not None and problems and all(p.type in SYNTAX_TYPES for p in problems):
            return self.syntax_status
        return self.validation_status


SYNTAX_TYPES = frozenset({"json_invalid", "json_type", "multipart_type", "multipart_invalid"})


def _fastapi_render(status: int, code: str, message: str, extra: Mapping[str, Any] | None) -> dict[str, Any]:
    return {"detail": message}


def _fastapi_validation(problems: list[Problem]) -> dict[str, Any]:
    return {"detail": [problem.as_fastapi() for problem in problems]}


FASTAPI = ErrorShape(render=_fastapi_render, render_validation=_fastapi_validation, validation_status=422)
"""`{"detail": "<message>"}` and FastAPI's 422 `{"detail": [{loc, msg, type}]}` (Neuphonic, Respeecher, NextNeural)."""


def detail_object_shape(codes: Mapping[int, str], validation_code: str, validation_status: int = 400) -> ErrorShape:
    """`{"detail": {"error_code", "message", "extra"}}` (AsyncFlow)."""

    def render(status: int, code: str, message: str, extra: Mapping[str, Any] | None) -> dict[str, Any]:
        return {"detail": {"error_code": code, "message": message, "extra": dict(extra or {})}}

    def render_validation(problems: list[Problem]) -> dict[str, Any]:
        first = problems[0] if problems else Problem(("body",), "invalid request", "invalid")
        message = "; ".join(f"{p.dotted()}: {p.msg}" for p in problems[:5]) or first.msg
        extra = {"field": first.dotted(), "errors": [p.as_fastapi() for p in problems]}
        return render(validation_status, validation_code, message, extra)

    return ErrorShape(render, render_validation, validation_status, dict(codes))


def nested_error_shape(
    codes: Mapping[int, str], validation_status: int = 422, syntax_status: int | None = 400
) -> ErrorShape:
    """`{"error": {"code", "message", "type"}}` (Nevox); unparsable bodies are 400 `invalid_request`."""

    def render(status: int, code: str, message: str, extra: Mapping[str, Any] | None) -> dict[str, Any]:
        body: dict[str, Any] = {"code": code, "message": message, "type": _kind(status)}
        body.update(extra or {})
        return {"error": body}

    def render_validation(problems: list[Problem]) -> dict[str, Any]:
        message = "; ".join(f"{p.dotted()}: {p.msg}" for p in problems[:5]) or "invalid request"
        syntax = syntax_status is not None and problems and all(p.type in SYNTAX_TYPES for p in problems)
        code = "invalid_request" if syntax else "validation_error"
        return render(validation_status, code, message, {"details": [p.as_fastapi() for p in problems]})

    return ErrorShape(render, render_validation, validation_status, dict(codes), syntax_status)


def _kind(status: int) -> str:
    return {401: "authentication_error", 403: "permission_error", 429: "rate_limit_error"}.get(
        status, "invalid_request_error"
    )


class ApiError(Exception):
    """An error the API documents: raise it from a handler, the app answers in the API's shape."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        extra: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.extra = extra
        self.headers = dict(headers or {})


def error_response(
    shape: ErrorShape,
    status: int,
    message: str,
    *,
    code: str | None = None,
    extra: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = shape.render(status, code or shape.code_for(status), message, extra)
    return JSONResponse(body, status_code=status, headers=dict(headers or {}))


def validation_response(shape: ErrorShape, problems: list[Problem]) -> JSONResponse:
    return JSONResponse(shape.render_validation(problems), status_code=shape.status_for(problems))


def install(app: Any, shape: ErrorShape) -> None:
    """Register the handlers that render ApiError / RequestInvalid / HTTPException in `shape`."""

    async def on_api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return error_response(shape, exc.status, exc.message, code=exc.code, extra=exc.extra, headers=exc.headers)

    async def on_invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestInvalid)
        return validation_response(shape, exc.problems)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code in (204, 304):
            return Response(status_code=exc.status_code, headers=exc.headers)
        message = exc.detail if isinstance(exc.detail, str) else _REASONS.get(exc.status_code, "error")
        return error_response(shape, exc.status_code, message, headers=exc.headers)

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(RequestInvalid, on_invalid)
    app.add_exception_handler(HTTPException, on_http)


class GuardMiddleware:
    """Outermost app-level middleware: any exception that escapes a handler becomes a 4xx in the API's shape.

    Bad input must never produce a 500. A bug in a server would still surface: every such exception is
    appended to `app.state.internal_errors` (tests assert that list stays empty) and logged.
    """

    def __init__(self, app: ASGIApp, shape: ErrorShape, errors: list[str]) -> None:
        self.app = app
        self.shape = shape
        self.errors = errors

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        started = False

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if message["type"] in (
                "http.response.start",
                "websocket.accept",
                "websocket.close",
                "websocket.http.response.start",
            ):
                started = True
            await send(message)

        try:
            await self.app(scope, receive, guarded_send)
            if scope["type"] == "websocket" and not started:
                # A handler that neither accepted nor refused: a server bug (uvicorn would answer 500).
                self.errors.append(f"WebSocket handler for {scope.get('path')} returned without a handshake")
                await deny_websocket(scope, send, self.shape, 400, "The request could not be processed.")
            return
        except ClientDisconnect:
            return
        except Exception as exc:  # noqa: BLE001 - the point of this middleware
            if _is_disconnect(exc):
                return
            self.errors.append("".join(traceback.format_exception(exc)))
            log.warning(
                "reference server: unexpected %s on %s %s",
                type(exc).__name__,
                scope.get("method", "WS"),
                scope.get("path"),
            )
            if started:
                return
            if scope["type"] == "http":
                response = error_response(self.shape, 400, "The request could not be processed.")
                await response(scope, receive, send)
            else:
                await deny_websocket(scope, send, self.shape, 400, "The request could not be processed.")


def _is_disconnect(exc: BaseException) -> bool:
    name = type(exc).__name__
    return name in ("WebSocketDisconnect", "ConnectionClosed", "ConnectionClosedOK", "ConnectionClosedError")


async def deny_websocket(
    scope: Scope,
    send: Send,
    shape: ErrorShape,
    status: int,
    message: str,
    *,
    body: dict[str, Any] | None = None,
    code: str | None = None,
) -> None:
    """Refuse a WebSocket handshake with an HTTP status and a JSON body in the API's shape.

    Falls back to a plain close (uvicorn answers 403) when the server lacks the ASGI
    `websocket.http.response` extension.
    """
    if "websocket.http.response" in (scope.get("extensions") or {}):
        payload = json.dumps(
            body if body is not None else shape.render(status, code or shape.code_for(status), message, None)
        ).encode()
        await send(
            {
                "type": "websocket.http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())],
            }
        )
        await send({"type": "websocket.http.response.body", "body": payload, "more_body": False})
    else:
        await send({"type": "websocket.close", "code": 1008, "reason": message[:120]})
