"""Reading requests the way the spec describes them: bounded bodies, JSON, multipart, query strings.

Every reader validates against the operation the request was routed to (its path template and method
looked up in the spec), and raises `RequestInvalid` / `ApiError` so the API's own error body goes out.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException
from starlette.requests import Request

from ._errors import ApiError, ErrorShape
from ._spec import ApiSpec, Problem, RequestInvalid

DEFAULT_MAX_JSON = 1_000_000
DEFAULT_MAX_UPLOAD = 10 * 1024 * 1024
_BINARY_PLACEHOLDER = "<binary>"


@dataclass(frozen=True)
class UploadedFile:
    field: str
    filename: str
    content_type: str
    data: bytes


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def route_path(request: Request) -> str:
    route = request.scope.get("route")
    return getattr(route, "path", None) or request.url.path


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


class RequestReader:
    """Request helpers bound to one API's spec and error shape."""

    def __init__(self, spec: ApiSpec, shape: ErrorShape, *, max_json_bytes: int = DEFAULT_MAX_JSON) -> None:
        self.spec = spec
        self.shape = shape
        self.max_json_bytes = max_json_bytes

    def too_large(self, limit: int) -> ApiError:
        return ApiError(413, f"Request body is larger than {limit} bytes.", code=self.shape.code_for(413))

    async def body(self, request: Request, max_bytes: int) -> bytes:
        """The raw body, refusing anything larger than `max_bytes` with 413 before reading it all."""
        declared = request.headers.get("content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > max_bytes:
            raise self.too_large(max_bytes)
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_bytes:
                raise self.too_large(max_bytes)
            chunks.append(chunk)
        return b"".join(chunks)

    async def json(
        self, request: Request, *, required: bool | None = None, checked_as: Callable[[Any], Any] | None = None
    ) -> Any:
        """The JSON body, validated against the operation's `application/json` schema.

        `checked_as(body)` gives the value to validate instead of the body itself, for the rare documented
        leniency (e.g. loopback `http://` webhook URLs where the spec demands `https://`).
        """
        method, path = request.method, route_path(request)
        schema, spec_required = self.spec.body_schema(method, path, "application/json")
        required = spec_required if required is None else required
        raw = await self.body(request, self.max_json_bytes)
        media = _media_type(request)
        if not raw.strip():
            if required:
                raise RequestInvalid([Problem(("body",), "Field required", "missing")])
            return None
        if media and media != "application/json" and not media.endswith("+json"):
            raise RequestInvalid([Problem(("body",), f"Expected an application/json body, got {media}", "json_type")])
        try:
            data = json.loads(raw, parse_constant=_reject_constant)
        except (ValueError, UnicodeDecodeError) as exc:
            position = getattr(exc, "pos", 0) or 0
            raise RequestInvalid([Problem(("body", position), "JSON decode error", "json_invalid")]) from None
        if schema is not None:
            problems = self.spec.check_body(method, path, checked_as(data) if checked_as else data)
            if problems:
                raise RequestInvalid(problems)
        return data

    def query(self, request: Request, *, blank_as_missing: bool = False, skip: tuple[str, ...] = ()) -> dict[str, Any]:
        """Declared query parameters, coerced to their schema types and validated."""
        raw: dict[str, list[str]] = {}
        for name, value in request.query_params.multi_items():
            raw.setdefault(name, []).append(value)
        values, problems = self.spec.check_params(
            request.method, route_path(request), "query", raw, blank_as_missing=blank_as_missing, skip=skip
        )
        if problems:
            raise RequestInvalid(problems)
        return values

    def path_params(self, request: Request) -> dict[str, Any]:
        """Path parameters, validated. A malformed id names nothing, so it is a 404 where the operation
        documents 404 (a client following a link cannot tell a bad id from a deleted one), else the API's
        validation error."""
        method, path = request.method, route_path(request)
        raw = {name: [str(value)] for name, value in request.path_params.items()}
        values, problems = self.spec.check_params(method, path, "path", raw)
        if problems:
            if self.spec.documents(method, path, 404):
                raise ApiError(404, "Not Found", code=self.shape.code_for(404))
            raise RequestInvalid(problems)
        return values

    async def form(
        self, request: Request, *, max_bytes: int = DEFAULT_MAX_UPLOAD, allow_empty: bool = False
    ) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
        """A multipart body as (text fields coerced by the schema, files), validated against the spec.

        Refuses (in the API's shape) a missing or non-multipart content type, a body over `max_bytes`
        (413), a body cut off before its closing boundary, and malformed parts.
        """
        method, path = request.method, route_path(request)
        media = _media_type(request)
        if allow_empty and not media:
            rest = await self.body(request, max_bytes)
            if not rest.strip():
                return {}, {}
        if media != "multipart/form-data":
            raise RequestInvalid([Problem(("body",), "Expected a multipart/form-data body", "multipart_type")])
        raw = await self.body(request, max_bytes)
        boundary = _boundary(request.headers.get("content-type", ""))
        if not boundary:
            raise RequestInvalid(
                [Problem(("body",), "The multipart content type has no boundary", "multipart_invalid")]
            )
        if b"--" + boundary + b"--" not in raw:
            raise RequestInvalid(
                [Problem(("body",), "Truncated multipart body (no closing boundary)", "multipart_invalid")]
            )
        replay = _replaying(request, raw)
        try:
            form = await replay.form(max_part_size=max_bytes, max_files=16, max_fields=64)
        except (MultiPartException, ValueError, UnicodeDecodeError) as exc:
            message = getattr(exc, "message", None) or "Malformed multipart body"
            raise RequestInvalid([Problem(("body",), message, "multipart_invalid")]) from None
        except Exception as exc:  # starlette wraps parser errors in HTTPException when "app" is in scope
            if type(exc).__name__ == "HTTPException":
                raise RequestInvalid([Problem(("body",), "Malformed multipart body", "multipart_invalid")]) from None
            raise
        texts: dict[str, list[str]] = {}
        files: dict[str, UploadedFile] = {}
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                data = await value.read()
                files[name] = UploadedFile(name, value.filename or "", value.content_type or "", data)
            else:
                texts.setdefault(name, []).append(value)
        await form.close()
        schema, _required = self.spec.body_schema(method, path, "multipart/form-data")
        fields = self.spec.coerce_object(texts, schema) if schema is not None else {k: v[-1] for k, v in texts.items()}
        if schema is not None:
            instance: dict[str, Any] = dict(fields)
            for name in files:
                instance[name] = _BINARY_PLACEHOLDER
            problems = self.spec.check_body(method, path, instance, "multipart/form-data")
            # A file sent as a plain text field is still "a value" to JSON Schema; make it explicit.
            problems += [
                Problem(("body", name), "Expected a file upload", "file_type")
                for name in _binary_fields(self.spec, schema)
                if name in fields and name not in files
            ]
            if problems:
                raise RequestInvalid(problems)
        return fields, files


def _binary_fields(spec: ApiSpec, schema: Any) -> list[str]:
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return []
    return [
        name
        for name, prop in schema.get("properties", {}).items()
        if isinstance(spec.resolve(prop), dict) and spec.resolve(prop).get("format") == "binary"
    ]


def _boundary(content_type: str) -> bytes | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "boundary" and value.strip():
            return value.strip().strip('"').encode("latin-1", "replace")
    return None


def _replaying(request: Request, body: bytes) -> Request:
    """A copy of `request` whose body stream replays `body` (already read under the size limit)."""
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    scope = dict(request.scope)
    scope.pop("app", None)  # without "app", starlette raises MultiPartException instead of HTTPException
    return Request(scope, receive)
