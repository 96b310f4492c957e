"""NevoxAI reference server: agents, conversations (REST + WebSocket) and signed webhooks.

Follows `specs/nevox/openapi.yaml` + `asyncapi.yaml`: `Authorization: Bearer <api key>`, errors as
`{"error": {"code", "message", "type"}}` (400 for an unparsable body, 422 for a field that fails
validation), ids `agt_...`, `conv_...`, `cvt_...`, `msg_...`. Routes answer at the root and under `/v1`
(the documented base URL is `https://api.nevoxai.com/v1`).

Webhooks: `POST /webhooks` subscribes a URL; `conversation.started` / `conversation.ended` are sent when a
conversation starts and ends, `message.received` for each transcript message, `agent.handoff` and
`error.occurred` from the WebSocket. Deliveries are signed (`X-Signature`, HMAC-SHA256 hex of the raw
body keyed by the webhook secret), retried, and logged in `app.state.webhook_log`;
`app.state.webhooks.wait_idle()` waits for pending deliveries. The spec demands `https://` URLs; loopback
`http://127.0.0.1` / `http://localhost` URLs are accepted too so tests can receive deliveries (option
`allow_loopback_http`).

Options (keyword arguments of `create_app`):
    webhook_retry_delays   seconds before each retry of a failed delivery (default (1, 5, 25))
    webhook_timeout        seconds per delivery attempt (default 5)
    allow_loopback_http    accept http:// webhook URLs on 127.0.0.1 / localhost / ::1 (default True)
    webhook_remote_delivery  also deliver to non-loopback hosts (default False: events for other hosts
                           are logged as not delivered, never sent)
    rate_limit, rate_limit_window   optional per-key limit (undocumented for this API; default off)
"""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, WebSocketRoute

from ._common import (
    ApiError,
    ApiSpec,
    RateLimiter,
    RequestReader,
    Store,
    bearer_token,
    build_app,
    nested_error_shape,
    retry_after_header,
    route,
    secrets_equal,
    utc_now,
)
from ._nevox_ws import ConversationSocket
from ._webhooks import WebhookDispatcher

SHAPE = nested_error_shape(
    codes={
        400: "invalid_request",
        401: "invalid_api_key",
        404: "not_found",
        405: "method_not_allowed",
        413: "payload_too_large",
        429: "rate_limit_exceeded",
    }
)
_LOOPBACK_HTTP = re.compile(r"^http://(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(/|$)")


def _token(prefix: str, size: int = 6) -> str:
    return f"{prefix}_{secrets.token_hex(size)}"


