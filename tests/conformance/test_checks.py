"""The small checks on their own: audio, SSE parsing, redaction, expected statuses."""

from __future__ import annotations

import io
import wave
import zipfile
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from conformance.audio import body_problems, parse_wav, requested_format
from conformance.redact import Redactor
from conformance.spec import Operation
from conformance.suites.http import expected_statuses
from conformance.suites.sse import parse_events


def wav(rate: int = 16000, width: int = 2, frames: int = 10) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(width)
        writer.setframerate(rate)
        writer.writeframes(b"\x00" * width * frames)
    return buffer.getvalue()


def test_wav_checks() -> None:
    assert body_problems("audio/wav", wav(), {"sample_rate": 16000, "encoding": "pcm_s16le"}) == []
    assert "sample rate 16000 Hz" in body_problems("audio/wav", wav(), {"sampling_rate": 24000})[0]
    assert "32-bit" in body_problems("audio/wav", wav(width=3), {"encoding": "pcm_f32le"})[0]
    # 16-bit PCM is accepted whatever encoding was asked for (specs/asyncflow AudioContainer)
    assert body_problems("audio/wav", wav(), {"encoding": "pcm_f32le"}) == []
    assert "not a WAV" in body_problems("audio/wav", b"garbage")[0]
    assert parse_wav(wav(rate=8000)).rate == 8000
    truncated = wav()[:-1]
    assert body_problems("audio/wav", truncated)


def test_raw_mp3_zip_checks() -> None:
    assert body_problems("application/octet-stream", b"\x00" * 6, {"output_format": {"encoding": "pcm_s16le"}}) == []
    assert body_problems("application/octet-stream", b"\x00" * 7, {"output_format": {"encoding": "pcm_s16le"}})
    assert body_problems("audio/mpeg", b"ID3\x04rest") == []
    assert body_problems("audio/mpeg", b"RIFF....")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as writer:
        writer.writestr("a.txt", "x")
    assert body_problems("application/zip", archive.getvalue()) == []
    assert body_problems("application/zip", b"PK\x03\x04broken")
    assert requested_format({"output_format": {"sample_rate": 44100, "encoding": "pcm_f32le"}}) == (44100, 4)


def test_sse_grammar() -> None:
    lines = ["event: message", 'data: {"a": 1}', "", ": comment", "data:x", "data: y", ""]
    events = list(parse_events(iter(lines)))
    assert [(e.event, e.data) for e in events] == [("message", '{"a": 1}'), (None, "x\ny")]


def test_redactor() -> None:
    r = Redactor("sk-1234")
    text = r.redact(
        "curl -H 'x-api-key: sk-1234' -H 'Authorization: Bearer abc.def' 'http://h/p?api_key=zzz&jwt_token=q'"
    )
    assert "sk-1234" not in text and "abc.def" not in text and "zzz" not in text and "q'" not in text
    assert repr(r) == "Redactor(1 secrets)"


def test_expected_statuses_follow_the_spec() -> None:
    op = Operation("POST", "/x", "x", {"responses": {"200": {}, "401": {}, "404": {}, "422": {}, "429": {}}}, [])
    rejection, acceptance = expected_statuses(op)
    assert rejection == ["404", "422", "429"]
    assert acceptance == ["200", "404", "429"]


def test_sse_lines_split_only_on_cr_lf_and_crlf() -> None:
    from conformance.suites.sse import parse_events, sse_lines

    body = 'event: message\r\ndata: {"text": "a\u2028b\u0085c"}\r\n\r\ndata: two\rdata: lines\r\r'.encode()
    chunks = [body[i : i + 3] for i in range(0, len(body), 3)]  # CRLF and UTF-8 split across chunks
    events = list(parse_events(sse_lines(chunks)))
    assert [(e.event, e.data) for e in events] == [("message", '{"text": "a\u2028b\u0085c"}'), (None, "two\nlines")]


def test_adapter_statuses_are_accepted_only_for_their_operations() -> None:
    """`Adapter.also_accepts` reaches schemathesis through the `filter_failure` hook, per operation."""
    import schemathesis
    from schemathesis.openapi.checks import RejectedPositiveData

    from conformance.spec import SPECS_DIR
    from conformance.st_extensions import also_accepted, filter_failure

    schema = schemathesis.openapi.from_path(SPECS_DIR / "asyncflow" / "openapi.yaml")
    tts = schema.find_operation_by_id("text_to_speech").Case()
    voices = schema.find_operation_by_id("list_voices").Case()

    def rejected(status: int) -> RejectedPositiveData:
        return RejectedPositiveData(operation="op", message="rejected", status_code=status, allowed_statuses=["200"])

    assert filter_failure(None, rejected(400), tts, None) is True  # nothing registered: kept
    with also_accepted(schema, {"text_to_speech": ("400",)}):
        assert filter_failure(None, rejected(400), tts, None) is False
        assert filter_failure(None, rejected(422), tts, None) is True
        assert filter_failure(None, rejected(400), voices, None) is True
    assert filter_failure(None, rejected(400), tts, None) is True  # unregistered when the run ends


# Part names as clients write them (no quote or line break: encoders escape those differently).
_NAMES = st.text(st.characters(codec="utf-8", exclude_characters='"\r\n\\%'), min_size=1, max_size=8)
_TEXTS = st.text(max_size=20) | st.binary(max_size=20).map(lambda b: b.decode("latin-1"))


@given(
    fields=st.lists(st.tuples(_NAMES, _TEXTS), max_size=4),
    files=st.lists(
        st.tuples(
            _NAMES, st.sampled_from([None, "sample.wav"]), st.binary(max_size=64), st.sampled_from(["", "audio/wav"])
        ),
        max_size=2,
    ),
)
def test_multipart_fields_reads_what_schemathesis_reads(
    fields: list[tuple[str, str]], files: list[tuple[str, str | None, bytes, str]]
) -> None:
    """The fast multipart reader agrees with schemathesis' own (email.parser) on bodies encoded the way
    schemathesis' transport (requests) encodes them: text fields, repeated names, files and typed parts
    with and without a file name, bytes that are not UTF-8."""
    import requests
    from schemathesis.specs.openapi.checks import _sent_form_fields

    from conformance.st_extensions import multipart_fields

    prepared = requests.Request(
        "POST",
        "http://127.0.0.1/upload",
        data=fields,
        files=[
            (name, (filename, content, ctype) if ctype else (filename, content))
            for name, filename, content, ctype in files
        ]
        or None,
    ).prepare()
    if not isinstance(prepared.body, bytes):  # only text fields: requests sends urlencoded
        return
    response = SimpleNamespace(request=prepared)
    expected = _sent_form_fields(response, "multipart/form-data")  # type: ignore[arg-type]
    assert multipart_fields(prepared.body, prepared.headers["Content-Type"]) == expected
