"""AsyncFlow helpers over respx: request shapes, decoding and error mapping.

The end-to-end tests against a real server (streams, WebSockets, disconnects) are in
test_asyncflow_e2e.py.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import yaml
from asyncflow_client.auth import ApiKeyAuth, create_client
from asyncflow_client.exceptions import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    ProtocolError,
    RateLimitError,
    ServerError,
    StreamError,
    UploadError,
)
from asyncflow_client.models.tts_stream_request import TtsStreamRequest
from asyncflow_client.models.voice_summary import VoiceSummary
from asyncflow_client.pagination import async_iter_voices, iter_voices
from asyncflow_client.realtime import AsyncTtsWebSocket, TtsChunk, TtsStreamError, TtsWebSocket
from asyncflow_client.streaming import (
    DEFAULT_MODEL,
    async_collect_audio,
    async_text_to_speech_stream,
    collect_audio,
    text_to_speech_stream,
)
from asyncflow_client.timestamps import (
    TimestampedSpeech,
    WordTiming,
    async_text_to_speech_with_timestamps,
    text_to_speech_with_timestamps,
)
from asyncflow_client.uploads import CLONE_SAMPLE_LIMITS, async_clone_voice, clone_voice
from hypothesis import given, settings
from hypothesis import strategies as st
from upload_helpers import wav_bytes

KEY = "sk_live_asyncflow_secret_1234"
BASE = "https://api.async.test"
VOICE = "e0f39dc4-f691-4e78-bba5-5c636692cc04"
SPEC = Path(__file__).resolve().parents[2] / "specs" / "asyncflow" / "openapi.yaml"


def client() -> Any:
    return create_client(KEY, base_url=BASE)


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"detail": {"error_code": code, "message": message}}


# --- auth and the version header ----------------------------------------------------------------


@respx.mock
def test_create_client_sends_the_key_and_the_version_header_on_every_request() -> None:
    route = respx.get(f"{BASE}/anything").mock(return_value=httpx.Response(200, json={}))
    c = client()
    c.get_httpx_client().get("/anything")  # not a generated function: the client header still applies
    request = route.calls[0].request
    assert request.headers["x-api-key"] == KEY
    assert request.headers["version"] == "v1"


def test_the_key_is_not_in_reprs() -> None:
    c = client()
    assert KEY not in repr(c)
    assert KEY not in repr(ApiKeyAuth(KEY))
    assert KEY not in repr(TtsWebSocket(c, voice_id=VOICE))
    assert "api_key=[REDACTED]" in repr(TtsWebSocket(c, voice_id=VOICE))


# --- /text_to_speech/streaming --------------------------------------------------------------------


@respx.mock
def test_stream_posts_the_documented_request_and_yields_raw_bytes() -> None:
    pcm = bytes(range(200))
    route = respx.post(f"{BASE}/text_to_speech/streaming").mock(
        return_value=httpx.Response(200, headers={"content-type": "application/octet-stream"}, content=pcm)
    )
    with text_to_speech_stream(client(), "Hello world", voice_id=VOICE, sample_rate=24000, language="en") as stream:
        audio = b"".join(stream)
    assert audio == pcm
    request = route.calls[0].request
    assert request.headers["version"] == "v1"
    assert request.headers["x-api-key"] == KEY
    assert json.loads(request.content) == {
        "model_id": DEFAULT_MODEL,
        "transcript": "Hello world",
        "voice": {"mode": "id", "id": VOICE},
        "output_format": {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 24000},
        "language": "en",
    }


@respx.mock
def test_stream_cuts_raw_pcm_on_sample_boundaries() -> None:
    pieces = [b"\x01", b"\x02\x03\x04\x05", b"\x06\x07", b"\x08\x09\x0a"]  # 10 bytes of f32le: 2 samples + 2
    respx.post(f"{BASE}/text_to_speech/streaming").mock(
        return_value=httpx.Response(200, headers={"content-type": "application/octet-stream"}, content=iter(pieces))
    )
    with text_to_speech_stream(client(), "x", voice_id=VOICE, encoding="pcm_f32le") as stream:
        chunks = list(stream)
    assert b"".join(chunks) == b"".join(pieces)
    assert [len(c) for c in chunks[:-1]] == [4, 4]
    assert chunks[-1] == b"\x09\x0a"  # the cut-off last sample is passed on, not dropped


@settings(deadline=None)  # CPU-bound and tiny; a busy machine must not fail it
@given(data=st.binary(max_size=300), cuts=st.lists(st.integers(0, 300), max_size=12), frame=st.sampled_from([1, 2, 4]))
def test_sample_alignment_keeps_every_byte_for_any_chunking(data: bytes, cuts: list[int], frame: int) -> None:
    from asyncflow_client.streaming import _SampleAligner

    bounds = sorted({min(c, len(data)) for c in cuts} | {0, len(data)})
    aligner = _SampleAligner(frame)
    out = [aligner.feed(data[a:b]) for a, b in itertools.pairwise(bounds)]
    tail = aligner.tail()
    assert b"".join(out) + tail == data
    assert all(len(chunk) % frame == 0 for chunk in out)
    assert len(tail) < frame


@respx.mock
def test_stream_request_can_be_a_model_and_mp3_is_passed_through_unaligned() -> None:
    route = respx.post(f"{BASE}/text_to_speech/streaming").mock(
        return_value=httpx.Response(
            200, headers={"content-type": "audio/mpeg"}, content=iter([b"ID3", b"\xff\xfb\x90"])
        )
    )
    body = TtsStreamRequest.from_dict(
        {
            "model_id": "async_flash_v1.5",
            "transcript": "Hi",
            "voice": {"mode": "id", "id": VOICE},
            "output_format": {"container": "mp3", "encoding": "pcm_s16le", "sample_rate": 44100, "bit_rate": 128000},
        }
    )
    assert collect_audio(text_to_speech_stream(client(), body)) == b"ID3\xff\xfb\x90"
    assert json.loads(route.calls[0].request.content)["output_format"]["bit_rate"] == 128000


def test_stream_sends_nothing_until_entered() -> None:
    with respx.mock(assert_all_called=False) as mock:
        route = mock.post(f"{BASE}/text_to_speech/streaming")
        stream = text_to_speech_stream(client(), "Hi", voice_id=VOICE)
        assert route.call_count == 0
        stream.close()
        assert route.call_count == 0


@pytest.mark.parametrize(
    ("status", "body", "headers", "error"),
    [
        (
            400,
            error_body("INVALID_REQUEST", "output_format.sample_rate: must be between 8000 and 48000"),
            {},
            BadRequestError,
        ),
        (401, error_body("INVALID_API_KEY", "Invalid API key."), {}, AuthenticationError),
        (429, error_body("RATE_LIMIT_EXCEEDED", "Rate limit exceeded."), {"Retry-After": "7"}, RateLimitError),
        (500, {"detail": "boom"}, {}, ServerError),
    ],
)
@respx.mock
def test_stream_error_statuses_raise_typed_errors_with_the_apis_message(
    status: int, body: dict[str, Any], headers: dict[str, str], error: type[Exception]
) -> None:
    route = respx.post(f"{BASE}/text_to_speech/streaming").mock(
        return_value=httpx.Response(status, json=body, headers=headers)
    )
    with pytest.raises(error) as info, text_to_speech_stream(client(), "Hi", voice_id=VOICE):
        pass
    exc: Any = info.value
    assert exc.status_code == status
    assert exc.body == body
    assert KEY not in str(exc) and KEY not in repr(exc)
    if "detail" in body and isinstance(body["detail"], dict):
        assert str(exc).endswith(f"{body['detail']['error_code']}: {body['detail']['message']}")
    if status == 429:
        assert exc.retry_after == 7.0
        assert route.call_count == 1  # a POST is not retried


@respx.mock
def test_a_json_200_is_a_protocol_error_naming_what_arrived() -> None:
    respx.post(f"{BASE}/text_to_speech/streaming").mock(return_value=httpx.Response(200, json={"status": "queued"}))
    with pytest.raises(ProtocolError, match=r"expected audio, got 'application/json'.*queued"):
        collect_audio(text_to_speech_stream(client(), "Hi", voice_id=VOICE))


@respx.mock
def test_async_stream_request_and_errors() -> None:
    route = respx.post(f"{BASE}/text_to_speech/streaming").mock(
        side_effect=[
            httpx.Response(200, headers={"content-type": "application/octet-stream"}, content=b"\x00\x01\x02\x03"),
            httpx.Response(401, json=error_body("INVALID_API_KEY", "Invalid API key.")),
        ]
    )

    async def main() -> None:
        assert (
            await async_collect_audio(async_text_to_speech_stream(client(), "Hi", voice_id=VOICE))
            == b"\x00\x01\x02\x03"
        )
        with pytest.raises(AuthenticationError, match="INVALID_API_KEY"):
            await async_collect_audio(async_text_to_speech_stream(client(), "Hi", voice_id=VOICE))

    asyncio.run(main())
    assert route.calls[0].request.headers["version"] == "v1"


def test_stream_arguments_are_checked_before_anything_is_sent() -> None:
    with pytest.raises(ValueError, match="voice_id"):
        text_to_speech_stream(client(), "Hi")
    with pytest.raises(ValueError):
        text_to_speech_stream(client(), "Hi", voice_id=VOICE, container="wav")  # not listed for streaming


# --- /text_to_speech/with_timestamps ---------------------------------------------------------------

TIMESTAMPS = {
    "audio_base64": base64.b64encode(b"ID3 fake mp3").decode(),
    "alignment": {
        "words": ["Welcome", "to", "Async"],
        "word_start_times_milliseconds": [0, 871, 923],
        "word_end_times_milliseconds": [871, 900, 1637],
    },
}


@respx.mock
def test_timestamps_are_decoded_into_audio_and_word_timings() -> None:
    route = respx.post(f"{BASE}/text_to_speech/with_timestamps").mock(return_value=httpx.Response(200, json=TIMESTAMPS))
    speech = text_to_speech_with_timestamps(client(), "Welcome to Async", voice_id=VOICE, sample_rate=44100)
    assert speech == TimestampedSpeech(
        audio=b"ID3 fake mp3",
        words=(WordTiming("Welcome", 0, 871), WordTiming("to", 871, 900), WordTiming("Async", 923, 1637)),
    )
    assert speech.words[2].start == pytest.approx(0.923) and speech.words[2].end == pytest.approx(1.637)
    assert speech.transcript == "Welcome to Async"
    request = route.calls[0].request
    assert request.headers["version"] == "v1"
    assert json.loads(request.content) == {
        "model_id": DEFAULT_MODEL,
        "transcript": "Welcome to Async",
        "voice": {"mode": "id", "id": VOICE},
        "output_format": {"container": "mp3", "sample_rate": 44100},
    }


@pytest.mark.parametrize(
    ("body", "match"),
    [
        ({**TIMESTAMPS, "audio_base64": "not base64!"}, "audio_base64: not valid base64"),
        (
            {**TIMESTAMPS, "alignment": {**TIMESTAMPS["alignment"], "word_end_times_milliseconds": [1]}},  # type: ignore[dict-item]
            "3 words, 3 start times, 1 end times",
        ),
        ({"audio": "x"}, "not the documented JSON"),
    ],
)
@respx.mock
def test_malformed_timestamp_answers_are_protocol_errors(body: dict[str, Any], match: str) -> None:
    respx.post(f"{BASE}/text_to_speech/with_timestamps").mock(return_value=httpx.Response(200, json=body))
    with pytest.raises(ProtocolError, match=match):
        text_to_speech_with_timestamps(client(), "Hi", voice_id=VOICE)


@respx.mock
def test_timestamps_errors_are_typed_sync_and_async() -> None:
    respx.post(f"{BASE}/text_to_speech/with_timestamps").mock(
        return_value=httpx.Response(401, json=error_body("INVALID_API_KEY", "Invalid API key."))
    )
    with pytest.raises(AuthenticationError, match="INVALID_API_KEY: Invalid API key."):
        text_to_speech_with_timestamps(client(), "Hi", voice_id=VOICE)

    async def main() -> None:
        with pytest.raises(AuthenticationError):
            await async_text_to_speech_with_timestamps(client(), "Hi", voice_id=VOICE)

    asyncio.run(main())


@respx.mock
def test_async_timestamps() -> None:
    respx.post(f"{BASE}/text_to_speech/with_timestamps").mock(return_value=httpx.Response(200, json=TIMESTAMPS))
    speech = asyncio.run(async_text_to_speech_with_timestamps(client(), "Welcome to Async", voice_id=VOICE))
    assert [w.text for w in speech.words] == ["Welcome", "to", "Async"]


# --- list_voices pagination --------------------------------------------------------------------------


def voice(i: int) -> dict[str, Any]:
    return {"voice_id": f"voice_{i}", "name": f"Voice {i}"}


def pages_route() -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        after = json.loads(request.content).get("after")
        if after is None:
            return httpx.Response(200, json={"voices": [voice(1), voice(2)], "next_cursor": "voice_2"})
        if after == "voice_2":
            return httpx.Response(200, json={"voices": [voice(3)], "next_cursor": None})
        return httpx.Response(400, json=error_body("INVALID_REQUEST", "bad cursor"))

    return respx.post(f"{BASE}/voices").mock(side_effect=answer)


@respx.mock
def test_iter_voices_follows_next_cursor_as_after() -> None:
    route = pages_route()
    voices = list(iter_voices(client(), page_size=2, gender="Female", my_voice=True))
    assert [v.voice_id for v in voices] == ["voice_1", "voice_2", "voice_3"]
    assert all(isinstance(v, VoiceSummary) for v in voices)
    bodies = [json.loads(call.request.content) for call in route.calls]
    assert bodies == [
        {"limit": 2, "gender": "Female", "my_voice": True},
        {"limit": 2, "after": "voice_2", "gender": "Female", "my_voice": True},
    ]
    assert all(call.request.headers["version"] == "v1" for call in route.calls)


@respx.mock
def test_async_iter_voices() -> None:
    pages_route()

    async def main() -> list[str]:
        return [v.voice_id async for v in async_iter_voices(client(), page_size=2)]

    assert asyncio.run(main()) == ["voice_1", "voice_2", "voice_3"]


@respx.mock
def test_iter_voices_raises_typed_errors_and_checks_arguments_early() -> None:
    respx.post(f"{BASE}/voices").mock(return_value=httpx.Response(401, json=error_body("INVALID_API_KEY", "no")))
    with pytest.raises(AuthenticationError):
        list(iter_voices(client()))
    with pytest.raises(ValueError, match="page_size"):
        iter_voices(client(), page_size=101)
    with pytest.raises(ValueError):
        iter_voices(client(), gender="robot")


# --- clone uploads -----------------------------------------------------------------------------------


def test_clone_limits_match_the_spec_extensions() -> None:
    spec = yaml.safe_load(SPEC.read_text())
    audio = spec["components"]["schemas"]["CloneVoiceRequest"]["properties"]["audio"]
    assert sorted(CLONE_SAMPLE_LIMITS.formats) == sorted(audio["x-audio-formats"])
    assert CLONE_SAMPLE_LIMITS.min_seconds == audio["x-audio-duration-seconds"]["min"]
    assert CLONE_SAMPLE_LIMITS.max_seconds == audio["x-audio-duration-seconds"].get("max")


@respx.mock
def test_clone_voice_sends_a_random_boundary_and_every_byte_of_the_sample() -> None:
    route = respx.post(f"{BASE}/voices/clone").mock(
        return_value=httpx.Response(
            200, json={"id": "v_new", "name": "Narrator", "description": None, "language": "en"}
        )
    )
    sample = wav_bytes(3.5) + b"\r\n--+++\r\n trailing bytes that a fixed boundary would cut"
    created = clone_voice(client(), sample, name="Narrator", enhance=True, gender="Female")
    assert created.id == "v_new"
    request = route.calls[0].request
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=") and "+++" not in content_type
    assert sample in request.content
    assert b'name="enhance"\r\nContent-Type: text/plain\r\n\r\ntrue\r\n' in request.content
    assert b'filename="sample.wav"' in request.content and b"audio/wav" in request.content
    assert request.headers["version"] == "v1"


def test_clone_voice_refuses_a_short_or_unsupported_sample_before_sending() -> None:
    with respx.mock(assert_all_called=False) as mock:
        route = mock.post(f"{BASE}/voices/clone")
        with pytest.raises(UploadError, match=r"audio: must satisfy duration >= 3 s, got 2.00 s"):
            clone_voice(client(), wav_bytes(2.0), name="Short")
        with pytest.raises(UploadError, match="format in"):
            clone_voice(client(), b"OggS" + b"\x00" * 100, name="Ogg")
        assert route.call_count == 0


@respx.mock
def test_clone_voice_errors_are_typed_sync_and_async() -> None:
    respx.post(f"{BASE}/voices/clone").mock(
        side_effect=[
            httpx.Response(400, json=error_body("BAD_SPEECH_QUALITY", "The speech quality is too low to clone.")),
            httpx.Response(404, json=error_body("VERSION_NOT_FOUND", "API version not found.")),
        ]
    )
    with pytest.raises(BadRequestError, match="BAD_SPEECH_QUALITY") as info:
        clone_voice(client(), wav_bytes(4), name="x")
    assert info.value.body["detail"]["error_code"] == "BAD_SPEECH_QUALITY"

    async def main() -> None:
        with pytest.raises(NotFoundError, match="VERSION_NOT_FOUND"):
            await async_clone_voice(client(), wav_bytes(4), name="x")

    asyncio.run(main())


# --- the WebSocket protocol, frame by frame --------------------------------------------------------


def test_ws_frames_decode_to_typed_chunks_and_errors() -> None:
    from asyncflow_client.realtime import _decode

    assert _decode(json.dumps({"audio": base64.b64encode(b"\x01\x02").decode(), "final": False})) == TtsChunk(
        b"\x01\x02", False
    )
    assert _decode('{"audio": "", "final": true, "context_id": "c1"}') == TtsChunk(b"", True, "c1")
    with pytest.raises(TtsStreamError) as info:
        _decode('{"error_code": "INVALID_API_KEY", "message": "Invalid API key."}')
    assert isinstance(info.value, StreamError)
    assert info.value.code == "INVALID_API_KEY" and info.value.error is not None
    assert "INVALID_API_KEY: Invalid API key." in str(info.value)
    with pytest.raises(ProtocolError, match=r"expected a JSON text frame, got 'not json"):
        _decode("not json")
    with pytest.raises(ProtocolError, match="binary frame of 3 bytes"):
        _decode(b"\x00\x01\x02")
    with pytest.raises(ProtocolError, match="expected {audio"):
        _decode('{"hello": 1}')
    with pytest.raises(ProtocolError, match="not valid base64"):
        _decode('{"audio": "@@@", "final": false}')


def test_ws_url_carries_the_credentials_in_the_query_or_the_headers() -> None:
    c = create_client(KEY, base_url="https://api.async.test/prefix")
    query = TtsWebSocket(c, voice_id=VOICE)
    assert query._url == f"wss://api.async.test/prefix/text_to_speech/websocket/ws?api_key={KEY}&version=v1"
    assert query._headers == {}
    headers = AsyncTtsWebSocket(c, voice_id=VOICE, credentials="headers")
    assert headers._url == "wss://api.async.test/prefix/text_to_speech/websocket/ws"
    assert headers._headers == {"api_key": KEY, "version": "v1"}
    assert query.init.to_dict() == {
        "model_id": DEFAULT_MODEL,
        "voice": {"mode": "id", "id": VOICE},
        "output_format": {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 44100},
    }
    with pytest.raises(ValueError, match="voice_id"):
        TtsWebSocket(c)
