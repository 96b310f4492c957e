"""Server-sent events: operations whose 2xx response is `text/event-stream` with `x-sse-event-schema`.

Each is called with its spec examples (and the other documented sample rates/encodings), and with
invalid bodies. Named checks:
- `sse_content_type`: a 2xx answer is `text/event-stream`;
- `sse_event_format`: every event's `data` is one JSON document;
- `sse_event_schema`: every event's data is valid against `x-sse-event-schema`;
- `sse_audio_whole_samples`: base64 audio fields decode, and to whole samples of the requested encoding;
- `sse_sampling_rate`: an event that states its sampling rate states the requested one;
- `sse_has_audio`: a valid request yields at least one audio event;
- `sse_stream_ends`: the stream ends by itself within a bounded time;
- `sse_error_documented`: an invalid request gets a documented 4xx (body valid against its schema) or
  an error event valid against the event schema, never a silent success.
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from conformance.audio import ENCODING_WIDTH, RATE_KEYS, _find, base64_audio_problem, requested_format
from conformance.context import RunContext
from conformance.report import Finding, SuiteResult
from conformance.requests import Request, example_request, format_variants
from conformance.spec import Operation, Spec, examples

STREAM_DEADLINE = 20.0  # seconds a stream may take before it counts as not ending
DEFAULT_WIDTH = ENCODING_WIDTH["pcm_linear"]  # when the request names no encoding (Neuphonic's default)


@dataclass
class Event:
    event: str | None
    data: str
    raw: str


@dataclass
class Stream:
    status: int
    content_type: str
    events: list[Event] = field(default_factory=list)
    body: str = ""
    ended: bool = True
    transcript: str = ""


def sse_operations(spec: Spec) -> list[tuple[Operation, dict[str, Any]]]:
    found = []
    for op in spec.operations():
        for _status, media_type, media in spec.success_media(op):
            if media_type == "text/event-stream" and "x-sse-event-schema" in media:
                found.append((op, media["x-sse-event-schema"]))
    return found


def applies(spec: Spec) -> bool:
    return bool(sse_operations(spec))


def sse_lines(chunks: Iterable[bytes]) -> Iterator[str]:
    """Body bytes to SSE lines, split on CR, LF and CRLF only.

    Not `httpx.Response.iter_lines()`: it also splits on U+2028, U+0085 and other Unicode line
    breaks, which cuts JSON events in two and would report a correct server as broken. The
    splitting is the clients' own (overlays/_core/sse.py, carried by every generated package).
    """
    from neuphonic_client._core.sse import LineSplitter

    splitter = LineSplitter()
    for chunk in chunks:
        for line in splitter.feed(chunk):
            yield line.decode("utf-8", "replace")
    rest = splitter.flush()
    if rest is not None:
        yield rest.decode("utf-8", "replace")


def parse_events(lines: Iterator[str]) -> Iterator[Event]:
    """The SSE grammar: `field: value` lines, events separated by a blank line, `:` comments ignored."""
    name: str | None = None
    data: list[str] = []
    raw: list[str] = []
    for line in lines:
        if line == "":
            if data or name:
                yield Event(name, "\n".join(data), "\n".join(raw))
            name, data, raw = None, [], []
            continue
        raw.append(line)
        if line.startswith(":"):
            continue
        key, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if key == "event":
            name = value
        elif key == "data":
            data.append(value)
    if data or name:
        yield Event(name, "\n".join(data), "\n".join(raw))


def read_stream(
    ctx: RunContext,
    client: httpx.Client,
    request: Request,
    headers: dict[str, str],
    params: dict[str, str],
    deadline: float = STREAM_DEADLINE,
) -> Stream:
    start = time.monotonic()
    with request.send_stream(client, headers=headers, params=params) as response:
        ctype = response.headers.get("content-type", "")
        stream = Stream(response.status_code, ctype)
        if "text/event-stream" not in ctype:
            response.read()
            stream.body = response.text
            return stream
        lines: list[str] = []

        def timed_lines() -> Iterator[str]:
            for line in sse_lines(response.iter_bytes()):
                lines.append(line)
                yield line
                if time.monotonic() - start > deadline:
                    stream.ended = False
                    return

        try:
            stream.events = list(parse_events(timed_lines()))
        except httpx.ReadTimeout:
            stream.ended = False
        stream.transcript = "\n".join(lines[:40]) + ("\n..." if len(lines) > 40 else "")
        return stream


def base64_fields(spec: Spec, schema: Any, prefix: tuple[str, ...] = (), depth: int = 0) -> list[tuple[str, ...]]:
    """Paths of `contentEncoding: base64` string properties in the event schema."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict) or depth > 5:
        return []
    paths = []
    if schema.get("contentEncoding") == "base64" or schema.get("format") == "byte":
        paths.append(prefix)
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key, []):
            paths += base64_fields(spec, sub, prefix, depth + 1)
    for name, prop in (schema.get("properties") or {}).items():
        paths += base64_fields(spec, prop, prefix + (name,), depth + 1)
    return paths


