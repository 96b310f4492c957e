"""Requests built from the spec's own examples, for the suites that call operations directly.

`example_request(ctx, op)` fills path, query and body from the operation's examples (then defaults
and enums); multipart file fields get a small real WAV, so servers that inspect uploads accept them.
Every request can also print itself as a curl command.
"""

from __future__ import annotations

import contextlib
import copy
import io
import math
import re
import struct
import wave
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from conformance.context import RunContext, curl
from conformance.spec import Operation


def sample_wav(seconds: float = 11.0, rate: int = 8000) -> bytes:
    """A mono 16-bit WAV with a quiet tone (long enough for the clone endpoints' minimum durations)."""
    frames = int(seconds * rate)
    samples = b"".join(struct.pack("<h", int(3000 * math.sin(2 * math.pi * 220 * i / rate))) for i in range(frames))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(samples)
    return buffer.getvalue()


_WAVS: dict[float, bytes] = {}


def wav_bytes(seconds: float = 11.0) -> bytes:
    """A cached sample WAV of `seconds` (the shortest an upload accepts keeps bodies small)."""
    if seconds not in _WAVS:
        _WAVS[seconds] = sample_wav(seconds)
    return _WAVS[seconds]


def upload_seconds(prop: dict[str, Any]) -> float:
    """How long a sample for this binary property must be: its `x-audio-duration-seconds` minimum
    plus a margin, or one second where the spec documents no minimum."""
    limits = prop.get("x-audio-duration-seconds")
    minimum = limits.get("min") if isinstance(limits, dict) else None
    return float(minimum) + 1.0 if isinstance(minimum, (int, float)) else 1.0


@dataclass
class Request:
    op: Operation
    path_params: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str | None = None
    body: Any = None  # JSON value, or form fields for multipart / urlencoded

    @property
    def path(self) -> str:
        return re.sub(r"\{([^}]+)\}", lambda m: str(self.path_params.get(m.group(1), "x")), self.op.path)

    def parameters(self) -> dict[str, Any]:
        """Everything the request asks for, merged (used to find the requested sample rate and encoding)."""
        merged = {**self.path_params, **self.query}
        if isinstance(self.body, dict):
            merged.update(self.body)
        return merged

    def with_body(self, body: Any) -> Request:
        clone = copy.deepcopy(self)
        clone.body = body
        return clone

    def _payload(self) -> dict[str, Any]:
        if self.media_type is None or self.body is None:
            return {}
        if self.media_type.startswith("multipart/"):
            files, data = {}, {}
            for name, value in (self.body or {}).items():
                if isinstance(value, bytes):
                    files[name] = ("sample.wav", value, "audio/wav")
                elif value is not None:
                    data[name] = value if isinstance(value, str) else _form_text(value)
            return {"files": files or None, "data": data or None}
        if self.media_type == "application/x-www-form-urlencoded":
            return {"data": {k: _form_text(v) for k, v in (self.body or {}).items()}}
        if "json" in self.media_type:
            return {"json": self.body}
        return {"content": self.body if isinstance(self.body, bytes) else str(self.body).encode()}

    def send(
        self,
        client: httpx.Client,
        *,
        headers: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
        stream: bool = False,
    ) -> httpx.Response:
        request = client.build_request(
            self.op.method,
            self.path,
            params={**self.query, **(params or {})},
            headers={**self.headers, **(headers or {})},
            **self._payload(),
        )
        return client.send(request, stream=stream)

    @contextlib.contextmanager
    def send_stream(
        self, client: httpx.Client, *, headers: dict[str, str] | None = None, params: dict[str, str] | None = None
    ) -> Iterator[httpx.Response]:
        response = self.send(client, headers=headers, params=params, stream=True)
        try:
            yield response
        finally:
            response.close()

    def curl(
        self, base_url: str, *, headers: dict[str, str] | None = None, params: dict[str, str] | None = None
    ) -> str:
        payload = self._payload()
        return curl(
            self.op.method,
            base_url.rstrip("/") + self.path,
            headers={**self.headers, **(headers or {})},
            params={**self.query, **(params or {})},
            json_body=payload.get("json"),
            content=payload.get("content"),
            files=payload.get("files"),
            data=payload.get("data"),
        )


def _form_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        import json

        return json.dumps(value)
    return str(value)


