"""Neuphonic's two WebSockets: streaming TTS (`/speak/{lang_code}`) and voice agents (`/agents`).

Handshake: authenticated like REST (header, `api_key` / `jwt_token` query, bearer JWT); a failure is
refused with 401/403 and a `{"detail"}` body before the upgrade. The query-string config is parsed
leniently (pyneuphonic does not URL-encode it) and validated against `TtsConfig` / `AgentConfig`; a bad
config is refused with FastAPI's 422 body, an unknown voice or agent with 404.

Frames the spec has no message for are answered with a close code and a reason, never silence:
1003 for binary frames where text is expected, 1007 for a JSON frame that is not a valid message.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
from typing import TYPE_CHECKING, Any

from starlette.websockets import WebSocket

from ._common import FASTAPI, WsSession, audio, deny_websocket, json_object, ws_query

if TYPE_CHECKING:
    from .neuphonic import NeuphonicServer

STOP = "<STOP>"
_AUTH_KEYS = ("api_key", "jwt_token")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class _Socket:
    """Handshake checks and the idle-aware receive loop shared by both sockets."""

    config_schema = ""

    def __init__(self, server: NeuphonicServer, websocket: WebSocket) -> None:
        self.server = server
        self.websocket = websocket
        self.session = WsSession(websocket)
        self.config: dict[str, Any] = {}

    async def handshake(self) -> bool:
        query = ws_query(self.websocket)
        if not await self.server.ws_gate(self.websocket, query):
            return False
        raw = {name: values for name, values in query.items() if name not in _AUTH_KEYS}
        spec = self.server.spec
        schema = spec.schema(self.config_schema)
        config = spec.coerce_object(raw, schema)
        problems = spec.check_named(self.config_schema, config, ("query",))
        if problems:
            await deny_websocket(
                self.websocket.scope, self.websocket.send, FASTAPI, 422, "", body=FASTAPI.render_validation(problems)
            )
            return False
        for name, prop in schema.get("properties", {}).items():
            default = spec.resolve(prop).get("default") if isinstance(spec.resolve(prop), dict) else None
            if default is None and isinstance(prop, dict):
                default = prop.get("default")
            if name not in config and default is not None:
                config[name] = default
        self.config = config
        refusal = self.refusal()
        if refusal is not None:
            await deny_websocket(self.websocket.scope, self.websocket.send, FASTAPI, refusal[0], refusal[1])
            return False
        await self.websocket.accept()
        return True

    def refusal(self) -> tuple[int, str] | None:
        return None

    async def receive(self) -> dict[str, Any] | None:
        return await self.session.receive(self.server.ws_idle_timeout)

    async def reject(self, code: int, reason: str) -> None:
        await self.session.close(code, reason)


class TtsSocket(_Socket):
    """`/speak/{lang_code}`: text in (JSON `{"text"}` or bare text), audio out per `<STOP>`-ended passage."""

    config_schema = "TtsConfig"

    def refusal(self) -> tuple[int, str] | None:
        voice_id = self.config.get("voice_id")
        if voice_id is not None and not self.server.voice_exists(str(voice_id)):
            return 404, "Voice not found"
        return None

    async def run(self) -> None:
        if not await self.handshake():
            return
        buffer = ""
        context_id: str | None = None
        try:
            while not self.session.closed:
                message = await self.receive()
                if message is None:
                    return
                if message.get("text") is None:
                    await self.reject(1003, "Binary frames are not supported: send text frames")
                    return
                parsed = self.parse(message["text"])
                if isinstance(parsed, str):
                    await self.reject(1007, parsed)
                    return
                text, context = parsed
                context_id = context if context is not None else context_id
                buffer += text
                while STOP in buffer:
                    passage, buffer = buffer.split(STOP, 1)
                    await self.speak(passage, context_id)
        finally:
            await self.session.close()

    def parse(self, raw: str) -> tuple[str, str | None] | str:
        """(text, context_id) of a frame, or the reason it is refused.

        A frame that is not a JSON object is the text itself (pyneuphonic sends a `str` raw).
        """
        data = json_object(raw)
        if data is None:
            return raw, None
        problems = self.server.spec.check_named("TtsClientMessage", data, ("message",))
        if problems:
            first = problems[0]
            return f"Invalid message: {first.dotted() or 'message'}: {first.msg}"[:120]
        return data["text"], data.get("context_id")

    async def speak(self, passage: str, context_id: str | None) -> None:
        rate = int(self.config.get("sampling_rate", 24000))
        extra = {"context_id": context_id} if context_id is not None else {}
        for word, pcm in audio.chunks(
            passage,
            sample_rate=rate,
            encoding=str(self.config.get("encoding", "pcm_linear")),
            seconds_per_char=self.server.seconds_per_char,
            speed=float(self.config.get("speed", 1.0)),
            voice=str(self.config.get("voice_id") or ""),
        ):
            payload = {"audio": b64(pcm), "text": word, "sampling_rate": rate, "stop": False, **extra}
            if not await self.session.send_json({"data": payload}):
                return
            if self.server.chunk_delay:
                await asyncio.sleep(self.server.chunk_delay)
        await self.session.send_json({"data": {"audio": "", "text": "", "sampling_rate": rate, "stop": True, **extra}})


class AgentSocket(_Socket):
    """`/agents`: microphone audio (`{"audio"}`) or text (`{"text"}`) in; transcript, reply and audio out."""

    config_schema = "AgentConfig"

    def __init__(self, server: NeuphonicServer, websocket: WebSocket) -> None:
        super().__init__(server, websocket)
        self.heard_seconds = 0.0
        self.reply_task: asyncio.Task[None] | None = None
        self.agent: dict[str, Any] | None = None

    def refusal(self) -> tuple[int, str] | None:
        agent_id = self.config.get("agent_id")
        if agent_id is None:
            return None
        self.agent = self.server.agents.get(str(agent_id))
        if self.agent is None:
            return 404, f"Agent {str(agent_id)[:64]} not found"
        return None

    async def run(self) -> None:
        if not await self.handshake():
            return
        try:
            greeting = (self.agent or {}).get("greeting")
            if greeting:
                self.start_reply(greeting)
            while not self.session.closed:
                message = await self.receive()
                if message is None:
                    return
                if message.get("text") is None:
                    if self.config.get("incoming_mode") == "bytes":
                        await self.heard(len(message.get("bytes") or b""))
                        continue
                    await self.reject(1003, "Binary frames are not supported: send JSON text frames")
                    return
                reason = await self.handle(message["text"])
                if reason is not None:
                    await self.reject(1007, reason[:120])
                    return
        finally:
            if self.reply_task is not None:
                self.reply_task.cancel()
            await self.session.close()

    async def handle(self, raw: str) -> str | None:
        data = json_object(raw)
        if data is None:
            return 'Expected a JSON object: {"audio": "<base64>"} or {"text": "..."}'
        spec = self.server.spec
        if "audio" in data:
            problems = spec.check_named("AgentAudioInput", data, ("message",))
            if problems:
                return f"Invalid audio message: {problems[0].msg}"
            try:
                pcm = base64.b64decode(data["audio"], validate=True)
            except (binascii.Error, ValueError):
                return "Invalid audio message: audio is not base64"
            await self.heard(len(pcm))
            return None
        if "text" in data:
            problems = spec.check_named("AgentTextInput", data, ("message",))
            if problems:
                return f"Invalid text message: {problems[0].msg}"
            await self.user_turn(data["text"], transcribed=False)
            return None
        return 'Unknown message: expected {"audio": ...} or {"text": ...}'

    async def heard(self, nbytes: int) -> None:
        encoding = str(self.config.get("incoming_encoding", "pcm_linear"))
        rate = int(self.config.get("incoming_sampling_rate", 16000)) or 16000
        self.heard_seconds += audio.pcm_seconds(nbytes, rate, encoding)
        if self.heard_seconds >= self.server.agent_turn_seconds:
            seconds, self.heard_seconds = self.heard_seconds, 0.0
            await self.user_turn(f"(speech, {seconds:.1f} seconds)", transcribed=True)

    async def user_turn(self, text: str, *, transcribed: bool) -> None:
        if self.reply_task is not None and not self.reply_task.done():
            # Barge-in: the user spoke while the agent was still talking.
            self.reply_task.cancel()
            await self.session.send_json({"data": {"type": "stop_audio_response"}})
        if transcribed:
            await self.session.send_json({"data": {"type": "user_transcript", "text": text}})
        self.start_reply(f"You said: {text}")

    def start_reply(self, text: str) -> None:
        self.reply_task = asyncio.create_task(self.reply(text))

    async def reply(self, text: str) -> None:
        if not await self.session.send_json({"data": {"type": "llm_response", "text": text}}):
            return
        for _word, pcm in audio.chunks(
            text,
            sample_rate=int(self.config.get("return_sampling_rate", 24000)),
            encoding=str(self.config.get("return_encoding", "pcm_linear")),
            seconds_per_char=self.server.seconds_per_char,
            voice=str(self.config.get("voice_id") or ""),
        ):
            if not await self.session.send_json({"data": {"type": "audio_response", "audio": b64(pcm)}}):
                return
            await asyncio.sleep(self.server.chunk_delay)