class NevoxServer:
    def __init__(
        self,
        api_key: str,
        *,
        webhook_retry_delays: Sequence[float] = (1.0, 5.0, 25.0),
        webhook_timeout: float = 5.0,
        allow_loopback_http: bool = True,
        webhook_remote_delivery: bool = False,
        rate_limit: int | None = None,
        rate_limit_window: float = 60.0,
        reply_delay: float = 0.0,
    ) -> None:
        self.api_key = api_key
        self.spec = ApiSpec.load("nevox")
        self.spec.warm()
        self.reader = RequestReader(self.spec, SHAPE)
        self.agents = Store()
        self.conversations = Store()
        self.webhooks = Store()
        self.dispatcher = WebhookDispatcher(
            retry_delays=webhook_retry_delays, timeout=webhook_timeout, remote_delivery=webhook_remote_delivery
        )
        self.allow_loopback_http = allow_loopback_http
        self.limiter = RateLimiter(rate_limit, rate_limit_window) if rate_limit else None
        self.reply_delay = reply_delay

    # ------------------------------------------------------------------ gate
    def gate(self, request: Request) -> None:
        token = bearer_token(request.headers.get("authorization"))
        if not secrets_equal(token, self.api_key):
            message = "Missing API key" if token is None else "Invalid API key"
            raise ApiError(401, message, code="invalid_api_key", headers={"WWW-Authenticate": "Bearer"})
        if self.limiter is not None:
            wait = self.limiter.hit(self.api_key)
            if wait is not None:
                raise ApiError(429, "Too many requests", code="rate_limit_exceeded", headers=retry_after_header(wait))

    def emit(self, event: str, conversation: dict[str, Any], **extra: Any) -> None:
        data = {
            "conversation_id": conversation["conversation_id"],
            "agent_id": conversation["agent_id"],
            "user_id": conversation["user_id"],
            **extra,
        }
        self.dispatcher.emit(self.webhooks.values(), event, data)

    # ------------------------------------------------------------------ agents
    async def create_agent(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request)
        agent = {
            "agent_id": _token("agt"),
            "name": body["name"],
            "status": "active",
            "created_at": utc_now(),
            "language": body.get("language", "en-US"),
            "voice_type": body.get("voice_type"),
            "personality": body.get("personality"),
            "custom_responses": body.get("custom_responses") or {},
        }
        self.agents.add(agent["agent_id"], agent)
        public = {key: agent[key] for key in ("agent_id", "name", "status", "created_at")}
        return JSONResponse(public, status_code=201)

    # ------------------------------------------------------------------ conversations
    def conversation_or_404(self, request: Request) -> dict[str, Any]:
        conversation_id = self.reader.path_params(request)["conversation_id"]
        conversation = self.conversations.get(conversation_id)
        if conversation is None:
            raise ApiError(404, f"Conversation {conversation_id[:64]} not found", code="not_found")
        return conversation

    async def create_conversation(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request)
        agent = self.agents.get(body["agent_id"])
        if agent is None:
            raise ApiError(404, f"Agent {body['agent_id'][:64]} not found", code="not_found")
        conversation_id = _token("conv")
        conversation = {
            "conversation_id": conversation_id,
            "agent_id": agent["agent_id"],
            "user_id": body["user_id"],
            "language": body.get("language", agent.get("language", "en-US")),
            "initial_context": body.get("initial_context") or {},
            "settings": body.get("settings") or {},
            "status": "active",
            "created_at": utc_now(),
            "_started": time.monotonic(),
            "_token": _token("cvt", 12),
            "messages": [],
        }
        self.conversations.add(conversation_id, conversation)
        # The socket URL mirrors how the client reached us (root or /v1).
        prefix = "/v1" if request.url.path.startswith("/v1/") else ""
        scheme = "wss" if request.url.scheme == "https" else "ws"
        websocket_url = f"{scheme}://{request.url.netloc}{prefix}/ws/{conversation_id}"
        self.emit("conversation.started", conversation, initial_context=conversation["initial_context"])
        body_out = {
            "conversation_id": conversation_id,
            "status": "active",
            "created_at": conversation["created_at"],
            "connection_details": {"websocket_url": websocket_url, "token": conversation["_token"]},
        }
        return JSONResponse(body_out, status_code=201)

    async def get_conversation(self, request: Request) -> Response:
        self.gate(request)
        conversation = self.conversation_or_404(request)
        body: dict[str, Any] = {
            "conversation_id": conversation["conversation_id"],
            "status": conversation["status"],
            "messages": conversation["messages"],
        }
        if conversation["status"] == "completed":
            body["duration"] = conversation["duration"]
            body["metrics"] = conversation["metrics"]
        return JSONResponse(body)

    def end(self, conversation_id: str, reason: str | None, feedback: dict[str, Any] | None) -> dict[str, Any] | None:
        """Mark a conversation completed (once); returns it, or None if it was already over."""
        ended: list[bool] = []

        def close(record: dict[str, Any]) -> None:
            if record["status"] != "active":
                return
            record["status"] = "completed"
            record["ended_at"] = utc_now()
            record["duration"] = round(time.monotonic() - record["_started"], 3)
            record["metrics"] = {
                "sentiment_score": 0.5,
                "user_satisfaction": "unknown",
                "resolution_status": reason or "ended",
            }
            record["end_reason"] = reason
            record["feedback"] = feedback
            ended.append(True)

        record = self.conversations.update(conversation_id, close)
        if record is None or not ended:
            return None
        self.emit("conversation.ended", record, reason=reason)
        return record

    async def end_conversation(self, request: Request) -> Response:
        self.gate(request)
        conversation = self.conversation_or_404(request)
        body = await self.reader.json(request, required=False) or {}
        # Ending twice is harmless: the answer is the same and no second `conversation.ended` goes out.
        self.end(conversation["conversation_id"], body.get("reason"), body.get("feedback"))
        return JSONResponse({"conversation_id": conversation["conversation_id"], "status": "completed"})

    # ------------------------------------------------------------------ webhooks
    def _checked_webhook(self, body: Any) -> Any:
        if self.allow_loopback_http and isinstance(body, dict) and isinstance(body.get("url"), str):
            match = _LOOPBACK_HTTP.match(body["url"])
            if match:
                return {**body, "url": "https://" + body["url"][len("http://") :]}
        return body

    async def register_webhook(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request, checked_as=self._checked_webhook)
        generated = "secret" not in body
        hook = {
            "id": _token("wh", 8),
            "url": body["url"],
            "events": list(body["events"]),
            "description": body.get("description"),
            "secret": body.get("secret") or _token("whsec", 16),
            "created_at": utc_now(),
        }
        self.webhooks.add(hook["id"], hook)
        public = {key: hook[key] for key in ("id", "url", "events", "created_at")}
        if hook["description"] is not None:
            public["description"] = hook["description"]
        if generated:
            public["secret"] = hook["secret"]  # the caller needs it to verify signatures
        return JSONResponse(public, status_code=201)

    # ------------------------------------------------------------------ WebSocket
    async def websocket(self, websocket: Any) -> None:
        await ConversationSocket(self, websocket).run()


def create_app(api_key: str = "test-key", **options: Any) -> Any:
    server = NevoxServer(api_key, **options)
    routes = [
        route("/agents", post=server.create_agent),
        route("/conversations", post=server.create_conversation),
        route("/conversations/{conversation_id}", get=server.get_conversation),
        route("/conversations/{conversation_id}/end", post=server.end_conversation),
        route("/webhooks", post=server.register_webhook),
        WebSocketRoute("/ws/{conversation_id}", server.websocket),
    ]
    app = build_app(
        [Mount("/v1", routes=routes), *routes],
        SHAPE,
        server=server,
        agents=server.agents,
        conversations=server.conversations,
        webhooks=server.dispatcher,
        webhook_log=server.dispatcher.log,
    )
    return app
