"""AsyncFlow helpers against a real server on 127.0.0.1: byte streams and the TTS WebSocket, sync and async.

The AsyncFlow reference server is not in conformance/servers yet, so a small Starlette app here
plays the API as specs/asyncflow/openapi.yaml and asyncapi.yaml describe it (served by
`ReferenceServer(app)`: uvicorn in a thread, port 0).
"""

from __future__ import annotations

import asyncio
import base64
import logging
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from asyncflow_client._core.websocket import ConnectionClosedError
from asyncflow_client.auth import create_client
from asyncflow_client.exceptions import AuthenticationError, NotFoundError, StreamError, TruncatedStreamError
from asyncflow_client.realtime import AsyncTtsWebSocket, TtsStreamError, TtsWebSocket
from asyncflow_client.streaming import (
    async_collect_audio,
    async_text_to_speech_stream,
    collect_audio,
    text_to_speech_stream,
)
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from conformance.servers import ReferenceServer

pytestmark = pytest.mark.e2e

KEY = "sk_e2e_asyncflow_secret_5678"
VOICE = "e0f39dc4-f691-4e78-bba5-5c636692cc04"


def pcm_for(text: str) -> bytes:
    """The fake synthesis: one 16-bit sample per UTF-8 byte of the text."""
    return b"".join(bytes((c, 0)) for c in text.encode())


def error(code: str, message: str) -> dict[str, Any]:
    return {"error_code": code, "message": message}


class Recorder:
    def __init__(self) -> None:
        self.disconnected = threading.Event()
        self.http_headers: list[dict[str, str]] = []
        self.ws_messages: list[dict[str, Any]] = []
        self.ws_closed = threading.Event()


def make_app(rec: Recorder) -> Starlette:
    async def stream(request: Request) -> Response:
        rec.http_headers.append(dict(request.headers))
        if request.headers.get("x-api-key") != KEY:
            return JSONResponse({"detail": error("INVALID_API_KEY", "Invalid API key.")}, status_code=401)
        if request.headers.get("version") != "v1":
            return JSONResponse({"detail": error("VERSION_NOT_FOUND", "API version not found.")}, status_code=404)
        body = await request.json()
        transcript = body["transcript"]
        assert body["output_format"]["encoding"] == "pcm_s16le"

        async def endless() -> AsyncIterator[bytes]:
            try:
                while True:
                    yield b"\x00\x01" * 512
                    await asyncio.sleep(0.001)
            finally:
                rec.disconnected.set()

        async def breaks() -> AsyncIterator[bytes]:
            yield pcm_for("partial")
            await asyncio.sleep(0.05)
            raise RuntimeError("the synthesiser died")

        async def audio() -> AsyncIterator[bytes]:
            pcm = pcm_for(transcript)
            for i in range(0, len(pcm), 7):  # odd-sized writes: samples split across chunks
                yield pcm[i : i + 7]
                await asyncio.sleep(0)

        if transcript == "endless":
            return StreamingResponse(endless(), media_type="application/octet-stream")
        if transcript == "break":
            return StreamingResponse(
                breaks(), media_type="application/octet-stream", headers={"content-length": "4096"}
            )
        return StreamingResponse(audio(), media_type="application/octet-stream")

    async def tts_socket(websocket: WebSocket) -> None:
        key = websocket.query_params.get("api_key") or websocket.headers.get("api_key")
        version = websocket.query_params.get("version") or websocket.headers.get("version")
        if key != KEY or version != "v1":
            await websocket.send_denial_response(
                JSONResponse(error("INVALID_API_KEY", "Invalid API key."), status_code=401)
            )
            return
        await websocket.accept()
        try:
            init = await websocket.receive_json()
            rec.ws_messages.append(init)
            voice = init["voice"]["id"]
            if voice == "missing-voice":
                await websocket.send_json(error("VOICE_NOT_FOUND", "Voice not found."))
                await websocket.close()
                return
            buffer = ""
            while True:
                message = await websocket.receive_json()
                rec.ws_messages.append(message)
                if message.get("text") == "":
                    if buffer:
                        await websocket.send_json({"audio": base64.b64encode(pcm_for(buffer)).decode(), "final": False})
                    await websocket.send_json({"audio": "", "final": True})
                    buffer = ""
                    continue
                buffer += message.get("transcript", "")
                if voice == "dropping-voice":
                    await websocket.send_json({"audio": base64.b64encode(pcm_for(buffer)).decode(), "final": False})
                    await websocket.close(code=1011)
                    return
                if message.get("force") and buffer.strip():
                    await websocket.send_json({"audio": base64.b64encode(pcm_for(buffer)).decode(), "final": False})
                    buffer = ""
        except WebSocketDisconnect:
            pass
        finally:
            rec.ws_closed.set()

    return Starlette(
        routes=[
            Route("/text_to_speech/streaming", stream, methods=["POST"]),
            WebSocketRoute("/text_to_speech/websocket/ws", tts_socket),
        ]
    )


