"""AsyncFlow streaming TTS over a WebSocket (`/text_to_speech/websocket/ws`).

    from asyncflow_client.realtime import TtsWebSocket

    with TtsWebSocket(client, voice_id="e0f39dc4-...", sample_rate=24000) as tts:
        tts.send_text("Hello there.")          # chunks as the text arrives (an LLM, a transcript)
        tts.send_text("How are you?", force=True)
        tts.end_input()                        # {"text": ""}: no more text
        for chunk in tts:                      # audio until the message with `final: true`
            play(chunk.audio)

    # or, for one complete text:
    with TtsWebSocket(client, voice_id="...") as tts:
        audio = b"".join(chunk.audio for chunk in tts.speak("Hello there."))

Session (specs/asyncflow/asyncapi.yaml): connect with `api_key` and `version=v1` (query string,
as pipecat sends them; `credentials="headers"` sends them as handshake headers instead, as in the
docs' example), then the init message (`WsInit`: model, voice, output format) which this class
sends on connect. Text chunks are `{"transcript": ..., "force": ...}` and always end with a single
space; `flush()` asks the server to synthesise what it has buffered, `keep_alive()` is the
`{"transcript": " "}` pipecat sends every 10 s while idle, and `end_input()` sends the documented
`{"text": ""}`. The server answers with `{"audio": <base64>, "final": false}` chunks and a last
`{"audio": "", "final": true}`. An error message (`{"error_code", "message"}`) is raised as
`TtsStreamError`, a `StreamError` that carries the code and the typed `WsError`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any, Literal, Self

import attrs

from ._core.audio import loads_with_audio
from ._core.auth import client_handshake
from ._core.client import websocket_url
from ._core.errors import ProtocolError, StreamError, error_message, preview
from ._core.websocket import AsyncWebSocketSession, WebSocketSession
from .auth import API_VERSION
from .client import AuthenticatedClient, Client
from .models.ws_error import WsError
from .models.ws_init import WsInit
from .streaming import DEFAULT_MODEL

__all__ = [
    "WS_PATH",
    "AsyncTtsWebSocket",
    "TtsChunk",
    "TtsStreamError",
    "TtsWebSocket",
]

WS_PATH = "/text_to_speech/websocket/ws"
_CHANNEL = WS_PATH
Credentials = Literal["query", "headers"]


@attrs.frozen(slots=True)
class TtsChunk:
    """One server message: decoded audio (in the init's output format), and `final` on the last one."""

    audio: bytes
    final: bool
    context_id: str | None = None


class TtsStreamError(StreamError):
    """The server sent an error message. `code` is its `error_code`, `error` the typed `WsError`."""

    def __init__(self, message: str, *, payload: dict[str, Any], error: WsError | None) -> None:
        super().__init__(message, payload=payload)
        self.error = error
        code = payload.get("error_code")
        self.code: str | None = str(code) if code is not None else None


def _error(message: dict[str, Any], frame: str | bytes) -> TtsStreamError:
    try:
        typed: WsError | None = WsError.from_dict(message)
    except (KeyError, TypeError, ValueError):
        typed = None
    what = error_message(message) or preview(frame)
    return TtsStreamError(f"{_CHANNEL}: the server reported an error: {what}", payload=message, error=typed)


def _decode(frame: str | bytes) -> TtsChunk:
    if isinstance(frame, bytes):
        raise ProtocolError(f"{_CHANNEL}: expected a JSON text frame, got a binary frame of {len(frame)} bytes")
    try:
        # The shared JSON + base64 fast path: the audio is cut out of the frame and decoded once.
        message, audio = loads_with_audio(frame, ("audio",))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"{_CHANNEL}: expected a JSON text frame, got {preview(frame)} ({exc})") from None
    if not isinstance(message, dict):
        raise ProtocolError(f"{_CHANNEL}: expected a JSON object, got {preview(frame)}")
    if "error_code" in message or "detail" in message or ("message" in message and "audio" not in message):
        raise _error(message, frame)
    final = message.get("final", False)
    if not isinstance(final, bool) or "audio" not in message or (audio is None and message["audio"] is not None):
        raise ProtocolError(f"{_CHANNEL}: expected {{audio: base64 string, final: bool}}, got {preview(frame)}")
    context = message.get("context_id")
    return TtsChunk(audio=audio or b"", final=final, context_id=context if isinstance(context, str) else None)


def _is_final(chunk: TtsChunk) -> bool:
    return chunk.final


def _init_message(
    init: WsInit | None,
    voice_id: str | None,
    model_id: str,
    container: str,
    encoding: str,
    sample_rate: int,
    bit_rate: int | None,
    language: str | None,
) -> WsInit:
    if init is not None:
        return init
    if not voice_id:
        raise ValueError("voice_id: required unless a WsInit is passed as `init`")
    output = {"container": container, "encoding": encoding, "sample_rate": sample_rate, "bit_rate": bit_rate}
    body: dict[str, Any] = {
        "model_id": model_id,
        "voice": {"mode": "id", "id": voice_id},
        "output_format": {k: v for k, v in output.items() if v is not None},
    }
    if language is not None:
        body["language"] = language
    return WsInit.from_dict(body)


