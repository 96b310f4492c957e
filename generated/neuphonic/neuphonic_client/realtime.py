# Copied from overlays/neuphonic/realtime.py by scripts/generate.py; edit that file, not this copy.
"""Neuphonic WebSockets: streaming TTS (`/speak/{lang_code}`) and voice agents (`/agents`).

    from neuphonic_client.realtime import TtsWebSocket

    with TtsWebSocket(client, voice_id="...", sampling_rate=24000) as tts:
        for chunk in tts.speak("Hello world"):      # sends the text and <STOP>, reads until stop
            play(chunk.audio)

The TTS configuration travels in the query string (`TtsConfig` in specs/neuphonic/asyncapi.yaml);
text is sent as `{"text": ...}` and a passage ends at `<STOP>`, after which the server's last
message for it has `stop: true`. The connection stays open for the next passage.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import attrs

from ._core.audio import decode_base64_audio, loads_with_audio
from ._core.auth import client_handshake
from ._core.client import websocket_url
from ._core.errors import ProtocolError, StreamError, error_message, preview
from ._core.websocket import AsyncWebSocketSession, WebSocketSession, json_frame
from .client import AuthenticatedClient, Client
from .models.agent_audio_response import AgentAudioResponse
from .models.agent_config import AgentConfig
from .models.agent_server_message import AgentServerMessage
from .models.tts_config import TtsConfig

__all__ = [
    "STOP",
    "AgentWebSocket",
    "AsyncAgentWebSocket",
    "AsyncTtsWebSocket",
    "TtsChunk",
    "TtsWebSocket",
]

STOP = "<STOP>"


@attrs.frozen(slots=True)
class TtsChunk:
    """One TTS WebSocket message: decoded audio, its text, and `stop` on a passage's last message."""

    audio: bytes
    text: str
    sampling_rate: int | None
    stop: bool
    context_id: str | None = None


def _decode_tts(frame: str | bytes) -> TtsChunk:
    if isinstance(frame, bytes):
        raise ProtocolError(f"/speak: expected a JSON text frame, got a binary frame of {len(frame)} bytes")
    try:
        message, audio = loads_with_audio(frame, ("data", "audio"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ProtocolError(f"/speak: expected a JSON text frame, got {preview(frame)}") from None
    data = message.get("data") if isinstance(message, dict) else None
    if not isinstance(data, dict):
        if error_message(message):
            raise StreamError(f"/speak: the server reported an error: {error_message(message)}", payload=message)
        raise ProtocolError(f"/speak: message has no `data` object: {preview(frame)}")
    rate = data.get("sampling_rate")
    context = data.get("context_id")
    return TtsChunk(
        audio=audio or b"",
        text=str(data.get("text") or ""),
        sampling_rate=rate if isinstance(rate, int) else None,
        stop=data.get("stop") is True,
        context_id=context if isinstance(context, str) else None,
    )


def _is_stop(chunk: TtsChunk) -> bool:
    return chunk.stop


def _config_query(config: TtsConfig | AgentConfig | None, extra: dict[str, Any], cls: Any) -> dict[str, Any]:
    values = dict(config.to_dict()) if config is not None else {}
    if extra:
        values.update(cls.from_dict(extra).to_dict())
    return values


def _tts_target(client: Client | AuthenticatedClient, lang_code: str, config: TtsConfig | None, extra: dict[str, Any]) -> tuple[str, dict[str, str]]:
    base_url, headers = client_handshake(client)
    query = _config_query(config, {"lang_code": lang_code, **extra}, TtsConfig)
    return websocket_url(base_url, f"/speak/{lang_code}", query), headers


def _passage(text: str) -> str:
    return text if text.rstrip().endswith(STOP) else f"{text} {STOP}"


class TtsWebSocket(WebSocketSession[TtsChunk]):
    """Streaming TTS over one WebSocket. Keywords are `TtsConfig` fields (voice_id, encoding, ...)."""

    def __init__(
        self, client: Client | AuthenticatedClient, *, lang_code: str = "en", config: TtsConfig | None = None, **options: Any
    ) -> None:
        url, headers = _tts_target(client, lang_code, config, options)
        super().__init__(url, decode=_decode_tts, is_final=_is_stop, headers=headers, channel="/speak")

    def send_text(self, text: str, *, context_id: str | None = None) -> None:
        self.send({"text": text} if context_id is None else {"text": text, "context_id": context_id})

    def speak(self, text: str) -> Iterator[TtsChunk]:
        """Send one passage (with `<STOP>` appended) and iterate its messages until `stop: true`."""
        self.send_text(_passage(text))
        return iter(self)


class AsyncTtsWebSocket(AsyncWebSocketSession[TtsChunk]):
    """Async twin of `TtsWebSocket`."""

    def __init__(
        self, client: Client | AuthenticatedClient, *, lang_code: str = "en", config: TtsConfig | None = None, **options: Any
    ) -> None:
        url, headers = _tts_target(client, lang_code, config, options)
        super().__init__(url, decode=_decode_tts, is_final=_is_stop, headers=headers, channel="/speak")

    async def send_text(self, text: str, *, context_id: str | None = None) -> None:
        await self.send({"text": text} if context_id is None else {"text": text, "context_id": context_id})

    async def speak(self, text: str) -> AsyncIterator[TtsChunk]:
        await self.send_text(_passage(text))
        return self.__aiter__()


def _decode_agent(frame: str | bytes) -> AgentServerMessage:
    message = json_frame(frame, channel="/agents")
    try:
        return AgentServerMessage.from_dict(message)
    except (KeyError, TypeError, ValueError) as exc:
        raise ProtocolError(f"/agents: not an agent message ({exc}): {preview(frame)}") from None


def agent_audio(message: AgentServerMessage) -> bytes | None:
    """The decoded audio of an `audio_response` message, else None."""
    if isinstance(message.data, AgentAudioResponse):
        return decode_base64_audio(message.data.audio, field="/agents data.audio")
    return None


def _agent_target(client: Client | AuthenticatedClient, config: AgentConfig | None, extra: dict[str, Any]) -> tuple[str, dict[str, str]]:
    base_url, headers = client_handshake(client)
    return websocket_url(base_url, "/agents", _config_query(config, extra, AgentConfig)), headers


class AgentWebSocket(WebSocketSession[AgentServerMessage]):
    """A voice-agent conversation. Keywords are `AgentConfig` fields (agent_id, mode, ...).

    An agent talks until the connection closes, so iteration has no final message: stop with `close()`.
    """

    def __init__(self, client: Client | AuthenticatedClient, *, config: AgentConfig | None = None, **options: Any) -> None:
        url, headers = _agent_target(client, config, options)
        super().__init__(url, decode=_decode_agent, headers=headers, channel="/agents")

    def send_text(self, text: str) -> None:
        self.send({"text": text})

    def send_audio(self, pcm: bytes) -> None:
        import base64

        self.send({"audio": base64.b64encode(pcm).decode("ascii")})


class AsyncAgentWebSocket(AsyncWebSocketSession[AgentServerMessage]):
    """Async twin of `AgentWebSocket`."""

    def __init__(self, client: Client | AuthenticatedClient, *, config: AgentConfig | None = None, **options: Any) -> None:
        url, headers = _agent_target(client, config, options)
        super().__init__(url, decode=_decode_agent, headers=headers, channel="/agents")

    async def send_text(self, text: str) -> None:
        await self.send({"text": text})

    async def send_audio(self, pcm: bytes) -> None:
        import base64

        await self.send({"audio": base64.b64encode(pcm).decode("ascii")})
