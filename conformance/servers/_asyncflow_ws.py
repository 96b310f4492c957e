"""AsyncFlow's TTS WebSocket (`/text_to_speech/websocket/ws`), including pipecat 1.14's extensions.

Handshake: `api_key` and `version` in the query string (pipecat) or as headers (the docs' example; an
`x-api-key` header is accepted too). The socket is accepted first and a bad credential is answered with
a `WsError` (`INVALID_API_KEY` / `VERSION_NOT_FOUND`) and close code 1008, as the docs' error example
suggests.

Messages (schemas `Ws*` in openapi.yaml): `WsInit` first; `WsText` chunks are buffered per `context_id`
and synthesised when `force` is true, at a sentence end (`.!?;:` followed by whitespace), or once 250
characters are buffered; `WsCloseContext` (or an empty transcript with a `context_id`) flushes one context
and sends its `final`; `WsClose` (`{"text": ""}` or `{"transcript": ""}`) flushes everything, sends
`{"audio": "", "final": true}` and closes (1000); `WsTerminate` closes at once. Every invalid message gets
a `WsError` (`INVALID_REQUEST`, `NOT_INITIALIZED`, `VOICE_NOT_FOUND`) and the socket stays open.
"""

from __future__ import annotations

import asyncio
import base64
import re
from typing import TYPE_CHECKING, Any

from starlette.websockets import WebSocket

from . import _speech as speech
from ._common import WsSession, audio, json_object, ws_query

if TYPE_CHECKING:
    from .asyncflow import AsyncFlowServer

DEFAULT_OUTPUT = {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 44100}
_SENTENCE_END = re.compile(r"[.!?;:]\s")
_MAX_BUFFER = 250


