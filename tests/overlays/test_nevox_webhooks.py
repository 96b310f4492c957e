"""NevoxAI webhook verification and typed events (hypothesis for the signature, spec examples for the events)."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from nevox_client.exceptions import ProtocolError, SignatureError
from nevox_client.models import (
    AgentHandoffEvent,
    ConversationEndedEvent,
    ConversationStartedEvent,
    ErrorOccurredEvent,
    MessageReceivedEvent,
    UnknownWebhookEvent,
)
from nevox_client.webhooks import (
    EVENT_TYPES,
    PLATFORM_SIGNATURE_HEADER,
    SIGNATURE_HEADER,
    WebhookVerifier,
    parse_event,
    sign,
    verify_signature,
    verify_webhook,
)
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from conformance.servers import ReferenceServer

SECRET = "whsec_123456789_do_not_print"
SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "specs" / "nevox" / "openapi.yaml").read_text())


def spec_examples() -> dict[str, dict[str, Any]]:
    """The request-body example of every webhook in the spec, by event name."""
    return {
        name: item["post"]["requestBody"]["content"]["application/json"]["example"]
        for name, item in SPEC["webhooks"].items()
    }


# --- signatures ----------------------------------------------------------------------------------------


def test_the_scheme_matches_the_specs_x_signature() -> None:
    scheme = SPEC["info"]["x-signature"]
    assert scheme == {"header": SIGNATURE_HEADER, "algorithm": "hmac-sha256", "encoding": "hex", "signed": "raw-body"}
    body = b'{"event":"conversation.started"}'
    assert sign(body, SECRET) == hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()


secrets = st.text(min_size=1, max_size=64)


@settings(deadline=None)  # CPU-bound and tiny; a busy machine must not fail it
@given(body=st.binary(max_size=2048), secret=secrets)
def test_any_body_signed_with_any_secret_verifies(body: bytes, secret: str) -> None:
    verify_signature(body, sign(body, secret), secret)
    verify_signature(body, sign(body, secret).upper(), secret)  # hex case does not matter
    verify_signature(body, "sha256=" + sign(body, secret), secret)


@settings(deadline=None)  # CPU-bound and tiny; a busy machine must not fail it
@given(body=st.binary(min_size=1, max_size=2048), secret=secrets, data=st.data())
def test_any_single_byte_tamper_of_the_body_fails(body: bytes, secret: str, data: st.DataObject) -> None:
    signature = sign(body, secret)
    index = data.draw(st.integers(0, len(body) - 1))
    flip = data.draw(st.integers(1, 255))
    tampered = body[:index] + bytes([body[index] ^ flip]) + body[index + 1 :]
    with pytest.raises(SignatureError, match="does not match"):
        verify_signature(tampered, signature, secret)


@settings(deadline=None)  # CPU-bound and tiny; a busy machine must not fail it
@given(body=st.binary(max_size=512), secret=secrets, data=st.data())
def test_any_single_character_tamper_of_the_signature_fails(body: bytes, secret: str, data: st.DataObject) -> None:
    signature = sign(body, secret)
    index = data.draw(st.integers(0, len(signature) - 1))
    replacement = data.draw(st.sampled_from("0123456789abcdef").filter(lambda c: c != signature[index]))
    with pytest.raises(SignatureError):
        verify_signature(body, signature[:index] + replacement + signature[index + 1 :], secret)


@settings(deadline=None)  # CPU-bound and tiny; a busy machine must not fail it
@given(body=st.binary(max_size=512), secret=secrets, other=secrets)
def test_a_different_secret_fails(body: bytes, secret: str, other: str) -> None:
    if other != secret:
        with pytest.raises(SignatureError):
            verify_signature(body, sign(body, other), secret)


@pytest.mark.parametrize("signature", [None, "", "  "])
def test_a_missing_signature_is_rejected(signature: str | None) -> None:
    with pytest.raises(SignatureError, match="X-Signature"):
        verify_signature(b"{}", signature, SECRET)


def test_verify_webhook_reads_the_header_case_insensitively_and_names_it_when_missing() -> None:
    body = json.dumps(spec_examples()["conversation.started"]).encode()
    event = verify_webhook(body, {"x-signature": sign(body, SECRET)}, SECRET)
    assert isinstance(event, ConversationStartedEvent)
    with pytest.raises(SignatureError, match=r"^X-Signature: missing$"):
        verify_webhook(body, {"X-Nevox-Signature": sign(body, SECRET)}, SECRET)


def test_the_header_name_is_configurable() -> None:
    body = json.dumps(spec_examples()["agent.handoff"]).encode()
    platform = {"X-Nevox-Signature": sign(body, SECRET), "X-Nevox-Timestamp": "1700000000"}
    assert isinstance(verify_webhook(body, platform, SECRET, header=PLATFORM_SIGNATURE_HEADER), AgentHandoffEvent)
    either = (SIGNATURE_HEADER, PLATFORM_SIGNATURE_HEADER)
    assert isinstance(verify_webhook(body, platform, SECRET, header=either), AgentHandoffEvent)
    with pytest.raises(SignatureError, match="X-Signature or X-Nevox-Signature: missing"):
        verify_webhook(body, {}, SECRET, header=either)
    with pytest.raises(ValueError, match="header"):
        verify_webhook(body, platform, SECRET, header=())


def test_the_first_configured_header_present_is_the_one_checked() -> None:
    body = b'{"event": "conversation.ended", "created_at": "2024-01-01T12:03:00Z", "data": {}}'
    headers = {"X-Signature": "0" * 64, "X-Nevox-Signature": sign(body, SECRET)}
    with pytest.raises(SignatureError, match="X-Signature: does not match"):
        verify_webhook(body, headers, SECRET, header=(SIGNATURE_HEADER, PLATFORM_SIGNATURE_HEADER))


def test_the_body_must_be_the_raw_bytes() -> None:
    event = spec_examples()["conversation.started"]
    with pytest.raises(TypeError, match="raw request bytes"):
        verify_webhook(event, {"X-Signature": "x"}, SECRET)  # type: ignore[arg-type]
    # Re-serialised JSON is not what was signed:
    raw = json.dumps(event, indent=2).encode()
    with pytest.raises(SignatureError):
        verify_webhook(json.dumps(event).encode(), {"X-Signature": sign(raw, SECRET)}, SECRET)


def test_the_secret_never_appears_in_reprs_messages_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    verifier = WebhookVerifier(SECRET)
    assert SECRET not in repr(verifier) and "[REDACTED]" in repr(verifier)
    messages = []
    with caplog.at_level(logging.DEBUG):
        for headers in ({}, {"X-Signature": "abc"}, {"X-Signature": sign(b"other", SECRET)}):
            with pytest.raises(SignatureError) as info:
                verifier.verify(b"{}", headers)
            messages += [str(info.value), repr(info.value)]
    assert all(SECRET not in m for m in messages)
    assert SECRET not in caplog.text


# --- typed events ----------------------------------------------------------------------------------------

EXPECTED = {
    "conversation.started": ConversationStartedEvent,
    "conversation.ended": ConversationEndedEvent,
    "message.received": MessageReceivedEvent,
    "agent.handoff": AgentHandoffEvent,
    "error.occurred": ErrorOccurredEvent,
}


def test_every_event_type_of_the_spec_is_known() -> None:
    assert set(EVENT_TYPES) == set(SPEC["components"]["schemas"]["WebhookEventType"]["enum"]) == set(SPEC["webhooks"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_spec_example_verifies_into_its_typed_event(name: str) -> None:
    example = spec_examples()[name]
    body = json.dumps(example).encode()
    event = WebhookVerifier(SECRET).verify(body, {"X-Signature": sign(body, SECRET)})
    assert type(event) is EXPECTED[name]
    assert event.event == name
    assert event.to_dict()["data"]["conversation_id"] == example["data"]["conversation_id"]
    assert event.created_at is not None


def test_started_event_fields_are_typed() -> None:
    event = parse_event(json.dumps(spec_examples()["conversation.started"]))
    assert isinstance(event, ConversationStartedEvent)
    assert event.data.agent_id == "agt_123456"
    assert event.data.initial_context is not None
    assert event.data.initial_context["customer_name"] == "John Doe"
    assert event.created_at.year == 2024


def test_an_unknown_event_type_is_kept_not_refused() -> None:
    event = parse_event(
        b'{"event": "call.transferred", "created_at": "2025-01-01T00:00:00Z", "data": {"x": 1}, "v": 2}'
    )
    assert isinstance(event, UnknownWebhookEvent)
    assert event.event == "call.transferred"
    assert event.additional_properties == {"v": 2}


@pytest.mark.parametrize(
    ("body", "match"),
    [
        (b"not json", "the body is not JSON"),
        (b"\xff\xfe", "the body is not JSON"),
        (b"[1, 2]", "expected a JSON object"),
        (b'{"data": {}}', "no string `event`"),
        (b'{"event": "conversation.started", "created_at": "2024-01-01T12:00:00Z", "data": {}}', "missing field"),
        (b'{"event": "conversation.ended", "created_at": "yesterday", "data": {}}', "not a valid event"),
    ],
)
def test_bodies_that_are_not_events_are_protocol_errors(body: bytes, match: str) -> None:
    with pytest.raises(ProtocolError, match=match):
        parse_event(body)


# --- a real receiver ----------------------------------------------------------------------------------------


@pytest.fixture
def receiver() -> Iterator[tuple[ReferenceServer, list[Any]]]:
    verifier = WebhookVerifier(SECRET)
    received: list[Any] = []

    async def hook(request: Request) -> JSONResponse:
        try:
            received.append(verifier.verify(await request.body(), request.headers))
        except SignatureError as exc:
            return JSONResponse({"error": {"code": "bad_signature", "message": str(exc)}}, status_code=401)
        return JSONResponse({"ok": True})

    with ReferenceServer(Starlette(routes=[Route("/hook", hook, methods=["POST"])])) as srv:
        yield srv, received


@pytest.mark.e2e
def test_a_web_endpoint_verifies_real_deliveries(receiver: tuple[ReferenceServer, list[Any]]) -> None:
    server, received = receiver
    body = json.dumps(spec_examples()["message.received"], separators=(",", ":")).encode()
    good = httpx.post(f"{server.base_url}/hook", content=body, headers={"X-Signature": sign(body, SECRET)})
    assert good.status_code == 200
    assert isinstance(received[0], MessageReceivedEvent)
    bad = httpx.post(f"{server.base_url}/hook", content=body + b" ", headers={"X-Signature": sign(body, SECRET)})
    assert bad.status_code == 401 and "does not match" in bad.text and SECRET not in bad.text
    assert len(received) == 1
