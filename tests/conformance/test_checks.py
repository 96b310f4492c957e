"""The small checks on their own: audio, SSE parsing, redaction, expected statuses."""

from __future__ import annotations

import io
import wave
import zipfile

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