def _target(client: Client | AuthenticatedClient, path: str, credentials: Credentials) -> tuple[str, dict[str, str]]:
    """The URL and handshake headers: `api_key` and `version` in the query (or as headers)."""
    base_url, client_headers = client_handshake(client)
    key = next((v for k, v in client_headers.items() if k.lower() in ("x-api-key", "api_key")), None)
    headers = {k: v for k, v in client_headers.items() if k.lower() not in ("x-api-key", "api_key", "version")}
    if credentials == "headers":
        if key is not None:
            headers["api_key"] = key
        headers["version"] = API_VERSION
        return websocket_url(base_url, path), headers
    if credentials != "query":
        raise ValueError(f"credentials: expected 'query' or 'headers', got {credentials!r}")
    return websocket_url(base_url, path, {"api_key": key, "version": API_VERSION}), headers


def _text(transcript: str, force: bool, context_id: str | None) -> dict[str, Any]:
    # "Each chunk always ends with a single space."
    message: dict[str, Any] = {"transcript": transcript.rstrip(" ") + " "}
    if force:
        message["force"] = True
    if context_id is not None:
        message["context_id"] = context_id
    return message


def _flush(context_id: str | None) -> dict[str, Any]:
    return _text(" ", True, context_id)


_KEEP_ALIVE = {"transcript": " "}
_END_INPUT = {"text": ""}


class TtsWebSocket(WebSocketSession[TtsChunk]):
    """A TTS session over one WebSocket; the init message is sent on connect.

    Keywords describe the init: `voice_id` (required unless `init=WsInit(...)` is given),
    `model_id`, `container`/`encoding`/`sample_rate`/`bit_rate` (the output format; raw 16-bit PCM
    at 44.1 kHz by default, the server's own default) and `language`.
    """

    def __init__(
        self,
        client: Client | AuthenticatedClient,
        *,
        voice_id: str | None = None,
        model_id: str = DEFAULT_MODEL,
        container: str = "raw",
        encoding: str = "pcm_s16le",
        sample_rate: int = 44100,
        bit_rate: int | None = None,
        language: str | None = None,
        init: WsInit | None = None,
        credentials: Credentials = "query",
        path: str = WS_PATH,
    ) -> None:
        self.init = _init_message(init, voice_id, model_id, container, encoding, sample_rate, bit_rate, language)
        url, headers = _target(client, path, credentials)
        super().__init__(url, decode=_decode, is_final=_is_final, headers=headers, channel=_CHANNEL)

    def connect(self) -> Self:
        if self._connection is None:
            super().connect()
            try:
                self.send(self.init)
            except BaseException:
                self.close()
                raise
        return self

    def __enter__(self) -> Self:
        return self.connect()

    def send_text(self, text: str, *, force: bool = False, context_id: str | None = None) -> None:
        """Send a chunk of text (a trailing space is ensured); `force` synthesises it right away."""
        self.send(_text(text, force, context_id))

    def flush(self, *, context_id: str | None = None) -> None:
        """Make the server synthesise what it has buffered, even if it is short."""
        self.send(_flush(context_id))

    def keep_alive(self) -> None:
        """The idle keep-alive pipecat sends every 10 s (the server's idle timeout is undocumented)."""
        self.send(_KEEP_ALIVE)

    def end_input(self) -> None:
        """No more text (`{"text": ""}`): the server finishes and sends the `final` message."""
        self.send(_END_INPUT)

    def close_context(self, context_id: str) -> None:
        """End one context (pipecat 1.14's multi-context extension; not in the official docs)."""
        self.send({"context_id": context_id, "close_context": True, "transcript": ""})

    def terminate(self) -> None:
        """End every context before closing (pipecat 1.14's extension; not in the official docs)."""
        self.send({"terminate": True})

    def speak(self, text: str) -> Iterator[TtsChunk]:
        """Send the whole text, end the input, and iterate the audio until the `final` message."""
        self.send_text(text)
        self.end_input()
        return iter(self)


class AsyncTtsWebSocket(AsyncWebSocketSession[TtsChunk]):
    """Async twin of `TtsWebSocket`, with the same methods."""

    def __init__(
        self,
        client: Client | AuthenticatedClient,
        *,
        voice_id: str | None = None,
        model_id: str = DEFAULT_MODEL,
        container: str = "raw",
        encoding: str = "pcm_s16le",
        sample_rate: int = 44100,
        bit_rate: int | None = None,
        language: str | None = None,
        init: WsInit | None = None,
        credentials: Credentials = "query",
        path: str = WS_PATH,
    ) -> None:
        self.init = _init_message(init, voice_id, model_id, container, encoding, sample_rate, bit_rate, language)
        url, headers = _target(client, path, credentials)
        super().__init__(url, decode=_decode, is_final=_is_final, headers=headers, channel=_CHANNEL)

    async def connect(self) -> Self:
        if self._connection is None:
            await super().connect()
            try:
                await self.send(self.init)
            except BaseException:
                await self.close()
                raise
        return self

    async def __aenter__(self) -> Self:
        return await self.connect()

    async def send_text(self, text: str, *, force: bool = False, context_id: str | None = None) -> None:
        await self.send(_text(text, force, context_id))

    async def flush(self, *, context_id: str | None = None) -> None:
        await self.send(_flush(context_id))

    async def keep_alive(self) -> None:
        await self.send(_KEEP_ALIVE)

    async def end_input(self) -> None:
        await self.send(_END_INPUT)

    async def close_context(self, context_id: str) -> None:
        await self.send({"context_id": context_id, "close_context": True, "transcript": ""})

    async def terminate(self) -> None:
        await self.send({"terminate": True})

    async def speak(self, text: str) -> AsyncIterator[TtsChunk]:
        await self.send_text(text)
        await self.end_input()
        return self.__aiter__()
