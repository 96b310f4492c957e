"""NevoxAI conversation WebSocket (`/ws/{conversation_id}?token=cvt_...`).

The vendor documents only the URL and the token, so this protocol is the reference server's own, kept
inside the spec's open message schemas (JSON objects with a `type`):

client -> server
    {"type": "user.message", "content": "..."}   the user's words as text (`text` is accepted for `content`)
    {"type": "user.audio", "audio": "<base64>"}   microphone audio, 16-bit PCM 16 kHz mono (binary frames too)
    {"type": "handoff"}                           ask for a human agent (webhook `agent.handoff`)
    {"type": "end", "reason": "..."}              end the conversation (like `POST .../end`)
    {"type": "ping"}
server -> client
    {"type": "session.started", "conversation_id", "agent_id", "audio_format": {...}}
    {"type": "agent.message", "message": {id, type: "agent", content, timestamp}}
    {"type": "agent.audio", "audio": "<base64>", "encoding": "pcm_s16le", "sample_rate": 16000}
    {"type": "user.transcript", "message": {...}}  what the server heard in user audio
    {"type": "handoff", "status": "transferring"} | {"type": "pong"}
    {"type": "conversation.ended", "conversation_id", "reason"} then close 1000
    {"type": "error", "error": {"code", "message", "type"}}  (also webhook `error.occurred`); socket stays open

Handshake refusals (HTTP, `{"error": {...}}` body): 401 missing/wrong token, 404 unknown conversation,
400 conversation already ended. A conversation ended over REST closes its open socket.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
from typing import TYPE_CHECKING, Any

from starlette.websockets import WebSocket

from ._common import (
    WsSession,
    audio,
    bearer_token,
    deny_websocket,
    json_object,
    secrets_equal,
    utc_now,
    ws_query,
)

if TYPE_CHECKING:
    from .nevox import NevoxServer

SAMPLE_RATE = 16000
ENCODING = "pcm_s16le"
TURN_SECONDS = 1.0
_POLL = 0.25


class ConversationSocket:
    def __init__(self, server: NevoxServer, websocket: WebSocket) -> None:
        self.server = server
        self.websocket = websocket
        self.session = WsSession(websocket)
        self.conversation_id = str(websocket.path_params.get("conversation_id", ""))
        self.heard_seconds = 0.0

    async def deny(self, status: int, code: str, message: str) -> None:
        from .nevox import SHAPE

        await deny_websocket(self.websocket.scope, self.websocket.send, SHAPE, status, message, code=code)

    async def run(self) -> None:
        query = ws_query(self.websocket)
        token = (query.get("token") or [None])[-1] or bearer_token(self.websocket.headers.get("authorization"))
        conversation = self.server.conversations.get(self.conversation_id)
        if conversation is None:
            await self.deny(404, "not_found", f"Conversation {self.conversation_id[:64]} not found")
            return
        if not secrets_equal(token, conversation["_token"]):
            await self.deny(401, "invalid_token", "Missing or invalid conversation token")
            return
        if conversation["status"] != "active":
            await self.deny(400, "conversation_ended", "Conversation has already ended")
            return
        await self.websocket.accept()
        try:
            await self.session.send_json(
                {
                    "type": "session.started",
                    "conversation_id": self.conversation_id,
                    "agent_id": conversation["agent_id"],
                    "audio_format": {"encoding": ENCODING, "sample_rate": SAMPLE_RATE, "channels": 1},
                }
            )
            agent = self.server.agents.get(conversation["agent_id"]) or {}
            greeting = (agent.get("custom_responses") or {}).get("greeting") or "Hello, how can I help you today?"
            await self.agent_says(greeting)
            await self.loop()
        finally:
            await self.session.close()

    async def loop(self) -> None:
        while not self.session.closed:
            try:
                message = await asyncio.wait_for(self.session.receive(), _POLL)
            except TimeoutError:
                message = {}
            if not self.active():
                await self.session.send_json({"type": "conversation.ended", "conversation_id": self.conversation_id})
                await self.session.close(1000, "conversation ended")
                return
            if message is None:
                return
            if not message:
                continue
            if message.get("text") is None:
                await self.heard(len(message.get("bytes") or b""))
                continue
            data = json_object(message["text"])
            if data is None:
                await self.error("invalid_message", "Every message must be a JSON object")
                continue
            await self.handle(data)

    def active(self) -> bool:
        record = self.server.conversations.get(self.conversation_id)
        return record is not None and record["status"] == "active"

    async def handle(self, data: dict[str, Any]) -> None:
        kind = data.get("type")
        if kind in ("user.message", None) and isinstance(data.get("content", data.get("text")), str):
            await self.user_says(data.get("content", data.get("text")))
        elif kind == "user.audio":
            try:
                pcm = base64.b64decode(str(data.get("audio", "")), validate=True)
            except (binascii.Error, ValueError):
                await self.error("invalid_audio", "audio must be base64 of 16-bit PCM at 16 kHz")
                return
            await self.heard(len(pcm))
        elif kind == "handoff":
            conversation = self.server.conversations.get(self.conversation_id)
            if conversation is not None:
                self.server.emit("agent.handoff", conversation)
            await self.session.send_json({"type": "handoff", "status": "transferring"})
        elif kind == "end":
            reason = data.get("reason") if isinstance(data.get("reason"), str) else "ended_by_client"
            agent = self.agent()
            farewell = (agent.get("custom_responses") or {}).get("farewell")
            if farewell:
                await self.agent_says(farewell)
            self.server.end(self.conversation_id, reason, None)
            await self.session.send_json(
                {"type": "conversation.ended", "conversation_id": self.conversation_id, "reason": reason}
            )
            await self.session.close(1000, "conversation ended")
        elif kind == "ping":
            await self.session.send_json({"type": "pong"})
        else:
            await self.error("unknown_message", f"Unknown message type {str(kind)[:40]!r}")

    def agent(self) -> dict[str, Any]:
        conversation = self.server.conversations.get(self.conversation_id) or {}
        return self.server.agents.get(conversation.get("agent_id", "")) or {}

    def record(self, role: str, content: str) -> dict[str, Any]:
        message: dict[str, Any] = {"type": role, "content": content, "timestamp": utc_now()}

        def append(conversation: dict[str, Any]) -> None:
            message["id"] = f"msg_{len(conversation['messages']) + 1:03d}"
            conversation["messages"].append(dict(message))

        conversation = self.server.conversations.update(self.conversation_id, append)
        if conversation is not None:
            self.server.emit("message.received", conversation, message=message)
        return message

    async def user_says(self, content: str) -> None:
        self.record("user", content)
        if self.server.reply_delay:
            await asyncio.sleep(self.server.reply_delay)
        await self.agent_says(f"You said: {content}")

    async def heard(self, nbytes: int) -> None:
        self.heard_seconds += audio.pcm_seconds(nbytes, SAMPLE_RATE, ENCODING)
        if self.heard_seconds >= TURN_SECONDS:
            seconds, self.heard_seconds = self.heard_seconds, 0.0
            message = self.record("user", f"(speech, {seconds:.1f} seconds)")
            await self.session.send_json({"type": "user.transcript", "message": message})
            await self.agent_says("I heard you.")

    async def agent_says(self, text: str) -> None:
        message = self.record("agent", text)
        await self.session.send_json({"type": "agent.message", "message": message})
        for _word, pcm in audio.chunks(text, sample_rate=SAMPLE_RATE, encoding=ENCODING):
            sent = await self.session.send_json(
                {
                    "type": "agent.audio",
                    "audio": base64.b64encode(pcm).decode(),
                    "encoding": ENCODING,
                    "sample_rate": SAMPLE_RATE,
                }
            )
            if not sent:
                return

    async def error(self, code: str, message: str) -> None:
        conversation = self.server.conversations.get(self.conversation_id)
        if conversation is not None:
            self.server.emit("error.occurred", conversation, error={"code": code, "message": message})
        await self.session.send_json(
            {"type": "error", "error": {"code": code, "message": message, "type": "invalid_request_error"}}
        )
