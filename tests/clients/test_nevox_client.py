"""Generated NevoxAI client (generated/nevox) against respx-mocked responses.

One test or more per operation of specs/nevox/openapi.yaml: the request the generated function
builds (method, path, auth, JSON body) and the typed parsing of documented responses, including the
`{"error": {...}}` error body. Unknown response fields must survive in `additional_properties`.
The webhook payload and WebSocket message models (not operations of the client) are checked too.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
import json
import re
from pathlib import Path

import httpx
import pytest
import respx
import yaml
from nevox_client import AuthenticatedClient
from nevox_client.api.agents import create_agent
from nevox_client.api.conversations import create_conversation, end_conversation, get_conversation
from nevox_client.api.webhooks import register_webhook
from nevox_client.models import (
    Agent,
    AgentCreateRequest,
    AgentHandoffEvent,
    AgentStatus,
    ConversationClientMessage,
    ConversationContext,
    ConversationCreated,
    ConversationCreateRequest,
    ConversationEndedEvent,
    ConversationEndRequest,
    ConversationEndResult,
    ConversationFeedback,
    ConversationHistory,
    ConversationServerMessage,
    ConversationSettings,
    ConversationStartedEvent,
    ConversationStatus,
    CustomResponses,
    ErrorResponse,
    ErrorOccurredEvent,
    MessageReceivedEvent,
    MessageRole,
    UnknownWebhookEvent,
    VoiceType,
    Webhook,
    WebhookCreateRequest,
    WebhookEventType,
)
from nevox_client.types import Unset

BASE = "https://api.nevoxai.com/v1"
TOKEN = "test_api_key_123"
SPEC = Path(__file__).resolve().parents[2] / "specs" / "nevox" / "openapi.yaml"


@pytest.fixture
def client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE, token=TOKEN)


@pytest.fixture
def mock():
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        yield router


def _sent(route: respx.Route) -> httpx.Request:
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    return request


def _conversation_request() -> ConversationCreateRequest:
    context = ConversationContext()
    context.additional_properties = {"customer_name": "John Doe", "previous_interaction": "Product Inquiry"}
    return ConversationCreateRequest(
        agent_id="agt_123456",
        user_id="usr_789012",
        language="en-US",
        initial_context=context,
        settings=ConversationSettings(voice_speed=1.0, voice_pitch="medium", recording_enabled=True),
    )


# --- agents -----------------------------------------------------------------------------------


def test_create_agent_sends_json_and_parses_agent(client, mock):
    route = mock.post("/agents").respond(
        201,
        json={
            "agent_id": "agt_123456",
            "name": "Customer Support Agent",
            "status": "active",
            "created_at": "2024-01-01T12:00:00Z",
            "voice_id": "v_9",
        },
    )
    responses = CustomResponses(greeting="Hello, how can I help you today?")
    responses.additional_properties = {"hold": "One moment please."}
    body = AgentCreateRequest(
        name="Customer Support Agent",
        voice_type=VoiceType.FEMALE,
        personality="professional",
        custom_responses=responses,
    )

    agent = create_agent.sync(client=client, body=body)

    request = _sent(route)
    assert request.method == "POST"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {
        "name": "Customer Support Agent",
        "language": "en-US",  # the documented default is sent explicitly
        "voice_type": "female",
        "personality": "professional",
        "custom_responses": {"greeting": "Hello, how can I help you today?", "hold": "One moment please."},
    }
    assert isinstance(agent, Agent)
    assert agent.agent_id == "agt_123456"
    assert agent.status == AgentStatus.ACTIVE
    assert agent.created_at == dt.datetime(2024, 1, 1, 12, 0, tzinfo=dt.UTC)
    assert agent.additional_properties == {"voice_id": "v_9"}


def test_create_agent_200_unknown_status_kept(client, mock):
    mock.post("/agents").respond(
        200, json={"agent_id": "agt_1", "name": "A", "status": "provisioning", "created_at": "2024-01-01T12:00:00Z"}
    )

    agent = create_agent.sync(client=client, body=AgentCreateRequest(name="A"))

    assert isinstance(agent, Agent) and agent.status == "provisioning"


@pytest.mark.parametrize("status", [400, 401, 422, 429])
def test_create_agent_error_bodies(client, mock, status):
    mock.post("/agents").respond(
        status,
        json={"error": {"code": "some_code", "message": "Something went wrong", "type": "invalid_request_error"}},
        headers={"Retry-After": "30"} if status == 429 else {},
    )

    response = create_agent.sync_detailed(client=client, body=AgentCreateRequest(name="A"))

    assert response.status_code == status
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error.code == "some_code"
    assert response.parsed.error.type_ == "invalid_request_error"
    if status == 429:
        assert response.headers["Retry-After"] == "30"


# --- conversations ----------------------------------------------------------------------------


def test_create_conversation_sends_json_and_parses_connection_details(client, mock):
    route = mock.post("/conversations").respond(
        200,
        json={
            "conversation_id": "conv_123456",
            "status": "active",
            "created_at": "2024-01-01T12:00:00Z",
            "connection_details": {
                "websocket_url": "wss://api.nevoxai.com/v1/ws/conv_123456",
                "token": "cvt_789012",
                "expires_in": 300,
            },
        },
    )

    created = create_conversation.sync(client=client, body=_conversation_request())

    request = _sent(route)
    assert request.method == "POST"
    assert json.loads(request.content) == {
        "agent_id": "agt_123456",
        "user_id": "usr_789012",
        "language": "en-US",
        "initial_context": {"customer_name": "John Doe", "previous_interaction": "Product Inquiry"},
        "settings": {"voice_speed": 1.0, "voice_pitch": "medium", "recording_enabled": True},
    }
    assert isinstance(created, ConversationCreated)
    assert created.conversation_id == "conv_123456"
    assert created.status == ConversationStatus.ACTIVE
    assert created.connection_details.websocket_url == "wss://api.nevoxai.com/v1/ws/conv_123456"
    assert created.connection_details.token == "cvt_789012"
    assert created.connection_details.additional_properties == {"expires_in": 300}


def test_create_conversation_404_unknown_agent(client, mock):
    mock.post("/conversations").respond(
        404,
        json={"error": {"code": "not_found", "message": "Agent agt_123456 not found", "request_id": "req_1"}},
    )

    error = create_conversation.sync(client=client, body=_conversation_request())

    assert isinstance(error, ErrorResponse)
    assert error.error.message == "Agent agt_123456 not found"
    assert error.error.additional_properties == {"request_id": "req_1"}


def test_get_conversation_history(client, mock):
    route = mock.get("/conversations/conv_123456").respond(
        200,
        json={
            "conversation_id": "conv_123456",
            "status": "completed",
            "duration": 180,
            "messages": [
                {
                    "id": "msg_001",
                    "type": "user",
                    "content": "Hello, I need help with my order",
                    "timestamp": "2024-01-01T12:00:00Z",
                },
                {"id": "msg_002", "type": "tool_call", "content": "lookup_order", "tool": "orders"},
            ],
            "metrics": {"sentiment_score": 0.8, "user_satisfaction": "high", "resolution_status": "resolved"},
            "recording_url": "https://example.com/r.wav",
        },
    )

    history = get_conversation.sync("conv_123456", client=client)

    assert _sent(route).method == "GET"
    assert isinstance(history, ConversationHistory)
    assert history.status == ConversationStatus.COMPLETED
    assert history.duration == 180
    first, second = history.messages
    assert first.type_ == MessageRole.USER
    assert first.timestamp == dt.datetime(2024, 1, 1, 12, 0, tzinfo=dt.UTC)
    assert second.type_ == "tool_call"  # growing enum: unknown roles arrive as plain strings
    assert second.additional_properties == {"tool": "orders"}
    assert history.metrics.sentiment_score == 0.8
    assert history.additional_properties == {"recording_url": "https://example.com/r.wav"}


def test_get_conversation_404(client, mock):
    mock.get("/conversations/conv_missing").respond(
        404, json={"error": {"code": "not_found", "message": "Conversation conv_missing not found"}}
    )

    error = get_conversation.sync("conv_missing", client=client)

    assert isinstance(error, ErrorResponse) and error.error.code == "not_found"
    assert isinstance(error.error.type_, Unset)  # optional field absent: UNSET, not an exception


def test_end_conversation_with_body(client, mock):
    route = mock.post("/conversations/conv_123456/end").respond(
        200, json={"conversation_id": "conv_123456", "status": "completed", "duration": 181}
    )
    body = ConversationEndRequest(
        reason="resolved", feedback=ConversationFeedback(rating=5, comments="Issue resolved successfully")
    )

    result = end_conversation.sync("conv_123456", client=client, body=body)

    request = _sent(route)
    assert request.method == "POST"
    assert json.loads(request.content) == {
        "reason": "resolved",
        "feedback": {"rating": 5, "comments": "Issue resolved successfully"},
    }
    assert isinstance(result, ConversationEndResult)
    assert result.status == ConversationStatus.COMPLETED
    assert result.additional_properties == {"duration": 181}


def test_end_conversation_without_body_204(client, mock):
    route = mock.post("/conversations/conv_123456/end").respond(204)

    response = end_conversation.sync_detailed("conv_123456", client=client)

    assert _sent(route).content == b""
    assert response.status_code == 204


# --- webhooks ---------------------------------------------------------------------------------


def test_register_webhook(client, mock):
    route = mock.post("/webhooks").respond(
        201,
        json={
            "id": "wh_1",
            "url": "https://your-domain.com/webhook",
            "events": ["conversation.started", "call.transferred"],
            "active": True,
        },
    )
    body = WebhookCreateRequest(
        url="https://your-domain.com/webhook",
        events=[WebhookEventType.CONVERSATION_STARTED, WebhookEventType.ERROR_OCCURRED],
        secret="whsec_123456789",
        description="Production webhook for conversation events",
    )

    webhook = register_webhook.sync(client=client, body=body)

    request = _sent(route)
    assert json.loads(request.content) == {
        "url": "https://your-domain.com/webhook",
        "events": ["conversation.started", "error.occurred"],
        "secret": "whsec_123456789",
        "description": "Production webhook for conversation events",
    }
    assert isinstance(webhook, Webhook)
    assert webhook.id == "wh_1"
    assert webhook.events == [WebhookEventType.CONVERSATION_STARTED, "call.transferred"]
    assert webhook.additional_properties == {"active": True}


def test_register_webhook_empty_body_response(client, mock):
    mock.post("/webhooks").respond(200, json={})
    body = WebhookCreateRequest(url="https://example.com/h", events=[WebhookEventType.AGENT_HANDOFF])

    webhook = register_webhook.sync(client=client, body=body)

    assert isinstance(webhook, Webhook) and webhook.to_dict() == {}


def test_async_variant(client, mock):
    route = mock.get("/conversations/conv_1").respond(
        200, json={"conversation_id": "conv_1", "status": "active", "messages": []}
    )

    async def run():
        async with client as c:
            return await get_conversation.asyncio("conv_1", client=c)

    history = asyncio.run(run())

    assert _sent(route).method == "GET"
    assert isinstance(history, ConversationHistory) and history.messages == []


# --- webhook payloads and WebSocket messages (models only) --------------------------------------

EVENTS = {
    "conversation.started": ConversationStartedEvent,
    "conversation.ended": ConversationEndedEvent,
    "message.received": MessageReceivedEvent,
    "agent.handoff": AgentHandoffEvent,
    "error.occurred": ErrorOccurredEvent,
}


@pytest.mark.parametrize("event", sorted(EVENTS))
def test_webhook_event_models(event):
    payload = {
        "event": event,
        "created_at": "2024-01-01T12:00:00Z",
        "data": {"conversation_id": "conv_1", "agent_id": "agt_1", "user_id": "usr_1", "extra": 1},
    }

    parsed = EVENTS[event].from_dict(payload)

    assert parsed.event == event
    assert parsed.data.conversation_id == "conv_1"
    assert parsed.data.additional_properties == {"extra": 1}
    other = next(name for name in EVENTS if name != event)
    with pytest.raises(ValueError):
        EVENTS[event].from_dict({**payload, "event": other})


def test_unknown_webhook_event_fallback():
    parsed = UnknownWebhookEvent.from_dict({"event": "call.transferred", "data": {"to": "+15550100"}})

    assert parsed.event == "call.transferred"
    assert parsed.data.additional_properties == {"to": "+15550100"}


def test_webhook_signature_scheme_matches_spec():
    scheme = yaml.safe_load(SPEC.read_text())["info"]["x-signature"]
    assert scheme == {"header": "X-Signature", "algorithm": "hmac-sha256", "encoding": "hex", "signed": "raw-body"}
    raw = b'{"event":"conversation.started","created_at":"2024-01-01T12:00:00Z","data":{}}'
    signature = hmac.new(b"whsec_123456789", raw, hashlib.sha256).hexdigest()
    # the header parameter's pattern accepts what the documented scheme produces
    param = yaml.safe_load(SPEC.read_text())["components"]["parameters"]["XSignature"]
    assert param["name"] == scheme["header"]
    assert re.fullmatch(param["schema"]["pattern"].strip("^$"), signature)


def test_websocket_messages_are_open_models():
    sent = ConversationClientMessage(type_="user_audio")
    sent.additional_properties = {"audio": "UklGRg==", "seq": 1}
    assert sent.to_dict() == {"type": "user_audio", "audio": "UklGRg==", "seq": 1}

    received = ConversationServerMessage.from_dict({"type": "agent_transcript", "text": "Hi"})
    assert received.type_ == "agent_transcript"
    assert received.additional_properties == {"text": "Hi"}
    assert ConversationServerMessage.from_dict({"anything": True}).additional_properties == {"anything": True}