@pytest.fixture
def rec() -> Recorder:
    return Recorder()


@pytest.fixture
def server(rec: Recorder) -> Iterator[ReferenceServer]:
    with ReferenceServer(make_app(rec)) as srv:
        yield srv


# --- HTTP byte stream -------------------------------------------------------------------------------


def test_stream_yields_whole_samples_sync_and_async(server: ReferenceServer, rec: Recorder) -> None:
    client = create_client(KEY, base_url=server.base_url)
    text = "Welcome to Async, where imagination meets intelligent speech synthesis. " * 20
    with text_to_speech_stream(client, text, voice_id=VOICE) as stream:
        chunks = list(stream)
    assert b"".join(chunks) == pcm_for(text)
    assert all(len(chunk) % 2 == 0 for chunk in chunks)
    assert rec.http_headers[0]["version"] == "v1"

    async def main() -> list[bytes]:
        async with async_text_to_speech_stream(client, text, voice_id=VOICE) as astream:
            return [chunk async for chunk in astream]

    achunks = asyncio.run(main())
    assert b"".join(achunks) == pcm_for(text)
    assert all(len(chunk) % 2 == 0 for chunk in achunks)


def test_breaking_out_of_the_stream_closes_the_connection(server: ReferenceServer, rec: Recorder) -> None:
    client = create_client(KEY, base_url=server.base_url)
    for chunk in text_to_speech_stream(client, "endless", voice_id=VOICE):
        assert chunk
        break
    assert rec.disconnected.wait(5), "the server never saw the client go away"


def test_breaking_out_of_the_async_stream_closes_the_connection(server: ReferenceServer, rec: Recorder) -> None:
    client = create_client(KEY, base_url=server.base_url)

    async def main() -> None:
        async with async_text_to_speech_stream(client, "endless", voice_id=VOICE) as stream:
            async for _ in stream:
                break

    asyncio.run(main())
    assert rec.disconnected.wait(5), "the server never saw the client go away"


def test_a_broken_stream_keeps_the_audio_received_so_far(server: ReferenceServer) -> None:
    client = create_client(KEY, base_url=server.base_url)
    with pytest.raises(TruncatedStreamError) as info:
        collect_audio(text_to_speech_stream(client, "break", voice_id=VOICE))
    assert info.value.audio == pcm_for("partial")

    async def main() -> None:
        with pytest.raises(TruncatedStreamError) as ainfo:
            await async_collect_audio(async_text_to_speech_stream(client, "break", voice_id=VOICE))
        assert ainfo.value.audio == pcm_for("partial")

    asyncio.run(main())


def test_stream_errors_are_typed_and_keep_the_key_out(server: ReferenceServer) -> None:
    with pytest.raises(AuthenticationError, match="INVALID_API_KEY") as info:
        collect_audio(
            text_to_speech_stream(create_client("sk_wrong_key", base_url=server.base_url), "Hi", voice_id=VOICE)
        )
    assert "sk_wrong_key" not in str(info.value)


# --- TTS WebSocket ------------------------------------------------------------------------------------


def test_ws_session_init_text_force_flush_and_final(server: ReferenceServer, rec: Recorder) -> None:
    client = create_client(KEY, base_url=server.base_url)
    with TtsWebSocket(client, voice_id=VOICE, sample_rate=24000, language="en") as tts:
        tts.send_text("Hello there.")
        tts.send_text("How are you?", force=True)
        first = tts.recv(timeout=5)
        tts.send_text("Bye")
        tts.flush()
        tts.end_input()
        rest = list(tts)
    assert first.audio == pcm_for("Hello there. How are you? ")
    assert [c.audio for c in rest] == [pcm_for("Bye  "), b""]
    assert [c.final for c in rest] == [False, True]
    assert rec.ws_messages == [
        {
            "model_id": "async_flash_v1.0",
            "voice": {"mode": "id", "id": VOICE},
            "output_format": {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 24000},
            "language": "en",
        },
        {"transcript": "Hello there. "},
        {"transcript": "How are you? ", "force": True},
        {"transcript": "Bye "},
        {"transcript": " ", "force": True},
        {"text": ""},
    ]
    assert rec.ws_closed.wait(5)


