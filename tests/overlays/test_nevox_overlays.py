"""NevoxAI helpers: client auth, `start_conversation`, and the conversation WebSocket (sync and async).

respx pins request shapes and error mapping; a small Starlette app on 127.0.0.1 (the NevoxAI
reference server is not in conformance/servers yet) plays `POST /conversations` and the socket it
points to, so the WebSocket helpers run against real frames.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from nevox_client._core.websocket import ConnectionClosedError
from nevox_client.auth import create_client
from nevox_client.exceptions import (
    AuthenticationError,
    NotFoundError,
    ProtocolError,
    ServerError,
    StreamError,
    TruncatedStreamError,
    UnprocessableEntityError,
)
from nevox_client.models import ConnectionDetails, ConversationCreated, ConversationServerMessage
from nevox_client.realtime import (
    AsyncConversationWebSocket,
    ConversationWebSocket,
    async_start_conversation,
    start_conversation,
)
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from conformance.servers import ReferenceServer

KEY = "nvx_live_secret_api_key_42"
BASE = "https://api.nevox.test/v1"
CREATED = {
    "conversation_id": "conv_123456",
    "status": "active",
    "created_at": "2024-01-01T12:00:00Z",
    "connection_details": {"websocket_url": "wss://api.nevox.test/v1/ws/conv_123456", "token": "cvt_789012"},
}


def nevox_error(code: str, message: str, kind: str = "invalid_request_error") -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "type": kind}}


# --- respx: auth, request shapes, error mapping -------------------------------------------------------


@respx.mock
def test_start_conversation_posts_the_documented_body_with_bearer_auth() -> None:
    route = respx.post(f"{BASE}/conversations").mock(return_value=httpx.Response(201, json=CREATED))
    created = start_conversation(
        create_client(KEY, base_url=BASE),
        agent_id="agt_123456",
        user_id="usr_789012",
        language="en-US",
        initial_context={"customer_name": "John Doe"},
        settings={"voice_speed": 1.0, "recording_enabled": True},
    )
    assert isinstance(created, ConversationCreated)
    assert created.connection_details.token == "cvt_789012"
    request = route.calls[0].request
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert json.loads(request.content) == {
        "agent_id": "agt_123456",
        "user_id": "usr_789012",
        "language": "en-US",
        "initial_context": {"customer_name": "John Doe"},
        "settings": {"voice_speed": 1.0, "recording_enabled": True},
    }


@respx.mock
def test_another_auth_header_can_be_chosen() -> None:
    route = respx.post("https://platform.test/api/v1/conversations").mock(
        return_value=httpx.Response(200, json=CREATED)
    )
    start_conversation(
        create_client(KEY, base_url="https://platform.test/api/v1", header="X-API-Key"), agent_id="agt_1", user_id="u"
    )
    request = route.calls[0].request
    assert request.headers["X-API-Key"] == KEY and "Authorization" not in request.headers


@pytest.mark.parametrize(
    ("status", "body", "error", "text"),
    [
        (
            401,
            nevox_error("invalid_api_key", "Invalid API key", "authentication_error"),
            AuthenticationError,
            "invalid_api_key: Invalid API key",
        ),
        (404, nevox_error("not_found", "Agent agt_9 not found"), NotFoundError, "not_found: Agent agt_9 not found"),
        (422, nevox_error("validation_error", "user_id: field required"), UnprocessableEntityError, "validation_error"),
        (503, {"error": {"code": "unavailable", "message": "try later"}}, ServerError, "unavailable: try later"),
    ],
)
@respx.mock
def test_error_statuses_raise_typed_errors_sync_and_async(
    status: int, body: dict[str, Any], error: type[Exception], text: str
) -> None:
    respx.post(f"{BASE}/conversations").mock(return_value=httpx.Response(status, json=body))
    client = create_client(KEY, base_url=BASE)
    with pytest.raises(error, match=text) as info:
        start_conversation(client, agent_id="agt_9", user_id="u")
    assert KEY not in str(info.value) and KEY not in repr(info.value)

    async def main() -> None:
        with pytest.raises(error):
            await async_start_conversation(client, agent_id="agt_9", user_id="u")

    asyncio.run(main())


def test_the_key_and_tokens_are_not_in_reprs() -> None:
    client = create_client(KEY, base_url=BASE)
    assert KEY not in repr(client)
    created = ConversationCreated.from_dict(CREATED)
    session = ConversationWebSocket(created, client=client)
    assert "cvt_789012" not in repr(session) and "token=[REDACTED]" in repr(session)


def test_the_socket_is_opened_from_connection_details() -> None:
    created = ConversationCreated.from_dict(CREATED)
    session = ConversationWebSocket(created)
    assert session._url == "wss://api.nevox.test/v1/ws/conv_123456?token=cvt_789012"
    assert session._headers == {}
    bearer = AsyncConversationWebSocket(created.connection_details, token_in="bearer")
    assert bearer._url == "wss://api.nevox.test/v1/ws/conv_123456"
    assert bearer._headers == {"Authorization": "Bearer cvt_789012"}
    with_key = ConversationWebSocket(created, client=create_client(KEY, base_url=BASE))
    assert {k.lower(): v for k, v in with_key._headers.items()} == {"authorization": f"Bearer {KEY}"}
    https = ConnectionDetails.from_dict({"websocket_url": "https://h.test/v1/ws/conv_1", "token": "cvt_1"})
    assert ConversationWebSocket(https)._url == "wss://h.test/v1/ws/conv_1?token=cvt_1"
    with pytest.raises(ProtocolError, match="ws:// or wss://"):
        ConversationWebSocket(ConnectionDetails.from_dict({"websocket_url": "ftp://h/x", "token": "cvt_1"}))
    with pytest.raises(ValueError, match="Authorization"):
        ConversationWebSocket(created, token_in="bearer", client=create_client(KEY, base_url=BASE))


def test_frames_decode_to_open_messages_bytes_and_errors() -> None:
    from nevox_client.realtime import _decode

    message = _decode('{"type": "agent.message", "text": "Hi", "n": 1}')
    assert isinstance(message, ConversationServerMessage)
    assert message.type_ == "agent.message" and message["text"] == "Hi"
    assert _decode(b"\x00\x01") == b"\x00\x01"
    with pytest.raises(StreamError, match="agent_failed: The agent failed") as info:
        _decode(json.dumps(nevox_error("agent_failed", "The agent failed")))
    assert info.value.payload["error"]["code"] == "agent_failed"
    with pytest.raises(StreamError):
        _decode('{"type": "error", "message": "boom"}')
    with pytest.raises(ProtocolError, match="expected a JSON text frame, got 'hello'"):
        _decode("hello")


# --- a real server: POST /conversations and the socket it points to --------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}
        self.received: list[Any] = []


def make_app(rec: Recorder) -> Starlette:
    async def conversations(request: Request) -> JSONResponse:
        if request.headers.get("authorization") != f"Bearer {KEY}":
            return JSONResponse(
                nevox_error("invalid_api_key", "Invalid API key", "authentication_error"), status_code=401
            )
        body = await request.json()
        conversation_id = f"conv_{secrets.token_hex(4)}"
        token = f"cvt_{secrets.token_hex(8)}"
        rec.tokens[conversation_id] = token
        ws = str(request.base_url).replace("http", "ws", 1).rstrip("/")
        return JSONResponse(
            {
                "conversation_id": conversation_id,
                "status": "active",
                "created_at": "2024-01-01T12:00:00Z",
                "connection_details": {"websocket_url": f"{ws}/v1/ws/{conversation_id}", "token": token},
                "echo_agent": body["agent_id"],
            },
            status_code=201,
        )

    async def socket(websocket: WebSocket) -> None:
        conversation_id = websocket.path_params["conversation_id"]
        expected = rec.tokens.get(conversation_id)
        given = websocket.query_params.get("token") or websocket.headers.get("authorization", "").removeprefix(
            "Bearer "
        )
        if expected is None or given != expected:
            await websocket.send_denial_response(
                JSONResponse(
                    nevox_error("invalid_token", "Invalid conversation token", "authentication_error"), status_code=401
                )
            )
            return
        await websocket.accept()
        await websocket.send_json({"type": "conversation.ready", "conversation_id": conversation_id})
        try:
            while True:
                frame = await websocket.receive()
                if frame["type"] == "websocket.disconnect":
                    return
                if frame.get("bytes") is not None:
                    rec.received.append(frame["bytes"])
                    await websocket.send_bytes(frame["bytes"][::-1])
                    continue
                message = json.loads(frame["text"])
                rec.received.append(message)
                kind = message.get("type")
                if kind == "text":
                    await websocket.send_json({"type": "agent.message", "text": f"echo: {message['text']}"})
                elif kind == "fail":
                    await websocket.send_json(nevox_error("agent_failed", "The agent failed", "server_error"))
                elif kind == "end":
                    await websocket.close(code=1000)
                    return
                elif kind == "crash":
                    await websocket.close(code=1011)
                    return
        except WebSocketDisconnect:
            return

    return Starlette(
        routes=[
            Route("/v1/conversations", conversations, methods=["POST"]),
            WebSocketRoute("/v1/ws/{conversation_id}", socket),
        ]
    )


@pytest.fixture
def rec() -> Recorder:
    return Recorder()


@pytest.fixture
def server(rec: Recorder) -> Iterator[ReferenceServer]:
    with ReferenceServer(make_app(rec)) as srv:
        yield srv


def client_for(server: ReferenceServer) -> Any:
    return create_client(KEY, base_url=f"{server.base_url}/v1")


@pytest.mark.e2e
def test_conversation_socket_sync_until_a_normal_close(server: ReferenceServer, rec: Recorder) -> None:
    created = start_conversation(client_for(server), agent_id="agt_123456", user_id="usr_1")
    with ConversationWebSocket(created) as conversation:
        ready = conversation.recv(timeout=5)
        assert isinstance(ready, ConversationServerMessage) and ready.type_ == "conversation.ready"
        assert ready["conversation_id"] == created.conversation_id
        conversation.send({"type": "text", "text": "Hello"})
        conversation.send(b"\x01\x02\x03")
        conversation.send({"type": "end"})
        rest = list(conversation)  # ends at the server's normal close, no error
    assert isinstance(rest[0], ConversationServerMessage) and rest[0]["text"] == "echo: Hello"
    assert rest[1:] == [b"\x03\x02\x01"]
    assert rec.received == [{"type": "text", "text": "Hello"}, b"\x01\x02\x03", {"type": "end"}]


@pytest.mark.e2e
def test_conversation_socket_async_with_a_bearer_token(server: ReferenceServer) -> None:
    async def main() -> list[Any]:
        created = await async_start_conversation(client_for(server), agent_id="agt_123456", user_id="usr_1")
        async with AsyncConversationWebSocket(created, token_in="bearer") as conversation:
            await conversation.send({"type": "text", "text": "Hi"})
            await conversation.send({"type": "end"})
            return [m async for m in conversation]

    messages = asyncio.run(main())
    assert [m.type_ for m in messages if isinstance(m, ConversationServerMessage)] == [
        "conversation.ready",
        "agent.message",
    ]


@pytest.mark.e2e
def test_error_frames_and_abnormal_closes_are_typed(server: ReferenceServer) -> None:
    created = start_conversation(client_for(server), agent_id="agt_1", user_id="u")
    with ConversationWebSocket(created) as conversation:
        conversation.recv(timeout=5)
        conversation.send({"type": "fail"})
        with pytest.raises(StreamError, match="agent_failed"):
            conversation.recv(timeout=5)
        conversation.send({"type": "crash"})
        with pytest.raises(TruncatedStreamError) as info:
            list(conversation)
    assert isinstance(info.value, ConnectionClosedError) and not info.value.clean

    async def main() -> None:
        async with AsyncConversationWebSocket(created) as conversation:
            await conversation.send({"type": "crash"})
            with pytest.raises(TruncatedStreamError):
                async for _ in conversation:
                    pass

    asyncio.run(main())


@pytest.mark.e2e
def test_a_refused_token_is_a_typed_error_without_the_token(server: ReferenceServer) -> None:
    created = start_conversation(client_for(server), agent_id="agt_1", user_id="u")
    url = created.connection_details.websocket_url
    forged = ConnectionDetails.from_dict({"websocket_url": url, "token": "cvt_forged_token_value"})
    with pytest.raises(AuthenticationError, match="invalid_token") as info:
        ConversationWebSocket(forged).connect()
    assert "cvt_forged_token_value" not in str(info.value) and "cvt_forged_token_value" not in repr(info.value)

    async def main() -> None:
        with pytest.raises(AuthenticationError):
            await AsyncConversationWebSocket(forged).connect()

    asyncio.run(main())


@pytest.mark.e2e
def test_debug_logs_do_not_contain_the_token_or_the_key(
    server: ReferenceServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        created = start_conversation(client_for(server), agent_id="agt_1", user_id="u")
        token = created.connection_details.token
        with ConversationWebSocket(created, client=client_for(server)) as conversation:
            conversation.send({"type": "end"})
            list(conversation)
    assert "token=[REDACTED]" in caplog.text
    assert token not in caplog.text and KEY not in caplog.text
