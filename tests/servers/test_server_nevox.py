"""NevoxAI reference server: agents, conversations, conversation WebSocket, signed webhooks with retries."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import websockets
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from conformance.servers import ReferenceServer
from conformance.servers._spec import ApiSpec

pytestmark = pytest.mark.e2e
KEY = "nvx_test_secret"
SECRET = "whsec_test_secret"
SPEC = ApiSpec.load("nevox")
HEADERS = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture(scope="module")
def server() -> Iterator[ReferenceServer]:
    with ReferenceServer("nevox", api_key=KEY, webhook_retry_delays=(0.05, 0.05)) as srv:
        yield srv
        assert srv.app.state.internal_errors == []


def client(server: ReferenceServer, headers: dict[str, str] | None = None) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, headers=HEADERS if headers is None else headers, timeout=10)


def assert_error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert SPEC.check_named("ErrorResponse", response.json()) == []
    assert response.json()["error"]["code"] == code


def start(http: httpx.Client, **agent: Any) -> dict[str, Any]:
    agent_id = http.post("/agents", json={"name": "Support", **agent}).json()["agent_id"]
    created = http.post(
        "/conversations", json={"agent_id": agent_id, "user_id": "usr_1", "initial_context": {"customer_name": "Ann"}}
    )
    assert created.status_code == 201
    return dict(created.json())


# ---------------------------------------------------------------------------- REST
def test_auth_and_error_shape(server: ReferenceServer) -> None:
    assert_error(client(server, {}).post("/agents", json={"name": "x"}), 401, "invalid_api_key")
    assert_error(
        client(server, {"Authorization": "Bearer nope"}).post("/agents", json={"name": "x"}), 401, "invalid_api_key"
    )
    assert_error(
        client(server).post("/agents", content=b"{oops", headers={"content-type": "application/json"}),
        400,
        "invalid_request",
    )
    assert_error(client(server).post("/agents", json={"name": ""}), 422, "validation_error")
    assert_error(client(server).post("/agents", json={"name": "x", "voice_type": "robot"}), 422, "validation_error")
    assert_error(client(server).get("/conversations/conv_missing"), 404, "not_found")
    assert_error(client(server).get("/conversations/not-an-id"), 404, "not_found")  # 422 undocumented here


def test_agent_and_conversation_lifecycle_under_root_and_v1(server: ReferenceServer) -> None:
    http = client(server)
    agent = http.post("/v1/agents", json={"name": "Support", "language": "en-US", "voice_type": "female"})
    assert agent.status_code == 201 and SPEC.check_named("Agent", agent.json()) == []
    assert agent.json()["agent_id"].startswith("agt_") and agent.json()["status"] == "active"
    assert_error(http.post("/conversations", json={"agent_id": "agt_unknown", "user_id": "u"}), 404, "not_found")

    created = http.post("/v1/conversations", json={"agent_id": agent.json()["agent_id"], "user_id": "usr_9"}).json()
    assert SPEC.check_named("ConversationCreated", created) == []
    conversation_id = created["conversation_id"]
    assert created["connection_details"]["websocket_url"] == f"{server.ws_url}/v1/ws/{conversation_id}"
    assert created["connection_details"]["token"].startswith("cvt_")

    history = http.get(f"/conversations/{conversation_id}").json()
    assert SPEC.check_named("ConversationHistory", history) == []
    assert history["status"] == "active" and "duration" not in history

    ended = http.post(f"/conversations/{conversation_id}/end", json={"reason": "resolved", "feedback": {"rating": 5}})
    assert ended.json() == {"conversation_id": conversation_id, "status": "completed"}
    assert http.post(f"/conversations/{conversation_id}/end").status_code == 200  # idempotent
    history = http.get(f"/conversations/{conversation_id}").json()
    assert history["status"] == "completed" and history["duration"] >= 0
    assert history["metrics"]["resolution_status"] == "resolved"


def test_webhook_registration_validates_urls(server: ReferenceServer) -> None:
    http = client(server)
    for url in ("ftp://example.com/hook", "https://", "not a url", "http://example.com/hook"):
        assert_error(
            http.post("/webhooks", json={"url": url, "events": ["conversation.started"]}), 422, "validation_error"
        )
    assert_error(http.post("/webhooks", json={"url": "https://x.test/h", "events": []}), 422, "validation_error")
    generated = http.post("/webhooks", json={"url": "https://x.test/h", "events": ["conversation.ended"]}).json()
    assert SPEC.check_named("Webhook", generated) == [] and generated["secret"].startswith("whsec_")
    given = http.post(
        "/webhooks", json={"url": "http://127.0.0.1:9/h", "events": ["conversation.ended"], "secret": SECRET}
    ).json()
    assert "secret" not in given  # a secret the caller chose is never echoed


# ---------------------------------------------------------------------------- webhooks
class Receiver:
    """A webhook endpoint that fails the first `failures` deliveries of each event, then accepts."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.app = Starlette(routes=[Route("/hook", self.hook, methods=["POST"])])

    async def hook(self, request: Request) -> Response:
        body = await request.body()
        self.received.append((dict(request.headers), body))
        event = json.loads(body)["event"]
        seen = sum(1 for _, raw in self.received if json.loads(raw)["event"] == event)
        return Response(status_code=500 if seen <= self.failures else 204)


