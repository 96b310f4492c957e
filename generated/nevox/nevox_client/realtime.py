# Copied from overlays/nevox/realtime.py by scripts/generate.py; edit that file, not this copy.
"""The NevoxAI conversation WebSocket, opened from `connection_details`.

    from nevox_client.realtime import ConversationWebSocket, start_conversation

    created = start_conversation(client, agent_id="agt_123456", user_id="usr_789012")
    with ConversationWebSocket(created) as conversation:
        conversation.send({"type": "text", "text": "Hello"})
        for message in conversation:      # ConversationServerMessage, or bytes for a binary frame
            ...

`POST /conversations` returns `connection_details.websocket_url`
(`wss://api.nevoxai.com/v1/ws/{conversation_id}`) and a short-lived `token` (`cvt_...`). Almost all
of the socket is undocumented (specs/nevox/asyncapi.yaml), so this class assumes as little as it can:

- the token goes in the `token` query parameter (the spec's assumption); `token_in="bearer"` sends
  it as `Authorization: Bearer <token>` instead. Pass `client=` to add the account API key to the
  handshake too (whether the socket needs it is undocumented).
- JSON text frames become open `ConversationServerMessage`s (an optional `type`, every other field
  kept); binary frames are passed on as `bytes` (whether audio arrives binary is undocumented).
  A frame in the API's documented error shape (`{"error": {"code", "message"}}`) or with
  `"type": "error"` is raised as `StreamError`.
- there is no documented final message: iteration ends when the server closes the socket normally;
  an abnormal close raises `TruncatedStreamError`.
"""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

import httpx

from ._core.auth import client_handshake
from ._core.calls import acall, call
from ._core.errors import ProtocolError, StreamError, error_message, preview
from ._core.websocket import DEFAULT_OPEN_TIMEOUT, AsyncWebSocketSession, WebSocketSession, json_frame
from .api.conversations import create_conversation as _create_endpoint
from .client import AuthenticatedClient, Client
from .models.connection_details import ConnectionDetails
from .models.conversation_create_request import ConversationCreateRequest
from .models.conversation_created import ConversationCreated
from .models.conversation_server_message import ConversationServerMessage

__all__ = [
    "AsyncConversationWebSocket",
    "ConversationFrame",
    "ConversationWebSocket",
    "async_start_conversation",
    "start_conversation",
]

ConversationFrame: TypeAlias = ConversationServerMessage | bytes
TokenIn = Literal["query", "bearer"]
_CHANNEL = "conversation websocket"


def _decode(frame: str | bytes) -> ConversationFrame:
    if isinstance(frame, bytes):
        return frame
    message = json_frame(frame, channel=_CHANNEL)
    if isinstance(message.get("error"), dict) or message.get("type") == "error":
        what = error_message(message) or preview(frame)
        raise StreamError(f"{_CHANNEL}: the server reported an error: {what}", payload=message)
    return ConversationServerMessage.from_dict(message)


def _target(
    details: ConnectionDetails | ConversationCreated,
    token_in: TokenIn,
    client: Client | AuthenticatedClient | None,
) -> tuple[str, dict[str, str]]:
    if isinstance(details, ConversationCreated):
        details = details.connection_details
    url = httpx.URL(details.websocket_url)
    scheme = {"http": "ws", "https": "wss"}.get(url.scheme, url.scheme)
    if scheme not in ("ws", "wss"):
        raise ProtocolError(f"connection_details.websocket_url: expected a ws:// or wss:// URL, got {url.scheme!r}")
    url = url.copy_with(scheme=scheme)
    headers: dict[str, str] = {}
    if client is not None:
        headers.update(client_handshake(client)[1])
    if token_in == "query":
        url = url.copy_merge_params({"token": details.token})
    elif token_in == "bearer":
        if any(k.lower() == "authorization" for k in headers):
            raise ValueError("token_in='bearer' would replace the client's Authorization header; use 'query'")
        headers["Authorization"] = f"Bearer {details.token}"
    else:
        raise ValueError(f"token_in: expected 'query' or 'bearer', got {token_in!r}")
    return str(url), headers


class ConversationWebSocket(WebSocketSession[ConversationFrame]):
    """A live conversation. `send(...)` takes a `ConversationClientMessage`, a mapping (sent as
    JSON) or raw `str`/`bytes` frames; iteration yields what the server sends until it closes."""

    def __init__(
        self,
        details: ConnectionDetails | ConversationCreated,
        *,
        token_in: TokenIn = "query",
        client: Client | AuthenticatedClient | None = None,
        open_timeout: float = DEFAULT_OPEN_TIMEOUT,
    ) -> None:
        url, headers = _target(details, token_in, client)
        super().__init__(
            url, decode=_decode, headers=headers, channel=_CHANNEL, open_timeout=open_timeout, end_on_close=True
        )


class AsyncConversationWebSocket(AsyncWebSocketSession[ConversationFrame]):
    """Async twin of `ConversationWebSocket`."""

    def __init__(
        self,
        details: ConnectionDetails | ConversationCreated,
        *,
        token_in: TokenIn = "query",
        client: Client | AuthenticatedClient | None = None,
        open_timeout: float = DEFAULT_OPEN_TIMEOUT,
    ) -> None:
        url, headers = _target(details, token_in, client)
        super().__init__(
            url, decode=_decode, headers=headers, channel=_CHANNEL, open_timeout=open_timeout, end_on_close=True
        )


def _create_request(agent_id: str, user_id: str, fields: dict[str, Any]) -> ConversationCreateRequest:
    return ConversationCreateRequest.from_dict({"agent_id": agent_id, "user_id": user_id, **fields})


def _created(parsed: Any) -> ConversationCreated:
    if not isinstance(parsed, ConversationCreated):
        raise ProtocolError(f"POST /conversations: expected a ConversationCreated, got {type(parsed).__name__}")
    return parsed


def start_conversation(
    client: Client | AuthenticatedClient, *, agent_id: str, user_id: str, **fields: Any
) -> ConversationCreated:
    """`POST /conversations`; the created conversation (with its `connection_details`), or a typed error.

    Further keywords are `ConversationCreateRequest` fields (`language`, `initial_context`, `settings`).
    """
    return _created(call(_create_endpoint, client, body=_create_request(agent_id, user_id, fields)))


async def async_start_conversation(
    client: Client | AuthenticatedClient, *, agent_id: str, user_id: str, **fields: Any
) -> ConversationCreated:
    """Async twin of `start_conversation`."""
    return _created(await acall(_create_endpoint, client, body=_create_request(agent_id, user_id, fields)))