def test_async_ws_session_speak(server: ReferenceServer, rec: Recorder) -> None:
    client = create_client(KEY, base_url=server.base_url)

    async def main() -> list[bytes]:
        async with AsyncTtsWebSocket(client, voice_id=VOICE) as tts:
            await tts.keep_alive()
            return [chunk.audio async for chunk in await tts.speak("Hello world")]

    assert asyncio.run(main()) == [pcm_for(" Hello world "), b""]
    assert rec.ws_messages[1:] == [{"transcript": " "}, {"transcript": "Hello world "}, {"text": ""}]


def test_ws_headers_credentials(server: ReferenceServer) -> None:
    client = create_client(KEY, base_url=server.base_url)
    with TtsWebSocket(client, voice_id=VOICE, credentials="headers") as tts:
        assert b"".join(c.audio for c in tts.speak("Hi")) == pcm_for("Hi ")


def test_ws_error_message_is_a_typed_stream_error_sync_and_async(server: ReferenceServer) -> None:
    client = create_client(KEY, base_url=server.base_url)
    with TtsWebSocket(client, voice_id="missing-voice") as tts, pytest.raises(TtsStreamError) as info:
        list(tts.speak("Hi"))
    assert info.value.code == "VOICE_NOT_FOUND"
    assert "Voice not found." in str(info.value)

    async def main() -> None:
        async with AsyncTtsWebSocket(client, voice_id="missing-voice") as tts:
            with pytest.raises(StreamError, match="VOICE_NOT_FOUND"):
                async for _ in await tts.speak("Hi"):
                    pass

    asyncio.run(main())


def test_ws_closed_before_final_is_truncation(server: ReferenceServer) -> None:
    client = create_client(KEY, base_url=server.base_url)
    with TtsWebSocket(client, voice_id="dropping-voice") as tts:
        tts.send_text("Hi")
        chunks = []
        with pytest.raises(ConnectionClosedError, match="closed the connection") as info:
            for chunk in tts:
                chunks.append(chunk)  # noqa: PERF402 - the chunks before the error are the point
        assert not info.value.clean  # 1011, not a normal close
        with pytest.raises(TruncatedStreamError):
            tts.end_input()  # sending on the closed socket is the same typed error
    assert [c.audio for c in chunks] == [pcm_for("Hi ")]


def test_ws_handshake_refusal_is_typed_and_secret_free(server: ReferenceServer) -> None:
    bad = "sk_refused_key_0000"
    client = create_client(bad, base_url=server.base_url)
    with pytest.raises(AuthenticationError) as info:
        TtsWebSocket(client, voice_id=VOICE).connect()
    assert info.value.body == error("INVALID_API_KEY", "Invalid API key.")
    assert bad not in str(info.value) and bad not in repr(info.value)

    async def main() -> None:
        with pytest.raises(AuthenticationError):
            await AsyncTtsWebSocket(client, voice_id=VOICE).connect()

    asyncio.run(main())


def test_debug_logs_of_the_handshake_do_not_contain_the_key(
    server: ReferenceServer, caplog: pytest.LogCaptureFixture
) -> None:
    client = create_client(KEY, base_url=server.base_url)
    with caplog.at_level(logging.DEBUG):
        with TtsWebSocket(client, voice_id=VOICE) as tts:
            list(tts.speak("Hi"))
        with TtsWebSocket(client, voice_id=VOICE, credentials="headers") as tts:
            list(tts.speak("Hi"))
    assert "GET /text_to_speech/websocket/ws?api_key=[REDACTED]" in caplog.text
    assert "api_key: [REDACTED]" in caplog.text
    assert KEY not in caplog.text


def test_version_header_is_required_by_the_fixture(server: ReferenceServer) -> None:
    """Sanity check of the fixture itself: without `version` the server answers 404 VERSION_NOT_FOUND."""
    import httpx

    response = httpx.post(
        f"{server.base_url}/text_to_speech/streaming", headers={"x-api-key": KEY}, json={"transcript": "x"}
    )
    assert response.status_code == 404
    with pytest.raises(NotFoundError):
        from asyncflow_client._core.errors import raise_for_status

        raise_for_status(response)