def test_signed_webhooks_are_retried_and_logged(server: ReferenceServer) -> None:
    receiver = Receiver(failures=1)
    with ReferenceServer(receiver.app) as sink:
        http = client(server)
        http.post(
            "/webhooks",
            json={
                "url": f"{sink.base_url}/hook",
                "secret": SECRET,
                "events": ["conversation.started", "conversation.ended", "message.received"],
            },
        )
        conversation = start(http)
        http.post(f"/conversations/{conversation['conversation_id']}/end", json={"reason": "done"})
        assert server.app.state.webhooks.wait_idle(10)

    events = [json.loads(body)["event"] for _, body in receiver.received]
    assert events.count("conversation.started") == 2 and events.count("conversation.ended") == 2  # 500, then 204
    for headers, body in receiver.received:
        expected = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(headers["x-signature"], expected)
        assert SPEC.check_named("WebhookEvent", json.loads(body)) == []
    started = next(json.loads(body) for _, body in receiver.received if b"conversation.started" in body)
    assert SPEC.check_named("ConversationStartedEvent", started) == []
    assert started["data"]["initial_context"] == {"customer_name": "Ann"}

    log = [entry for entry in server.app.state.webhook_log if entry["url"] == f"{sink.base_url}/hook"]
    started_log = [entry for entry in log if entry["event"] == "conversation.started"]
    assert [(e["attempt"], e["status_code"], e["delivered"]) for e in started_log] == [(1, 500, False), (2, 204, True)]
    assert all(SECRET not in json.dumps(entry) for entry in server.app.state.webhook_log)


def test_undeliverable_webhooks_give_up_after_the_retries(server: ReferenceServer) -> None:
    http = client(server)
    http.post(
        "/webhooks", json={"url": "http://127.0.0.1:9/closed", "secret": SECRET, "events": ["conversation.started"]}
    )
    start(http)
    assert server.app.state.webhooks.wait_idle(10)
    attempts = [e for e in server.app.state.webhook_log if e["url"] == "http://127.0.0.1:9/closed"]
    assert [e["attempt"] for e in attempts[-3:]] == [1, 2, 3]
    assert all(e["error"] and not e["delivered"] for e in attempts)


def test_webhooks_for_non_loopback_hosts_are_logged_but_never_sent(server: ReferenceServer) -> None:
    # A mock must not post to hosts its user never meant to contact (203.0.113.0/24 is TEST-NET-3).
    http = client(server)
    url = "https://203.0.113.7/hook"
    assert http.post("/webhooks", json={"url": url, "secret": SECRET, "events": ["conversation.started"]}).status_code in (200, 201)
    start(http)
    assert server.app.state.webhooks.wait_idle(10)
    attempts = [e for e in server.app.state.webhook_log if e["url"] == url]
    assert len(attempts) == 1 and attempts[0]["attempt"] == 0 and not attempts[0]["delivered"]
    assert "not a loopback host" in attempts[0]["error"]


# ---------------------------------------------------------------------------- WebSocket
def test_conversation_websocket(server: ReferenceServer) -> None:
    http = client(server)
    conversation = start(http, custom_responses={"greeting": "Hi Ann!", "farewell": "Bye!"})
    details = conversation["connection_details"]

    async def scenario() -> list[dict[str, Any]]:
        seen: list[dict[str, Any]] = []
        async with websockets.connect(f"{details['websocket_url']}?token={details['token']}") as ws:

            async def until(kind: str) -> dict[str, Any]:
                while True:
                    message = json.loads(await asyncio.wait_for(ws.recv(), 5))
                    seen.append(message)
                    if message["type"] == kind:
                        return message

            await until("agent.message")  # the greeting
            await ws.send(json.dumps({"type": "user.message", "content": "Where is my order?"}))
            reply = await until("agent.message")
            assert reply["message"]["content"] == "You said: Where is my order?"
            await ws.send(base64.b64encode(b"").decode())  # not a JSON object
            assert (await until("error"))["error"]["code"] == "invalid_message"
            await ws.send(json.dumps({"type": "user.audio", "audio": base64.b64encode(b"\x00\x00" * 16000).decode()}))
            await until("user.transcript")
            await ws.send(json.dumps({"type": "end", "reason": "resolved"}))
            await until("conversation.ended")
            await asyncio.wait_for(ws.wait_closed(), 5)
            assert ws.close_code == 1000
        return seen

    seen = asyncio.run(scenario())
    assert seen[0]["type"] == "session.started"
    assert any(m["type"] == "agent.audio" and m["audio"] for m in seen)
    for message in seen:
        assert SPEC.check_named("ConversationServerMessage", message) == []
    history = http.get(f"/conversations/{conversation['conversation_id']}").json()
    assert history["status"] == "completed"
    contents = [m["content"] for m in history["messages"]]
    assert contents[:3] == ["Hi Ann!", "Where is my order?", "You said: Where is my order?"]
    assert contents[-1] == "Bye!"


def test_websocket_handshake_refusals_and_rest_end_closes_the_socket(server: ReferenceServer) -> None:
    http = client(server)
    conversation = start(http)
    url = conversation["connection_details"]["websocket_url"]
    token = conversation["connection_details"]["token"]

    async def refused(target: str) -> int:
        with pytest.raises(websockets.InvalidStatus) as info:
            async with websockets.connect(target):
                pass
        body = json.loads(info.value.response.body)
        assert SPEC.check_named("ErrorResponse", body) == []
        return int(info.value.response.status_code)

    async def scenario() -> None:
        assert await refused(url) == 401
        assert await refused(f"{url}?token=cvt_wrong") == 401
        assert await refused(f"{server.ws_url}/ws/conv_nope?token={token}") == 404
        async with websockets.connect(f"{url}?token={token}") as ws:
            await asyncio.wait_for(ws.recv(), 5)
            await asyncio.to_thread(http.post, f"/conversations/{conversation['conversation_id']}/end")
            messages = []
            try:
                while True:
                    messages.append(json.loads(await asyncio.wait_for(ws.recv(), 5)))
            except websockets.ConnectionClosedOK:
                pass
            assert messages[-1]["type"] == "conversation.ended"
        assert await refused(f"{url}?token={token}") == 400

    asyncio.run(scenario())
