"""AsyncFlow reference server over real HTTP and WebSockets (uvicorn on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import struct
import time
import wave
from typing import Any

import httpx
import pytest
import websockets
from server_helpers import AF_HEADERS, ASYNCFLOW_KEY, AVA, tts_body, wav_sample

from conformance.servers import ReferenceServer
from conformance.servers import _audio as audio
from conformance.servers._spec import ApiSpec

pytestmark = pytest.mark.e2e
SPEC = ApiSpec.load("asyncflow")


def client(server: ReferenceServer, headers: dict[str, str] | None = None) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, headers=AF_HEADERS if headers is None else headers, timeout=10)


def assert_error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert SPEC.check_named("ErrorResponse", response.json()) == []
    assert response.json()["detail"]["error_code"] == code
    assert ASYNCFLOW_KEY not in response.text


# ---------------------------------------------------------------------------- auth and version
def test_status_needs_the_version_header_only(asyncflow: ReferenceServer) -> None:
    http = client(asyncflow, {})
    assert http.get("/", headers={"version": "v1"}).json() == {"ok": True, "version": "v1"}
    assert_error(http.get("/"), 400, "INVALID_REQUEST")
    assert_error(http.get("/", headers={"version": "v7"}), 404, "VERSION_NOT_FOUND")


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({"version": "v1"}, 401, "INVALID_API_KEY"),
        ({"x-api-key": "wrong", "version": "v1"}, 401, "INVALID_API_KEY"),
    ],
)
def test_key_is_enforced(asyncflow: ReferenceServer, headers: dict[str, str], status: int, code: str) -> None:
    http = client(asyncflow, headers)
    assert_error(http.post("/text_to_speech", json=tts_body()), status, code)
    assert_error(http.post("/voices", json={}), status, code)
    assert_error(http.get(f"/voices/{AVA}"), status, code)


def test_missing_version_uses_the_documented_status(asyncflow: ReferenceServer) -> None:
    http = client(asyncflow, {"X-Api-Key": ASYNCFLOW_KEY})
    assert_error(http.post("/text_to_speech", json=tts_body()), 400, "INVALID_REQUEST")
    assert_error(http.post("/voices", json={}), 400, "INVALID_REQUEST")
    assert_error(http.get(f"/voices/{AVA}"), 404, "VERSION_NOT_FOUND")  # get_voice documents no 400


def test_unknown_version_is_404_where_documented(asyncflow: ReferenceServer) -> None:
    http = client(asyncflow, {"x-api-key": ASYNCFLOW_KEY, "version": "v2"})
    assert_error(http.get(f"/voices/{AVA}"), 404, "VERSION_NOT_FOUND")
    assert_error(http.post("/text_to_speech", json=tts_body()), 400, "VERSION_NOT_FOUND")


def test_rate_limit_answers_429_with_retry_after() -> None:
    with ReferenceServer("asyncflow", api_key=ASYNCFLOW_KEY, rate_limit=3, rate_limit_window=0.5) as server:
        http = client(server)
        statuses = [http.get(f"/voices/{AVA}").status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        limited = http.get(f"/voices/{AVA}")
        assert_error(limited, 429, "RATE_LIMIT_EXCEEDED")
        assert limited.headers["retry-after"] == "1"
        time.sleep(0.55)
        assert http.get(f"/voices/{AVA}").status_code == 200


# ---------------------------------------------------------------------------- TTS
def test_wav_container_opens_with_wave(asyncflow: ReferenceServer) -> None:
    response = client(asyncflow).post(
        "/text_to_speech", json=tts_body("Hello world", container="wav", sample_rate=16000)
    )
    assert response.status_code == 200 and response.headers["content-type"] == "audio/wav"
    with wave.open(io.BytesIO(response.content)) as clip:
        assert (clip.getnchannels(), clip.getsampwidth(), clip.getframerate()) == (1, 2, 16000)
        assert 0.5 < clip.getnframes() / 16000 < 0.8


@pytest.mark.parametrize(("encoding", "width"), [("pcm_s16le", 2), ("pcm_f32le", 4), ("pcm_mulaw", 1)])
def test_raw_container_is_headerless_pcm(asyncflow: ReferenceServer, encoding: str, width: int) -> None:
    response = client(asyncflow).post("/text_to_speech", json=tts_body("abcde", encoding=encoding, sample_rate=8000))
    assert response.headers["content-type"] == "application/octet-stream"
    assert len(response.content) == round(5 * 0.06 * 8000) * width
    if encoding == "pcm_f32le":
        values = struct.unpack(f"<{len(response.content) // 4}f", response.content)
        assert all(-1.0 <= value <= 1.0 for value in values)


def test_mp3_container_is_an_id3_stand_in(asyncflow: ReferenceServer) -> None:
    response = client(asyncflow).post(
        "/text_to_speech", json=tts_body("Hello world", container="mp3", sample_rate=44100, bit_rate=128000)
    )
    assert response.headers["content-type"] == "audio/mpeg"
    assert response.content.startswith(b"ID3") and response.content[10] == 0xFF
    assert audio.duration_seconds(response.content) == pytest.approx(0.6, abs=0.05)


def test_markup_breaks_and_digits(asyncflow: ReferenceServer) -> None:
    body = tts_body("Call <break time='1s'/> <digits>5 5-5</digits>", sample_rate=8000)
    plain = client(asyncflow).post("/text_to_speech", json=tts_body("Call 5 5 5", sample_rate=8000)).content
    marked = client(asyncflow).post("/text_to_speech", json=body).content
    assert len(marked) - len(plain) == 8000 * 2  # exactly the one-second break
    timed = client(asyncflow).post("/text_to_speech/with_timestamps", json=body).json()
    assert timed["alignment"]["words"] == ["Call", "5", "5", "5"]
    assert timed["alignment"]["word_start_times_milliseconds"][1] >= 1000


def test_with_timestamps_matches_the_spec(asyncflow: ReferenceServer) -> None:
    response = client(asyncflow).post(
        "/text_to_speech/with_timestamps", json=tts_body("Welcome to Async", container="wav", sample_rate=22050)
    )
    body = response.json()
    assert SPEC.check_named("TtsWithTimestampsResponse", body) == []
    alignment = body["alignment"]
    assert alignment["words"] == ["Welcome", "to", "Async"]
    starts, ends = alignment["word_start_times_milliseconds"], alignment["word_end_times_milliseconds"]
    assert all(s < e for s, e in zip(starts, ends, strict=True)) and starts == sorted(starts)
    with wave.open(io.BytesIO(base64.b64decode(body["audio_base64"]))) as clip:
        assert clip.getnframes() / 22050 * 1000 >= ends[-1]


def test_streaming_sends_bytes_before_the_body_is_done() -> None:
    with ReferenceServer("asyncflow", api_key=ASYNCFLOW_KEY, stream_chunk_delay=0.05) as server:
        body = tts_body("one two three four five six", encoding="pcm_s16le", sample_rate=16000)
        arrivals: list[tuple[float, int]] = []
        start = time.perf_counter()
        with client(server).stream("POST", "/text_to_speech/streaming", json=body) as response:
            assert response.headers["content-type"] == "application/octet-stream"
            for chunk in response.iter_raw():
                arrivals.append((time.perf_counter() - start, len(chunk)))
        assert len(arrivals) >= 3
        assert arrivals[0][0] < arrivals[-1][0] - 0.1  # the first bytes came well before the end
        total = sum(size for _, size in arrivals)
        assert total % 2 == 0 and total == len(
            audio.synthesize("one two three four five six", sample_rate=16000, encoding="pcm_s16le", voice=AVA)
        )


def test_streaming_validation_is_stricter(asyncflow: ReferenceServer) -> None:
    http = client(asyncflow)
    response = http.post("/text_to_speech/streaming", json=tts_body(container="wav"))
    assert_error(response, 400, "INVALID_REQUEST")
    missing = tts_body()
    del missing["output_format"]["encoding"]
    assert_error(http.post("/text_to_speech/streaming", json=missing), 400, "INVALID_REQUEST")
    mp3 = http.post("/text_to_speech/streaming", json=tts_body(container="mp3", sample_rate=44100))
    assert mp3.headers["content-type"] == "audio/mpeg" and mp3.content.startswith(b"ID3")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"transcript": "hi"}, "model_id"),
        ({**tts_body(), "transcript": ""}, "transcript"),
        ({**tts_body(), "voice": {"mode": "name", "id": AVA}}, "voice.mode"),
        ({**tts_body(), "output_format": {"container": "raw", "sample_rate": 7999}}, "output_format.sample_rate"),
        ({**tts_body(), "speed_control": 5}, "speed_control"),
        ([1, 2], "body"),
    ],
)
def test_invalid_tts_bodies_get_400_invalid_request(asyncflow: ReferenceServer, body: Any, field: str) -> None:
    response = client(asyncflow).post("/text_to_speech", json=body)
    assert_error(response, 400, "INVALID_REQUEST")
    assert response.json()["detail"]["extra"]["field"] == field


def test_unknown_voice_in_tts(asyncflow: ReferenceServer) -> None:
    body = tts_body()
    body["voice"]["id"] = "no-such-voice"
    assert_error(client(asyncflow).post("/text_to_speech", json=body), 400, "VOICE_NOT_FOUND")


# ---------------------------------------------------------------------------- voices
def test_clone_get_update_preview_delete(asyncflow: ReferenceServer) -> None:
    http = client(asyncflow)
    form = {"name": "Narrator", "description": "Warm", "language": "en", "gender": "Female", "enhance": "true"}
    cloned = http.post("/voices/clone", data=form, files={"audio": ("n.wav", wav_sample(4), "audio/wav")})
    assert cloned.status_code == 200
    assert SPEC.check_named("ClonedVoice", cloned.json()) == []
    voice_id = cloned.json()["id"]
    voice = http.get(f"/voices/{voice_id}").json()
    assert SPEC.check_named("Voice", voice) == []
    assert voice["voice_type"] == "CUSTOM" and voice["name"] == "Narrator"

    assert http.put(f"/voices/{voice_id}", json={"name": "Narrator 2", "style": "Calm"}).status_code == 204
    assert http.get(f"/voices/{voice_id}").json()["name"] == "Narrator 2"
    assert_error(http.put(f"/voices/{AVA}", json={"name": "Mine now"}), 400, "VOICE_FIELD_UPDATE_NOT_ALLOWED")
    assert_error(http.put(f"/voices/{voice_id}", json={"name": ""}), 400, "INVALID_REQUEST")

    preview = http.get(f"/voices/preview/{voice_id}").json()
    assert SPEC.check_named("VoicePreview", preview) == []
    fetched = httpx.get(preview["signed_url"])
    assert fetched.status_code == 200
    with wave.open(io.BytesIO(fetched.content)) as clip:
        assert clip.getnframes() > 0
    assert httpx.get(preview["signed_url"].replace("signature=", "signature=0")).status_code == 403

    assert http.delete(f"/voices/{voice_id}").status_code == 204
    assert_error(http.get(f"/voices/{voice_id}"), 404, "VOICE_NOT_FOUND")
    assert_error(http.delete(f"/voices/{voice_id}"), 404, "VOICE_NOT_FOUND")
    assert_error(http.delete(f"/voices/{AVA}"), 404, "VOICE_NOT_FOUND")  # library voices are not deletable
    assert_error(http.get(f"/voices/preview/{voice_id}"), 404, "VOICE_NOT_FOUND")


@pytest.mark.parametrize(
    ("sample", "form", "status", "code"),
    [
        (wav_sample(1), {"name": "x"}, 400, "SHORT_SPEECH_DURATION"),
        (b"plain text, not audio", {"name": "x"}, 400, "FORMAT_NOT_RECOGNIZED"),
        (audio.wav_bytes(b"\x00\x00" * 80000, 16000), {"name": "x"}, 400, "BAD_SPEECH_QUALITY"),
        (wav_sample(4), {"name": "x", "language": "xx"}, 400, "INVALID_LANGUAGE"),
        (wav_sample(4), {}, 400, "INVALID_REQUEST"),
        (wav_sample(4), {"name": "x", "gender": "robot"}, 400, "INVALID_REQUEST"),
    ],
)
def test_clone_refusals(
    asyncflow: ReferenceServer, sample: bytes, form: dict[str, str], status: int, code: str
) -> None:
    response = client(asyncflow).post("/voices/clone", data=form, files={"audio": ("s.wav", sample, "audio/wav")})
    assert_error(response, status, code)


def test_clone_size_and_quota_limits() -> None:
    with ReferenceServer("asyncflow", api_key=ASYNCFLOW_KEY, max_upload_bytes=100_000, clone_limit=1) as server:
        http = client(server)
        big = http.post("/voices/clone", data={"name": "x"}, files={"audio": ("b.wav", wav_sample(5), "audio/wav")})
        assert_error(big, 413, "FILE_TOO_LARGE")
        small = {"audio": ("s.wav", wav_sample(3.2, 8000), "audio/wav")}
        assert http.post("/voices/clone", data={"name": "one"}, files=small).status_code == 200
        quota = http.post("/voices/clone", data={"name": "two"}, files=small)
        assert_error(quota, 429, "VOICE_CLONE_LIMIT_EXCEEDED")
        assert quota.json()["detail"]["extra"] == {"limit": 1}


def test_list_voices_cursor_pagination_and_filters() -> None:
    with ReferenceServer("asyncflow", api_key=ASYNCFLOW_KEY) as server:
        http = client(server)
        for name in ("c1", "c2"):
            http.post("/voices/clone", data={"name": name}, files={"audio": ("s.wav", wav_sample(3.5), "audio/wav")})
        seen: list[str] = []
        cursor = None
        while True:
            page = http.post("/voices", json={"limit": 2, **({"after": cursor} if cursor else {})}).json()
            assert SPEC.check_named("ListVoicesResponse", page) == []
            seen += [voice["voice_id"] for voice in page["voices"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert len(seen) == len(set(seen)) == 7  # 5 library voices + 2 clones, each exactly once
        mine = http.post("/voices", json={"my_voice": True}).json()["voices"]
        assert [voice["name"] for voice in mine] == ["c1", "c2"]
        females = http.post("/voices", json={"gender": "Female", "language": "en"}).json()["voices"]
        assert {voice["name"] for voice in females} == {"Ava"}
        assert http.post("/voices", json={"after": "unknown"}).json() == {"voices": [], "next_cursor": None}
        assert_error(http.post("/voices", json={"limit": 0}), 400, "INVALID_REQUEST")


# ---------------------------------------------------------------------------- WebSocket
def ws_url(server: ReferenceServer, query: str = f"api_key={ASYNCFLOW_KEY}&version=v1") -> str:
    return f"{server.ws_url}/text_to_speech/websocket/ws?{query}"


async def drain(ws: Any) -> list[dict[str, Any]]:
    """Every message until the server closes the socket."""
    messages = []
    try:
        while True:
            messages.append(json.loads(await asyncio.wait_for(ws.recv(), 5)))
    except websockets.ConnectionClosedOK:
        return messages


INIT = {
    "model_id": "async_flash_v1.0",
    "voice": {"mode": "id", "id": AVA},
    "output_format": {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 16000},
}


def test_websocket_documented_flow(asyncflow: ReferenceServer) -> None:
    async def scenario() -> list[dict[str, Any]]:
        async with websockets.connect(ws_url(asyncflow)) as ws:
            await ws.send(json.dumps(INIT))
            await ws.send(json.dumps({"transcript": "Welcome to Async. "}))
            await ws.send(json.dumps({"transcript": "This part waits ", "force": False}))
            await ws.send(json.dumps({"text": ""}))
            return await drain(ws)

    messages = asyncio.run(scenario())
    assert messages[-1] == {"audio": "", "final": True}
    audio_messages = messages[:-1]
    assert all(SPEC.check_named("WsAudio", m) == [] for m in audio_messages)
    pcm = b"".join(base64.b64decode(m["audio"]) for m in audio_messages)
    expected = audio.synthesize(
        "Welcome to Async. This part waits ", sample_rate=16000, encoding="pcm_s16le", voice=AVA
    )
    assert pcm == expected


def test_websocket_headers_and_transcript_close_variant(asyncflow: ReferenceServer) -> None:
    async def scenario() -> list[dict[str, Any]]:
        headers = {"api_key": ASYNCFLOW_KEY, "version": "v1"}
        async with websockets.connect(ws_url(asyncflow, ""), additional_headers=headers) as ws:
            await ws.send(json.dumps({**INIT, "output_format": {"container": "wav", "sample_rate": 8000}}))
            await ws.send(json.dumps({"transcript": "short", "force": True}))
            await ws.send(json.dumps({"transcript": ""}))
            return await drain(ws)

    messages = asyncio.run(scenario())
    assert messages[-1]["final"] is True
    with wave.open(io.BytesIO(base64.b64decode(messages[0]["audio"]))) as clip:  # each wav message is a file
        assert clip.getframerate() == 8000


def test_websocket_messages_pipecat_sends(asyncflow: ReferenceServer) -> None:
    """pipecat 1.14 AsyncAITTSService: query auth, language in init, context_id, keep-alive, flush, close, terminate."""

    async def scenario() -> list[dict[str, Any]]:
        url = f"{asyncflow.ws_url}/text_to_speech/websocket/ws?api_key={ASYNCFLOW_KEY}&version=v1"
        async with websockets.connect(url) as ws:
            await ws.send(
                json.dumps(
                    {
                        "model_id": "async_flash_v1.5",
                        "voice": {"mode": "id", "id": AVA},
                        "output_format": {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 24000},
                        "language": "en",
                    }
                )
            )
            await ws.send(json.dumps({"transcript": " "}))  # keep-alive without a context
            await ws.send(json.dumps({"transcript": "Hello from pipecat.", "context_id": "ctx-1", "force": True}))
            await ws.send(json.dumps({"transcript": " ", "context_id": "ctx-1"}))  # keep-alive with a context
            await ws.send(json.dumps({"transcript": "More text", "context_id": "ctx-1", "force": False}))
            await ws.send(json.dumps({"transcript": " ", "context_id": "ctx-1", "force": True}))  # flush
            await ws.send(json.dumps({"context_id": "ctx-1", "close_context": True, "transcript": ""}))
            await ws.send(json.dumps({"transcript": "Second turn", "context_id": "ctx-2", "force": True}))
            received = []
            while True:
                message = json.loads(await asyncio.wait_for(ws.recv(), 5))
                received.append(message)
                if message.get("final") and message.get("context_id") == "ctx-1":
                    break
            # ctx-2's audio comes after ctx-1's final; then pipecat terminates and closes.
            for _ in range(2):
                received.append(json.loads(await asyncio.wait_for(ws.recv(), 5)))
            await ws.send(json.dumps({"terminate": True}))
            await asyncio.wait_for(ws.wait_closed(), 5)
            assert ws.close_code == 1000
            return received

    received = asyncio.run(scenario())
    assert not [m for m in received if "error_code" in m]
    final_index = next(i for i, m in enumerate(received) if m.get("final"))
    assert received[final_index] == {"audio": "", "final": True, "context_id": "ctx-1"}
    assert all(m["context_id"] == "ctx-1" for m in received[:final_index])
    assert all(m["context_id"] == "ctx-2" for m in received[final_index + 1 :])
    pcm = b"".join(base64.b64decode(m["audio"]) for m in received[:final_index])
    assert pcm == audio.synthesize("Hello from pipecat. More text ", sample_rate=24000, encoding="pcm_s16le", voice=AVA)
    for message in received:
        schema = "WsFinal" if message.get("final") else "WsAudio"
        assert SPEC.check_named(schema, message) == []


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        (b"\x00\x01", "INVALID_REQUEST"),
        ("not json", "INVALID_REQUEST"),
        (json.dumps({"hello": 1}), "INVALID_REQUEST"),
        (json.dumps({"transcript": 5}), "INVALID_REQUEST"),
        (json.dumps({"model_id": "m", "voice": {"mode": "id", "id": "nope"}}), "VOICE_NOT_FOUND"),
        (json.dumps({"model_id": "m"}), "INVALID_REQUEST"),
        (json.dumps({"transcript": "too early"}), "NOT_INITIALIZED"),
        (json.dumps({"terminate": "yes"}), "INVALID_REQUEST"),
    ],
)
def test_websocket_invalid_messages_get_an_error_and_the_socket_stays(
    asyncflow: ReferenceServer, frame: str | bytes, code: str
) -> None:
    async def scenario() -> None:
        async with websockets.connect(ws_url(asyncflow)) as ws:
            await ws.send(frame)
            error = json.loads(await asyncio.wait_for(ws.recv(), 5))
            assert SPEC.check_named("WsError", error) == [] and error["error_code"] == code
            await ws.send(json.dumps(INIT))  # still usable afterwards
            await ws.send(json.dumps({"transcript": "ok", "force": True}))
            assert "audio" in json.loads(await asyncio.wait_for(ws.recv(), 5))

    asyncio.run(scenario())


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("version=v1", "INVALID_API_KEY"),
        ("api_key=wrong&version=v1", "INVALID_API_KEY"),
        (f"api_key={ASYNCFLOW_KEY}", "VERSION_NOT_FOUND"),
        (f"api_key={ASYNCFLOW_KEY}&version=v9", "VERSION_NOT_FOUND"),
    ],
)
def test_websocket_bad_credentials_get_an_error_then_1008(asyncflow: ReferenceServer, query: str, code: str) -> None:
    async def scenario() -> None:
        async with websockets.connect(ws_url(asyncflow, query)) as ws:
            error = json.loads(await asyncio.wait_for(ws.recv(), 5))
            assert error["error_code"] == code and ASYNCFLOW_KEY not in json.dumps(error)
            await asyncio.wait_for(ws.wait_closed(), 5)
            assert ws.close_code == 1008

    asyncio.run(scenario())