class FlowSocket:
    def __init__(self, server: AsyncFlowServer, websocket: WebSocket) -> None:
        self.server = server
        self.websocket = websocket
        self.session = WsSession(websocket)
        self.init: dict[str, Any] | None = None
        self.output: dict[str, Any] = dict(DEFAULT_OUTPUT)
        self.buffers: dict[str | None, str] = {}
        self.sent_tag = False

    # ------------------------------------------------------------------ lifecycle
    async def run(self) -> None:
        query = ws_query(self.websocket)
        headers = self.websocket.headers
        key = _last(query, "api_key") or headers.get("api_key") or headers.get("x-api-key")
        version = _last(query, "version") or headers.get("version")
        await self.websocket.accept()
        try:
            if not self.server.key_is_valid(key):
                await self.error("INVALID_API_KEY", "Invalid API key.")
                await self.session.close(1008, "invalid api key")
                return
            if version not in self.versions():
                await self.error("VERSION_NOT_FOUND", f"API version '{(version or '')[:32]}' not found.")
                await self.session.close(1008, "version not found")
                return
            while not self.session.closed:
                message = await self.receive()
                if message is None:
                    return
                if message.get("text") is None:
                    await self.error("INVALID_REQUEST", "Binary frames are not supported: send JSON text messages.")
                    continue
                data = json_object(message["text"])
                if data is None:
                    await self.error("INVALID_REQUEST", "Every message must be a JSON object.")
                    continue
                await self.handle(data)
        finally:
            await self.session.close()

    def versions(self) -> list[str]:
        try:
            parameter = self.server.spec.pointer("#/components/parameters/Version")
            return list(parameter["schema"]["enum"])
        except (KeyError, TypeError):
            return ["v1"]

    async def receive(self) -> dict[str, Any] | None:
        return await self.session.receive(self.server.ws_idle_timeout)

    async def error(self, code: str, message: str, extra: dict[str, Any] | None = None) -> None:
        payload: dict[str, Any] = {"error_code": code, "message": message}
        if extra:
            payload["extra"] = extra
        await self.session.send_json(payload)

    async def invalid(self, schema: str, data: dict[str, Any]) -> bool:
        """Send an INVALID_REQUEST error if `data` fails `schema`; True when it did."""
        problems = self.server.spec.check_named(schema, data, ("message",))
        if not problems:
            return False
        text = "; ".join(f"{p.dotted() or 'message'}: {p.msg}" for p in problems[:3])
        await self.error(
            "INVALID_REQUEST", f"Invalid {schema} message: {text}", {"errors": [p.as_fastapi() for p in problems]}
        )
        return True

    # ------------------------------------------------------------------ dispatch
    async def handle(self, data: dict[str, Any]) -> None:
        if "terminate" in data:
            if not await self.invalid("WsTerminate", data):
                await self.session.close(1000, "terminated")
            return
        if "close_context" in data:
            if not await self.invalid("WsCloseContext", data):
                await self.finish_context(data["context_id"])
            return
        if "model_id" in data or "voice" in data:
            await self.initialize(data)
            return
        empty_text = data.get("text") == "" or data.get("transcript") == ""
        if empty_text and "context_id" in data and isinstance(data["context_id"], str):
            await self.finish_context(data["context_id"])
            return
        if empty_text:
            if not await self.invalid("WsClose", data):
                await self.finish_all()
            return
        if "transcript" in data:
            await self.text(data)
            return
        await self.error(
            "INVALID_REQUEST",
            "Unknown message: expected an init (model_id, voice), a transcript, close_context, terminate, "
            'or {"text": ""}.',
        )

    async def initialize(self, data: dict[str, Any]) -> None:
        if await self.invalid("WsInit", data):
            return
        if data["voice"]["id"] not in self.server.voices:
            await self.error("VOICE_NOT_FOUND", f"Voice '{data['voice']['id'][:64]}' not found.")
            return
        self.init = data
        self.output = {**DEFAULT_OUTPUT, **(data.get("output_format") or {})}

    async def text(self, data: dict[str, Any]) -> None:
        if await self.invalid("WsText", data):
            return
        if self.init is None:
            if data["transcript"].strip():
                await self.error("NOT_INITIALIZED", "Send the initialization message (model_id, voice) first.")
            return  # a keep-alive space before init is harmless
        context = data.get("context_id")
        buffer = self.buffers.get(context, "") + data["transcript"]
        ready, rest = _split_ready(buffer, bool(data.get("force", False)))
        self.buffers[context] = rest
        if ready.strip():
            await self.speak(ready, context)

    async def finish_context(self, context: str) -> None:
        rest = self.buffers.pop(context, "")
        if rest.strip() and self.init is not None:
            await self.speak(rest, context)
        await self.session.send_json({"audio": "", "final": True, "context_id": context})

    async def finish_all(self) -> None:
        for context in list(self.buffers):
            rest = self.buffers.pop(context)
            if rest.strip() and self.init is not None:
                await self.speak(rest, context)
        await self.session.send_json({"audio": "", "final": True})
        await self.session.close(1000, "done")

    # ------------------------------------------------------------------ audio
    async def speak(self, text: str, context: str | None) -> None:
        assert self.init is not None
        container = self.output.get("container", "raw")
        rate = int(self.output.get("sample_rate") or 44100)
        encoding = "pcm_s16le" if container in ("wav", "mp3") else self.output.get("encoding") or "pcm_s16le"
        bit_rate = int(self.output.get("bit_rate") or 192000)
        owed = 0.0
        for piece in speech.pieces(
            text,
            sample_rate=rate,
            encoding=encoding,
            seconds_per_char=self.server.seconds_per_char,
            voice=self.init["voice"]["id"],
        ):
            if container == "mp3":
                owed += piece.samples / 1152
                frames, owed = int(owed), owed - int(owed)
                chunks = [audio.mp3_frame(rate, bit_rate) * frames] if frames else []
                if not self.sent_tag and chunks:
                    chunks[0], self.sent_tag = audio.ID3_TAG + chunks[0], True
            else:
                # At most a second of audio per message; for wav each message is a complete, playable file.
                chunks = list(audio.split_bytes(piece.audio, rate, encoding))
                if container == "wav":
                    chunks = [audio.wav_bytes(chunk, rate) for chunk in chunks]
            for chunk in chunks:
                message: dict[str, Any] = {"audio": base64.b64encode(chunk).decode("ascii"), "final": False}
                if context is not None:
                    message["context_id"] = context
                if not await self.session.send_json(message):
                    return
                await asyncio.sleep(self.server.chunk_delay)


def _split_ready(buffer: str, force: bool) -> tuple[str, str]:
    """(text to synthesise now, text to keep buffering)."""
    if force:
        return buffer, ""
    ends = list(_SENTENCE_END.finditer(buffer))
    if ends:
        cut = ends[-1].end()
        return buffer[:cut], buffer[cut:]
    if len(buffer) >= _MAX_BUFFER:
        cut = buffer.rfind(" ") + 1 or len(buffer)
        return buffer[:cut], buffer[cut:]
    return "", buffer


def _last(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[-1] if values else None
