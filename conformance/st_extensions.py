"""What the suite adds to schemathesis 4.32.5: two hooks and one check, registered on import.

* `filter_failure` drops four kinds of false finding:
  - "Schema-valid request rejected" (ST202) with a status the API's adapter documents as a business
    rule of that operation (`Adapter.also_accepts`, e.g. AsyncFlow's 400 VOICE_NOT_FOUND for a
    generated voice id), registered for the run's schema with `also_accepted`;
  - "Schema-violating request accepted" (ST201) for multipart bodies with a binary part: 4.32.5's wire
    re-validation cannot read its `Binary` wrapper and answers "not valid". The form is re-read from
    the bytes actually sent (file parts are strings on the wire, form text may be read as the declared
    type, lax booleans included), and ST201 stays only when that body really breaks the schema;
  - ST201 for unknown query/header/cookie parameters (OpenAPI cannot forbid them; 4.32.5 skips them
    itself except in some stateful steps);
  - schemathesis' own per-event schema check on `text/event-stream` bodies: the specs declare them
    `{type: string}` and name the event schema in `x-sse-event-schema`, which the `sse` suite checks.
* `before_call` puts a real WAV in binary multipart parts (the schemas can only say `format: binary`;
  the APIs refuse uploads that are not audio).
* `binary_body_conformance`: audio and zip responses are what their media type says (a WAV opens and
  has the requested sample rate and width, an MP3 has a frame sync, raw PCM is whole samples, a zip
  opens). The built-in checks only look at the Content-Type of these.

Both hooks read semi-internal schemathesis helpers; re-check them when schemathesis is upgraded.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Mapping
from typing import Any

import schemathesis
from schemathesis.core.failures import AcceptedNegativeData
from schemathesis.openapi.checks import RejectedPositiveData

from conformance.audio import body_problems

_SENTINEL_FILE = "<file>"


def multipart_sent_body_is_valid(case: Any, response: Any) -> bool:
    """Whether the multipart body as it went over the wire satisfies the operation's schema."""
    from schemathesis.core.jsonschema import make_validator
    from schemathesis.specs.openapi.checks import _form_text_readings, _get_openapi_schema, _has_errors_at

    media_type = case.media_type or ""
    fields = multipart_fields(response.request.body, response.request.headers.get("Content-Type", ""))
    alternative = case.operation.get_body_for_media_type(media_type)
    if fields is None or alternative is None:
        return False
    validator = make_validator(alternative.optimized_schema, _get_openapi_schema(case).adapter.jsonschema_validator_cls)
    sent: dict[str, object] = {}
    for name, texts in fields.items():
        if None in texts:  # a file part: a string of bytes on the wire
            sent[name] = _SENTINEL_FILE
            continue
        readings = [reading for text in texts for reading in _form_text_readings(str(text)) + _lax_bool(str(text))]
        # A server reads the text, or parses it into the declared type: take a reading valid at this field.
        sent[name] = next(
            (r for r in readings if not _has_errors_at(validator, {**sent, name: r}, name)),
            readings[0] if readings else "",
        )
    return bool(validator.is_valid(sent))


_BOUNDARY = re.compile(r';\s*boundary="?([^";]+)"?', re.IGNORECASE)
_PART_NAME = re.compile(rb'(?:^|;)\s*name="([^"]*)"', re.IGNORECASE)
_PART_FILENAME = re.compile(rb";\s*filename\*?=", re.IGNORECASE)


def multipart_fields(body: object, content_type: str) -> dict[str, list[str | None]] | None:
    """The fields of a multipart/form-data body as sent: name -> texts, `None` for a file or typed part.

    What schemathesis' `_sent_form_fields` returns, without `email.parser`: that parser walks every
    byte of the WAV parts and took ~4 ms per 176 KB upload, twice per accepted negative case (once in
    schemathesis' check, once here), a measurable share of a run (benchmarks/README.md, section 6).
    Only part headers are read here; payloads are sliced, never scanned line by line.
    """
    if isinstance(body, str):
        body = body.encode()
    match = _BOUNDARY.search(content_type)
    if not isinstance(body, bytes) or match is None:
        return None
    delimiter = b"--" + match.group(1).strip().encode()
    fields: dict[str, list[str | None]] = {}
    for part in body.split(delimiter)[1:]:
        if part.startswith(b"--"):  # the closing delimiter
            break
        head, separator, payload = part.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not separator:
            return None
        headers = {}
        for line in head.split(b"\r\n"):
            key, _, value = line.partition(b":")
            headers[key.strip().lower()] = value.strip()
        name = _PART_NAME.search(headers.get(b"content-disposition", b""))
        if name is None:
            return None
        payload = payload.removesuffix(b"\r\n")
        is_file = _PART_FILENAME.search(headers[b"content-disposition"]) is not None or b"content-type" in headers
        # Servers decode form text leniently, replacing bytes that are not valid UTF-8.
        text = None if is_file else payload.decode(errors="replace")
        fields.setdefault(name.group(1).decode(errors="replace"), []).append(text)
    return fields