def _at(value: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


# -- checks: each returns a problem (str) or None -------------------------------------------------------


def check_content_type(stream: Stream) -> str | None:
    if 200 <= stream.status < 300 and "text/event-stream" not in stream.content_type:
        return f"Content-Type text/event-stream, got {stream.content_type or '(none)'}"
    return None


def check_event_format(stream: Stream) -> str | None:
    for index, event in enumerate(stream.events):
        try:
            json.loads(event.data)
        except ValueError:
            return f"event #{index} data to be one JSON document, got {event.raw[:200]!r}"
    return None


def check_event_schema(spec: Spec, schema: Any, stream: Stream) -> str | None:
    validator = spec.validator(schema)
    for index, event in enumerate(stream.events):
        try:
            payload = json.loads(event.data)
        except ValueError:
            continue  # reported by sse_event_format
        errors = sorted(validator.iter_errors(payload), key=lambda e: list(e.path))
        if errors:
            where = "/".join(map(str, errors[0].absolute_path)) or "(root)"
            return f"event #{index} valid against the event schema; at {where}: {errors[0].message}"
    return None


def check_audio(spec: Spec, schema: Any, stream: Stream, width: int) -> str | None:
    for index, event in enumerate(stream.events):
        try:
            payload = json.loads(event.data)
        except ValueError:
            continue
        for path in base64_fields(spec, schema):
            value = _at(payload, path)
            if not isinstance(value, str):
                continue
            problem = base64_audio_problem(value, width)
            if problem:
                return f"event #{index} {'.'.join(path)}: {problem}"
    return None


def check_sampling_rate(stream: Stream, rate: int | None) -> str | None:
    if rate is None:
        return None
    for index, event in enumerate(stream.events):
        try:
            stated = _find(json.loads(event.data), RATE_KEYS)
        except ValueError:
            continue
        if stated is not None and stated != rate:
            return f"event #{index} at the requested {rate} Hz, but it states {stated} Hz"
    return None


def check_has_audio(spec: Spec, schema: Any, stream: Stream) -> str | None:
    if not 200 <= stream.status < 300:
        return None
    paths = base64_fields(spec, schema)
    for event in stream.events:
        try:
            payload = json.loads(event.data)
        except ValueError:
            continue
        if any(isinstance(_at(payload, p), str) and _at(payload, p) for p in paths):
            return None
    return f"at least one event with audio, got {len(stream.events)} events and none had audio"


def check_ends(stream: Stream) -> str | None:
    if not stream.ended:
        return f"the stream to end by itself within {STREAM_DEADLINE:.0f}s; it was still open"
    return None


def check_error_documented(spec: Spec, op: Operation, schema: Any, stream: Stream) -> str | None:
    if 200 <= stream.status < 300:
        if not stream.events:
            return "a 4xx or an error event for an invalid request, got a 2xx stream with no events"
        validator = spec.validator(schema)
        for event in stream.events:
            try:
                payload = json.loads(event.data)
            except ValueError:
                continue
            if isinstance(payload, dict) and payload.get("errors") and validator.is_valid(payload):
                return None
        return "a 4xx or a schema-valid error event for an invalid request, got a normal 2xx stream"
    if not 400 <= stream.status < 500 or not op.documents(stream.status):
        return f"a documented 4xx ({', '.join(s for s in op.statuses() if s.startswith('4'))}), got {stream.status}"
    documented = spec.response(op, stream.status) or {}
    media = (documented.get("content") or {}).get(stream.content_type.split(";")[0].strip())
    if media and media.get("schema"):
        try:
            body = json.loads(stream.body)
        except ValueError:
            return f"a JSON error body, got {stream.body[:200]!r}"
        errors = list(spec.validator(media["schema"]).iter_errors(body))
        if errors:
            return f"an error body valid against the documented schema: {errors[0].message}"
    return None


def invalid_bodies(spec: Spec, op: Operation, request: Request) -> list[Any]:
    """Bodies that break the request schema: a required field dropped, and a required field of the wrong type."""
    if not isinstance(request.body, dict):
        return []
    body = spec.request_body(op) or {}
    schema = spec.resolve(((body.get("content") or {}).get(request.media_type or "") or {}).get("schema") or {})
    required = [name for name in schema.get("required", []) if name in request.body]
    bodies: list[Any] = []
    if required:
        dropped = copy.deepcopy(request.body)
        dropped.pop(required[0])
        bodies.append(dropped)
        wrong = copy.deepcopy(request.body)
        wrong[required[0]] = {"not": ["the", "documented", "type"]}
        bodies.append(wrong)
    bodies.append(["not", "an", "object"])
    return bodies


def run(ctx: RunContext) -> SuiteResult:
    suite = SuiteResult("sse")
    spec = ctx.spec
    with ctx.client(timeout=httpx.Timeout(ctx.timeout, read=STREAM_DEADLINE)) as client:
        for op, schema in sse_operations(spec):
            suite.checked(op.label)
            headers, params = ctx.credentials(op)
            base = example_request(ctx, op)
            requests = []
            for media_type, example in _all_examples(spec, op):
                requests += format_variants(ctx, base.with_body(example))
            for request in requests:
                rate, width = requested_format(request.parameters())
                stream = _read(ctx, suite, client, request, headers, params)
                if stream is None:
                    continue
                checks = [
                    ("sse_content_type", check_content_type(stream)),
                    ("sse_event_format", check_event_format(stream)),
                    ("sse_event_schema", check_event_schema(spec, schema, stream)),
                    ("sse_audio_whole_samples", check_audio(spec, schema, stream, width or DEFAULT_WIDTH)),
                    ("sse_sampling_rate", check_sampling_rate(stream, rate)),
                    ("sse_has_audio", check_has_audio(spec, schema, stream)),
                    ("sse_stream_ends", check_ends(stream)),
                ]
                if not 200 <= stream.status < 300:
                    checks.append(("sse_valid_request_accepted", f"2xx for the spec's example, got {stream.status}"))
                _report(ctx, suite, op, request, headers, params, stream, checks)
            for body in invalid_bodies(spec, op, base):
                request = base.with_body(body)
                stream = _read(ctx, suite, client, request, headers, params)
                if stream is not None:
                    problem = check_error_documented(spec, op, schema, stream)
                    _report(ctx, suite, op, request, headers, params, stream, [("sse_error_documented", problem)])
    return suite


def _all_examples(spec: Spec, op: Operation) -> list[tuple[str, Any]]:
    body = spec.request_body(op) or {}
    found = []
    for media_type, media in (body.get("content") or {}).items():
        for example in examples(spec, media):
            found.append((media_type, example))
    return found or [(None, None)]


def _read(
    ctx: RunContext,
    suite: SuiteResult,
    client: httpx.Client,
    request: Request,
    headers: dict[str, str],
    params: dict[str, str],
) -> Stream | None:
    try:
        stream = read_stream(ctx, client, request, headers, params)
    except httpx.HTTPError as exc:
        suite.errors.append(f"{request.op.label}: request failed: {exc!r}")
        return None
    suite.cases += 1
    return stream


def _report(
    ctx: RunContext,
    suite: SuiteResult,
    op: Operation,
    request: Request,
    headers: dict[str, str],
    params: dict[str, str],
    stream: Stream,
    checks: list[tuple[str, str | None]],
) -> None:
    failed = False
    for check, problem in checks:
        if problem:
            failed = True
            received = f"HTTP {stream.status} {stream.content_type}\n" + (stream.transcript or stream.body[:600])
            suite.add(
                Finding(
                    "sse",
                    check,
                    op.label,
                    f"SSE stream breaks `{check}`",
                    problem,
                    received,
                    request.curl(ctx.base_url, headers=headers, params=params),
                )
            )
    ctx.console.tick("F" if failed else ".")
