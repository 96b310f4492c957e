# Copied from overlays/nevox/webhooks.py by scripts/generate.py; edit that file, not this copy.
"""NevoxAI webhook deliveries: signature verification and typed events.

    from nevox_client.webhooks import verify_webhook

    # in your web framework, with the *raw* request body (not re-serialised JSON):
    event = verify_webhook(request_body, request.headers, secret="whsec_...")
    if isinstance(event, ConversationStartedEvent):
        ...

Every delivery is signed (specs/nevox/openapi.yaml, `info.x-signature`): the `X-Signature` header
holds the lowercase hex HMAC-SHA256 of the raw body, keyed with the webhook's `secret`. The
signature is compared in constant time; a missing or wrong one raises `SignatureError` (whose
message never contains the secret). The header name is configurable: the NevoxAI platform code
signs with `X-Nevox-Signature` instead, so `header=(SIGNATURE_HEADER, PLATFORM_SIGNATURE_HEADER)`
accepts either (the first one present is used).

Events are dispatched on their `event` field into the generated models; an event type this
client does not know yet becomes an `UnknownWebhookEvent` rather than an error.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias

from ._core.errors import ProtocolError, preview
from ._core.redact import Secret, as_secret
from ._core.webhooks import SignatureError
from ._core.webhooks import sign as _sign
from ._core.webhooks import verify_signature as _verify
from .models.agent_handoff_event import AgentHandoffEvent
from .models.conversation_ended_event import ConversationEndedEvent
from .models.conversation_started_event import ConversationStartedEvent
from .models.error_occurred_event import ErrorOccurredEvent
from .models.message_received_event import MessageReceivedEvent
from .models.unknown_webhook_event import UnknownWebhookEvent

__all__ = [
    "EVENT_TYPES",
    "PLATFORM_SIGNATURE_HEADER",
    "SIGNATURE_HEADER",
    "SignatureError",
    "WebhookEvent",
    "WebhookVerifier",
    "parse_event",
    "sign",
    "verify_signature",
    "verify_webhook",
]

SIGNATURE_HEADER = "X-Signature"
# What the NevoxAI platform code (zainzaheer06/tradiedee) signs its own webhooks with.
PLATFORM_SIGNATURE_HEADER = "X-Nevox-Signature"

WebhookEvent: TypeAlias = (
    ConversationStartedEvent
    | ConversationEndedEvent
    | MessageReceivedEvent
    | AgentHandoffEvent
    | ErrorOccurredEvent
    | UnknownWebhookEvent
)

_KnownEvent: TypeAlias = (
    type[ConversationStartedEvent]
    | type[ConversationEndedEvent]
    | type[MessageReceivedEvent]
    | type[AgentHandoffEvent]
    | type[ErrorOccurredEvent]
)

EVENT_TYPES: dict[str, _KnownEvent] = {
    "conversation.started": ConversationStartedEvent,
    "conversation.ended": ConversationEndedEvent,
    "message.received": MessageReceivedEvent,
    "agent.handoff": AgentHandoffEvent,
    "error.occurred": ErrorOccurredEvent,
}

HeaderNames = str | Sequence[str]


def sign(body: bytes, secret: str | Secret) -> str:
    """The `X-Signature` value a sender puts on `body`: hex HMAC-SHA256 keyed with `secret`."""
    return _sign(body, secret)


def verify_signature(
    body: bytes, signature: str | None, secret: str | Secret, *, header: str = SIGNATURE_HEADER
) -> None:
    """Raise `SignatureError` unless `signature` is the HMAC-SHA256 of the exact raw `body`."""
    _verify(body, signature, secret, header=header)


def _names(header: HeaderNames) -> tuple[str, ...]:
    names = (header,) if isinstance(header, str) else tuple(header)
    if not names:
        raise ValueError("header: name at least one signature header")
    return names


def _signature(headers: Mapping[str, str], names: tuple[str, ...]) -> tuple[str, str | None]:
    """(header used, its value) for the first of `names` present, case-insensitively."""
    by_name: dict[str, str] = {}
    for key, value in headers.items():
        by_name.setdefault(key.lower(), value)
    for name in names:
        if (found := by_name.get(name.lower())) is not None:
            return name, found
    return " or ".join(names), None


def parse_event(body: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """The typed event of a delivery body (verify the signature first: see `verify_webhook`)."""
    if isinstance(body, Mapping):
        payload: Any = dict(body)
    else:
        try:
            payload = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ProtocolError(f"webhook: the body is not JSON ({exc}): {preview(body)}") from None
    if not isinstance(payload, dict):
        raise ProtocolError(f"webhook: expected a JSON object, got {preview(json.dumps(payload))}")
    kind = payload.get("event")
    if not isinstance(kind, str):
        raise ProtocolError(f"webhook: the body has no string `event`: {preview(json.dumps(payload))}")
    model = EVENT_TYPES.get(kind)
    try:
        if model is None:
            return UnknownWebhookEvent.from_dict(payload)
        return model.from_dict(payload)
    except (KeyError, TypeError, ValueError) as exc:
        detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise ProtocolError(f"webhook {kind}: not a valid event ({detail}): {preview(json.dumps(payload))}") from None


def verify_webhook(
    body: bytes, headers: Mapping[str, str], secret: str | Secret, *, header: HeaderNames = SIGNATURE_HEADER
) -> WebhookEvent:
    """Check the delivery's signature against its raw body, then return its typed event.

    `headers` is the request's headers (any mapping; names are matched case-insensitively).
    Raises `SignatureError` for a missing or wrong signature, `ProtocolError` for a body that is
    not a webhook event.
    """
    name, signature = _signature(headers, _names(header))
    _verify(body, signature, secret, header=name)
    return parse_event(body)


class WebhookVerifier:
    """The secret and header names held once, for a webhook endpoint: `verifier.verify(body, headers)`."""

    def __init__(self, secret: str | Secret, *, header: HeaderNames = SIGNATURE_HEADER) -> None:
        self._secret = as_secret(secret)
        self.headers = _names(header)

    def verify(self, body: bytes, headers: Mapping[str, str]) -> WebhookEvent:
        return verify_webhook(body, headers, self._secret, header=self.headers)

    def __repr__(self) -> str:
        return f"WebhookVerifier(secret=[REDACTED], header={self.headers!r})"