def _media_type(response: Any) -> str:
    values = response.headers.get("content-type") or response.headers.get("Content-Type") or [""]
    return str(values[0] if isinstance(values, list) else values).split(";", 1)[0].strip().lower()


_ONLY_UNKNOWN_PARAMETERS = re.compile(
    r"Invalid component: in (query|header|cookie|path) - violates `additionalProperties`\s*$"
)
_BOOL_TEXT = {
    "0": False,
    "1": True,
    "yes": True,
    "no": False,
    "on": True,
    "off": False,
    "t": True,
    "f": False,
    "y": True,
    "n": False,
}


def _lax_bool(text: str) -> list[object]:
    """Form servers (FastAPI/pydantic lax mode) also read 0/1, yes/no, on/off as booleans."""
    value = _BOOL_TEXT.get(text.strip().lower())
    return [value] if value is not None else []


# id(schema) -> {operationId: statuses that may also answer a schema-valid request}. Keyed by the
# schema object because hooks are global and a process may check several APIs one after another.
_ALSO_ACCEPTED: dict[int, Mapping[str, tuple[str, ...]]] = {}


@contextlib.contextmanager
def also_accepted(schema: Any, statuses: Mapping[str, tuple[str, ...]]) -> Iterator[None]:
    """While schemathesis runs `schema`, a valid request of these operations may get these statuses."""
    _ALSO_ACCEPTED[id(schema)] = statuses
    try:
        yield
    finally:
        _ALSO_ACCEPTED.pop(id(schema), None)


def _accepted_by_adapter(failure: Any, case: Any) -> bool:
    operation = getattr(case, "operation", None)
    statuses = _ALSO_ACCEPTED.get(id(getattr(operation, "schema", None)), {})
    operation_id = (getattr(getattr(operation, "definition", None), "raw", None) or {}).get("operationId")
    return str(failure.status_code) in statuses.get(operation_id, ())


@schemathesis.hook
def filter_failure(ctx: Any, failure: Any, case: Any, response: Any) -> bool:
    if type(failure).__name__ == "JsonSchemaError" and _media_type(response) == "text/event-stream":
        # The specs declare SSE bodies as `{type: string}` and name the per-event schema in
        # `x-sse-event-schema`; schemathesis would validate each event object against the string
        # schema. The `sse` suite validates every event against the real event schema instead.
        return False
    if isinstance(failure, RejectedPositiveData):
        return not _accepted_by_adapter(failure, case)
    if not isinstance(failure, AcceptedNegativeData):
        return True
    if _ONLY_UNKNOWN_PARAMETERS.search(failure.message or ""):
        # An unknown query/header/cookie parameter is not invalid input: OpenAPI parameters cannot
        # forbid extra ones, and servers ignore them. 4.32.5 skips these itself except in some
        # stateful steps, where it reports them with this exact wording.
        return False
    if not (getattr(case, "media_type", None) or "").startswith("multipart/form-data"):
        return True
    try:
        return not multipart_sent_body_is_valid(case, response)
    except Exception:  # noqa: BLE001 - cannot prove the wire body valid: keep the failure
        return True


@schemathesis.hook
def before_call(ctx: Any, case: Any, kwargs: Any) -> None:
    """Binary form parts carry a real WAV: the schema can only say `format: binary`, while the APIs
    (as their descriptions say) refuse uploads that are not audio. Other mutations stay as generated."""
    if not (getattr(case, "media_type", None) or "").startswith("multipart/") or not isinstance(case.body, dict):
        return
    from schemathesis.transport.serialization import Binary

    from conformance.requests import upload_seconds, wav_bytes

    body = case.operation.get_body_for_media_type(case.media_type)
    schema = (body.resolved_schema if body is not None else None) or {}
    for name, prop in (schema.get("properties") or {}).items() if isinstance(schema, dict) else []:
        binary = isinstance(prop, dict) and (prop.get("format") == "binary" or "contentMediaType" in prop)
        # Text or bytes stand for a file (the examples phase sends the spec's placeholder text);
        # other types are negative mutations and stay.
        if binary and isinstance(case.body.get(name), (str, bytes)):
            case.body[name] = Binary(wav_bytes(upload_seconds(prop)))


def request_parameters(case: Any) -> dict[str, Any]:
    """Everything the request asked for (query, path and JSON/form body) as one mapping."""
    merged: dict[str, Any] = {}
    for part in (case.path_parameters, case.query, case.body if isinstance(case.body, dict) else None):
        if isinstance(part, dict):
            merged.update(part)
    return merged


@schemathesis.check
def binary_body_conformance(ctx: Any, response: Any, case: Any) -> bool | None:
    """A 2xx audio or zip body must be what its Content-Type says, in the format the request asked for."""
    if not 200 <= response.status_code < 300:
        return None
    values = response.headers.get("content-type") or response.headers.get("Content-Type") or [""]
    media_type = (values[0] if isinstance(values, list) else values).split(";", 1)[0].strip().lower()
    if not (media_type.startswith("audio/") or media_type in ("application/zip", "application/octet-stream")):
        return None
    problems = body_problems(media_type, response.content or b"", request_parameters(case))
    if problems:
        raise AssertionError(f"{media_type} body is not valid: " + "; ".join(problems))
    return True