def example_request(ctx: RunContext, op: Operation) -> Request:
    spec = ctx.spec
    values = spec.example_parameters(op)
    request = Request(
        op, path_params=values["path"], query=values["query"], headers={k: str(v) for k, v in values["header"].items()}
    )
    media_type, example = spec.example_request(op)
    if media_type is None:
        return request
    request.media_type = media_type
    if media_type.startswith("multipart/") or media_type == "application/x-www-form-urlencoded":
        body = spec.request_body(op) or {}
        schema = spec.resolve((body.get("content", {}).get(media_type) or {}).get("schema") or {})
        fields: dict[str, Any] = dict(example) if isinstance(example, dict) else {}
        for name, prop in (schema.get("properties") or {}).items():
            prop = spec.resolve(prop)
            if prop.get("format") == "binary" or "contentMediaType" in prop or prop.get("contentEncoding") == "binary":
                fields[name] = wav_bytes(upload_seconds(prop))
            elif name not in fields and name in (schema.get("required") or []):
                fields[name] = prop.get("default", (prop.get("enum") or prop.get("examples") or ["sample"])[0])
        request.body = fields
    else:
        request.body = _keep_callbacks_local(example)
    return request


LOCAL_SINK = "http://127.0.0.1:9/conformance-sink"  # the discard port: nothing listens, nothing leaves


def _keep_callbacks_local(value: Any) -> Any:
    """Callback URLs in examples (e.g. a webhook `url`) point at loopback: the suite never makes a server
    under test call a host outside the test."""
    if isinstance(value, dict):
        return {
            key: LOCAL_SINK
            if isinstance(item, str) and re.search(r"(^|_)url$", key) and item.startswith(("http://", "https://"))
            else _keep_callbacks_local(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_keep_callbacks_local(item) for item in value]
    return value


def linked_request(ctx: RunContext, op: Operation, client: httpx.Client) -> tuple[Request, list[str]]:
    """The example request for `op`, with path parameters taken from a resource made through a link.

    When another operation's response links to `op` (create -> read), that operation is called with its
    own example and the link's `$response.body#/pointer` values fill `op`'s parameters. Returns the
    request and the curl commands of the set-up calls (for reproducers).
    """
    request = example_request(ctx, op)
    for source in ctx.spec.operations():
        for status, raw in source.raw.get("responses", {}).items():
            links = (ctx.spec.resolve(raw).get("links") or {}).values()
            for link in links:
                link = ctx.spec.resolve(link)
                if link.get("operationId") != op.operation_id or not str(status).startswith("2"):
                    continue
                setup = example_request(ctx, source)
                headers, params = ctx.credentials(source)
                try:
                    response = setup.send(client, headers=headers, params=params)
                except httpx.HTTPError:
                    continue
                if not response.is_success:
                    continue
                try:
                    body = response.json()
                except ValueError:
                    continue
                values = {name: _pointer(body, expr) for name, expr in (link.get("parameters") or {}).items()}
                if any(value is None for value in values.values()):
                    continue
                for name, value in values.items():
                    name = name.split(".", 1)[-1]
                    if "{" + name + "}" in op.path:
                        request.path_params[name] = value
                    else:
                        request.query[name] = value
                return request, [setup.curl(ctx.base_url, headers=headers, params=params)]
    return request, []


def _pointer(body: Any, expression: Any) -> Any:
    if not isinstance(expression, str) or not expression.startswith("$response.body#"):
        return expression if not isinstance(expression, str) or not expression.startswith("$") else None
    node = body
    for part in expression.split("#", 1)[1].strip("/").split("/"):
        if not part:
            continue
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and part.isdigit():
            node = node[int(part)] if int(part) < len(node) else None
        elif isinstance(node, dict):
            node = node.get(part)
        else:
            return None
    return node


def format_variants(ctx: RunContext, request: Request, limit: int = 3) -> list[Request]:
    """The request plus copies asking for other documented sample rates / encodings (enum values)."""
    from conformance.audio import ENCODING_KEYS, RATE_KEYS

    variants = [request]
    body = ctx.spec.request_body(request.op) or {}
    schema = ctx.spec.resolve(((body.get("content") or {}).get(request.media_type or "") or {}).get("schema") or {})
    if not isinstance(request.body, dict):
        return variants
    for path, prop in _properties(ctx, schema, ()):
        if path[-1] not in RATE_KEYS + ENCODING_KEYS:
            continue
        for value in (prop.get("enum") or [])[:limit]:
            body_copy = copy.deepcopy(request.body)
            node = body_copy
            for key in path[:-1]:
                node = node.setdefault(key, {}) if isinstance(node, dict) else {}
            if isinstance(node, dict) and node.get(path[-1]) != value:
                node[path[-1]] = value
                variants.append(request.with_body(body_copy))
    return variants[: limit + 1]


def _properties(ctx: RunContext, schema: Any, prefix: tuple[str, ...], depth: int = 0):  # type: ignore[no-untyped-def]
    schema = ctx.spec.resolve(schema)
    if not isinstance(schema, dict) or depth > 4:
        return
    for sub in schema.get("allOf", []):
        yield from _properties(ctx, sub, prefix, depth + 1)
    for name, prop in (schema.get("properties") or {}).items():
        prop = ctx.spec.resolve(prop)
        yield prefix + (name,), prop
        yield from _properties(ctx, prop, prefix + (name,), depth + 1)
