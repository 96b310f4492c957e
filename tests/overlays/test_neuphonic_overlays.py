"""Neuphonic helpers: SSE speech, JWT auth, TTS and agent WebSockets, sync and async.

respx pins the request shapes and error mapping; the reference server on 127.0.0.1 proves the
helpers against real SSE framing and real WebSocket frames.
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
import time
import wave
from collections.abc import Iterator

import httpx
import pytest
import respx
from neuphonic_client.api.agents import create_agent
from neuphonic_client.api.voices import list_voices
from neuphonic_client.auth import ApiKeyAuth, JwtAuth, create_client
from neuphonic_client.exceptions import AuthenticationError, PermissionDeniedError, ProtocolError, StreamError
from neuphonic_client.models.agent_create import AgentCreate
from neuphonic_client.models.agent_llm_response import AgentLlmResponse
from neuphonic_client.realtime import AgentWebSocket, AsyncTtsWebSocket, TtsWebSocket
from neuphonic_client.streaming import SpeechChunk, async_sse_speak, collect_speech, sse_speak

from conformance.servers import ReferenceServer

KEY = "nk_test_secret_value"
BASE = "https://api.neuphonic.test"


def sse(*events: tuple[str, object]) -> bytes:
    return b"".join(f"event: {name}\ndata: {json.dumps(data)}\n\n".encode() for name, data in events)


def audio_event(pcm: bytes, text: str) -> tuple[str, object]:
    return "message", {"status_code": 200, "data": {"audio": base64.b64encode(pcm).decode(), "text": text, "sampling_rate": 22050}}


# --- respx: request shapes and error mapping ---------------------------------------------------


@respx.mock
def test_sse_speak_posts_the_request_the_spec_describes_and_decodes_audio() -> None:
    route = respx.post(f"{BASE}/sse/speak/de").mock(
        return_value=httpx.Response(
            200,
            headers={"content-type": "text/event-stream"},
            content=sse(audio_event(b"\x01\x00\x02\x00", "Hallo"), ("message", {"status_code": 200, "data": None})),
        )
    )
    client = create_client(KEY, base_url=BASE)
    with sse_speak(client, "Hallo Welt", lang_code="de", voice_id="v1", speed=1.2) as stream:
        chunks = list(stream)
    assert chunks == [SpeechChunk(audio=b"\x01\x00\x02\x00", text="Hallo", sampling_rate=22050)]
    request = route.calls[0].request
    assert request.headers["X-API-KEY"] == KEY
    assert request.headers["Accept"] == "text/event-stream"
    assert json.loads(request.content) == {"text": "Hallo Welt", "voice_id": "v1", "speed": 1.2}


@respx.mock
def test_an_error_event_raises_stream_error_with_the_servers_message() -> None:
    respx.post(f"{BASE}/sse/speak/en").mock(
        return_value=httpx.Response(
            200,
            headers={"content-type": "text/event-stream"},
            content=sse(audio_event(b"\x00\x00", "a"), ("error", {"status_code": 400, "data": None, "errors": ["voice not found"]})),
        )
    )
    with pytest.raises(StreamError, match="voice not found") as info:
        list(sse_speak(create_client(KEY, base_url=BASE), "a"))
    assert info.value.payload["errors"] == ["voice not found"]


@respx.mock
def test_a_non_json_event_is_a_protocol_error_naming_what_arrived() -> None:
    respx.post(f"{BASE}/sse/speak/en").mock(
        return_value=httpx.Response(200, headers={"content-type": "text/event-stream"}, content=b"data: [DONE]\n\n")
    )
    with pytest.raises(ProtocolError, match=r"data is not JSON: '\[DONE\]'"):
        list(sse_speak(create_client(KEY, base_url=BASE), "a"))


@respx.mock
def test_a_401_before_the_stream_raises_authentication_error_without_the_key() -> None:
    respx.post(f"{BASE}/sse/speak/en").mock(return_value=httpx.Response(401, json={"detail": "Not authenticated"}))
    with pytest.raises(AuthenticationError, match="Not authenticated") as info:
        list(sse_speak(create_client(KEY, base_url=BASE), "a"))
    assert KEY not in str(info.value) and KEY not in repr(info.value.__dict__)


def fake_jwt(exp: float) -> str:
    payload = base64.urlsafe_b64encode(json.dumps({"exp": exp}).encode()).decode().rstrip("=")
    return f"eyJhbGciOiJIUzI1NiJ9.{payload}.signature"


@respx.mock
def test_jwt_auth_fetches_a_token_once_and_renews_it_before_expiry() -> None:
    tokens = [fake_jwt(time.time() + 30), fake_jwt(time.time() + 3600)]
    auth_route = respx.post(f"{BASE}/sse/auth").mock(
        side_effect=[httpx.Response(200, json={"data": {"jwt_token": t}}) for t in tokens]
    )
    voices = respx.get(f"{BASE}/voices").mock(return_value=httpx.Response(200, json={"data": {"voices": []}}))
    auth = JwtAuth(KEY, refresh_margin=60)
    client = create_client(KEY, base_url=BASE, jwt=True)
    client._httpx_args["auth"] = auth
    list_voices.sync_detailed(client=client)  # first token expires within the margin ...
    list_voices.sync_detailed(client=client)  # ... so it is renewed here
    list_voices.sync_detailed(client=client)  # and reused here
    assert auth_route.call_count == 2
    assert auth_route.calls[0].request.headers["X-API-KEY"] == KEY
    assert auth_route.calls[0].request.url.params["expiration"] == "3600"
    sent = [call.request.headers["Authorization"] for call in voices.calls]
    assert sent == [f"Bearer {tokens[0]}", f"Bearer {tokens[1]}", f"Bearer {tokens[1]}"]
    assert tokens[1] not in repr(auth) and KEY not in repr(auth) and KEY not in repr(ApiKeyAuth(KEY))


# --- the reference server on 127.0.0.1 ---------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[ReferenceServer]:
    with ReferenceServer("neuphonic", api_key=KEY) as srv:
        yield srv


@pytest.mark.e2e
def test_sse_speech_end_to_end_sync_and_async(server: ReferenceServer) -> None:
    client = create_client(KEY, base_url=server.base_url)
    with sse_speak(client, "Hello there, world", sampling_rate=16000) as stream:
        chunks = list(stream)
    assert "".join(c.text for c in chunks).split() == ["Hello", "there,", "world"]
    assert all(c.sampling_rate == 16000 and len(c.audio) % 2 == 0 and c.audio for c in chunks)

    async def run() -> list[SpeechChunk]:
        async with async_sse_speak(client, "Hello there, world", sampling_rate=16000) as stream:
            return [chunk async for chunk in stream]

    assert [c.text for c in asyncio.run(run())] == [c.text for c in chunks]
    buffer = collect_speech(sse_speak(client, "Hello there, world", sampling_rate=16000))
    with wave.open(io.BytesIO(buffer.wav())) as wav:
        assert wav.getframerate() == 16000 and wav.getnframes() == sum(len(c.audio) for c in chunks) // 2


@pytest.mark.e2e
def test_jwt_auth_against_the_reference_server(server: ReferenceServer) -> None:
    client = create_client(KEY, base_url=server.base_url, jwt=True)
    assert list_voices.sync_detailed(client=client).status_code == 200
    assert [c.text for c in sse_speak(client, "hi")] == ["hi"]
    wrong = create_client("wrong-key", base_url=server.base_url, jwt=True)
    with pytest.raises((AuthenticationError, PermissionDeniedError)):
        list_voices.sync_detailed(client=wrong)


@pytest.mark.e2e
def test_tts_websocket_passages_until_stop_sync_and_async(server: ReferenceServer) -> None:
    client = create_client(KEY, base_url=server.base_url)
    with TtsWebSocket(client, sampling_rate=16000, encoding="pcm_linear") as tts:
        first = list(tts.speak("Hello world"))
        second = list(tts.speak("again"))  # the connection stays open across passages
    for passage in (first, second):
        assert passage[-1].stop and all(not c.stop for c in passage[:-1])
        assert any(c.audio for c in passage)

    async def run() -> list[bool]:
        async with AsyncTtsWebSocket(client, sampling_rate=16000) as tts:
            return [chunk.stop async for chunk in await tts.speak("Hello world")]

    assert asyncio.run(run())[-1] is True


@pytest.mark.e2e
def test_tts_websocket_handshake_refusal_is_a_typed_error(server: ReferenceServer) -> None:
    client = create_client("wrong-key", base_url=server.base_url)
    with pytest.raises((AuthenticationError, PermissionDeniedError)) as info:
        TtsWebSocket(client).connect()
    assert "wrong-key" not in str(info.value)


@pytest.mark.e2e
def test_agent_websocket_typed_messages(server: ReferenceServer) -> None:
    client = create_client(KEY, base_url=server.base_url)
    created = create_agent.sync(client=client, body=AgentCreate(name="helper"))
    agent_id = created.data.agent_id  # type: ignore[union-attr]
    with AgentWebSocket(client, agent_id=agent_id, mode="llm-tts") as agent:
        agent.send_text("What time is it?")
        kinds = []
        for _ in range(20):
            message = agent.recv(timeout=5)
            kinds.append(type(message.data))
            if isinstance(message.data, AgentLlmResponse):
                break
    assert AgentLlmResponse in kinds


@pytest.mark.e2e
def test_jwt_auth_does_not_buffer_the_speech_stream() -> None:
    """With JWT auth the first chunk must arrive while the server is still holding the stream open."""
    import threading

    from starlette.applications import Starlette
    from starlette.responses import JSONResponse, StreamingResponse
    from starlette.routing import Route

    gate = threading.Event()
    seen: list[bool] = []

    async def token(request: object) -> JSONResponse:
        return JSONResponse({"data": {"jwt_token": fake_jwt(time.time() + 3600)}})

    async def speak(request: object) -> StreamingResponse:
        async def body() -> object:
            yield sse(audio_event(b"\x00\x00", "first"))
            for _ in range(500):  # wait (bounded) for the client to say it has the first chunk
                if gate.is_set():
                    break
                await asyncio.sleep(0.01)
            seen.append(gate.is_set())
            yield sse(audio_event(b"\x00\x00", "second"))

        return StreamingResponse(body(), media_type="text/event-stream")  # type: ignore[arg-type]

    app = Starlette(routes=[Route("/sse/auth", token, methods=["POST"]), Route("/sse/speak/en", speak, methods=["POST"])])
    with ReferenceServer(app) as srv:
        client = create_client(KEY, base_url=srv.base_url, jwt=True)
        texts = []
        for chunk in sse_speak(client, "first second"):
            texts.append(chunk.text)
            gate.set()
    assert texts == ["first", "second"]
    assert seen == [True], "the client only saw the first chunk after the server had finished"


def test_local_upload_limits_match_the_spec() -> None:
    from pathlib import Path

    import yaml
    from neuphonic_client.uploads import VOICE_SAMPLE_LIMITS

    spec = yaml.safe_load((Path(__file__).resolve().parents[2] / "specs/neuphonic/openapi.yaml").read_text())
    prop = spec["components"]["schemas"]["CloneVoiceForm"]["properties"]["voice_file"]
    assert set(VOICE_SAMPLE_LIMITS.formats) == set(prop["x-audio-formats"])
    assert VOICE_SAMPLE_LIMITS.min_seconds == prop["x-audio-duration-seconds"]["min"]
    assert VOICE_SAMPLE_LIMITS.max_bytes == prop["x-max-bytes"]


@respx.mock
def test_a_stream_that_breaks_off_keeps_the_audio_received_so_far() -> None:
    from neuphonic_client.exceptions import TruncatedStreamError

    def broken_stream(request: httpx.Request) -> httpx.Response:
        class Body(httpx.SyncByteStream):
            def __iter__(self):  # type: ignore[no-untyped-def]
                yield sse(audio_event(b"\x01\x00\x02\x00", "first"))
                raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=Body())

    respx.post(f"{BASE}/sse/speak/en").mock(side_effect=broken_stream)
    with pytest.raises(TruncatedStreamError) as info:
        collect_speech(sse_speak(create_client(KEY, base_url=BASE), "first second"))
    assert info.value.audio == b"\x01\x00\x02\x00"
    assert str(info.value) == "the response stream broke off: RemoteProtocolError (after 4 bytes of audio)"
