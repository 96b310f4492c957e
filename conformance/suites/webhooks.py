"""Webhooks (the spec's top-level `webhooks`): a receiver the suite starts gets signed, schema-valid events.

The suite starts an HTTP receiver on a free port of `ctx.callback_host`, registers it through the
operation that takes a webhook `url` (with a fresh secret), lets the adapter cause events (e.g. start
and end a conversation), and waits a bounded time for the deliveries. The signature scheme comes from
`info.x-signature` (header, HMAC algorithm, hex/base64, what is signed). Named checks:
- `webhook_delivered`: every event the adapter caused arrives within the wait;
- `webhook_signature`: the signature header is present and is the HMAC of the raw body with the secret;
- `webhook_payload_schema`: the body is valid against the `webhooks` entry named by its event;
- `webhook_event_known`: the event name is one the spec documents.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any

import httpx

from conformance import adapters
from conformance.context import RunContext, curl
from conformance.loopback import serve_app
from conformance.report import Finding, SuiteResult
from conformance.spec import Spec

DELIVERY_WAIT = 10.0


@dataclass
class Delivery:
    headers: dict[str, str]
    body: bytes
    path: str


class Receiver:
    """A tiny ASGI app recording every POST it gets."""

    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []
        self.lock = threading.Lock()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        with self.lock:
            self.deliveries.append(Delivery(headers, body, scope["path"]))
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": b'{"received": true}'})

    def events(self) -> list[tuple[str | None, Delivery]]:
        with self.lock:
            found = []
            for delivery in self.deliveries:
                try:
                    name = json.loads(delivery.body).get("event")
                except (ValueError, AttributeError):
                    name = None
                found.append((name, delivery))
            return found


def applies(spec: Spec) -> bool:
    return bool(spec.webhooks())


def signature_scheme(spec: Spec) -> dict[str, str]:
    scheme = (spec.openapi.get("info") or {}).get("x-signature") or {}
    return {
        "header": str(scheme.get("header", "X-Signature")),
        "algorithm": str(scheme.get("algorithm", "hmac-sha256")),
        "encoding": str(scheme.get("encoding", "hex")),
    }


def expected_signature(scheme: dict[str, str], secret: str, body: bytes) -> str:
    digest = getattr(hashlib, scheme["algorithm"].lower().replace("hmac-", "").replace("-", ""))
    mac = hmac.new(secret.encode(), body, digest).digest()
    return base64.b64encode(mac).decode() if scheme["encoding"] == "base64" else mac.hex()


def check_signature(scheme: dict[str, str], secret: str, delivery: Delivery) -> str | None:
    header = scheme["header"].lower()
    received = delivery.headers.get(header)
    if received is None:
        return f"a `{scheme['header']}` header ({scheme['algorithm']} of the raw body, {scheme['encoding']})"
    value = received.split("=", 1)[1] if received.lower().startswith("sha256=") else received
    if not hmac.compare_digest(
        value.strip().lower() if scheme["encoding"] == "hex" else value.strip(),
        expected_signature(scheme, secret, delivery.body),
    ):
        return f"`{scheme['header']}` = {scheme['algorithm']} of the raw body keyed by the registered secret"
    return None


def check_payload(spec: Spec, event: str | None, delivery: Delivery) -> tuple[str, str | None]:
    hooks = spec.webhooks()
    if event not in hooks:
        return "webhook_event_known", f"an event the spec documents ({', '.join(hooks)}), got {event!r}"
    operation: dict[str, Any] = next(iter(v for k, v in hooks[event].items() if k in ("post", "put")), {})
    body = spec.resolve(operation.get("requestBody") or {})
    schema = ((body.get("content") or {}).get("application/json") or {}).get("schema")
    if schema is None:
        return "webhook_payload_schema", None
    try:
        payload = json.loads(delivery.body)
    except ValueError:
        return "webhook_payload_schema", "a JSON body"
    errors = sorted(spec.validator(schema).iter_errors(payload), key=lambda e: len(list(e.path)))
    if errors:
        where = "/".join(map(str, errors[0].absolute_path)) or "(root)"
        return "webhook_payload_schema", f"a body valid against the `{event}` schema; at {where}: {errors[0].message}"
    return "webhook_payload_schema", None


def registration_operation(spec: Spec) -> Any:
    """The operation whose request body takes a webhook `url` (and `secret`)."""
    for op in spec.operations():
        body = spec.request_body(op) or {}
        schema = spec.resolve(((body.get("content") or {}).get("application/json") or {}).get("schema") or {})
        if "url" in (schema.get("properties") or {}) and "webhook" in (op.path + op.operation_id).lower():
            return op
    return None


def run(ctx: RunContext) -> SuiteResult:
    from conformance.requests import example_request

    suite = SuiteResult("webhooks")
    spec = ctx.spec
    op = registration_operation(spec)
    if op is None:
        suite.skipped = "no operation registers a webhook URL"
        return suite
    scheme = signature_scheme(spec)
    secret = "whsec_" + secrets.token_hex(12)
    ctx.redactor.add(secret)
    receiver = Receiver()
    with serve_app(receiver, host=ctx.callback_host) as receiver_url:
        request = example_request(ctx, op)
        body = dict(request.body or {})
        body.update({"url": receiver_url + "/hook", "secret": secret, "events": list(spec.webhooks())})
        headers, params = ctx.credentials(op)
        reproducer = curl(op.method, ctx.url(op.path), headers=headers, params=params, json_body=body)
        response = httpx.request(
            op.method, ctx.url(op.path), json=body, headers=headers, params=params, timeout=ctx.timeout
        )
        suite.cases += 1
        suite.checked(f"{op.label} (register)")
        if not response.is_success:
            suite.add(
                Finding(
                    "webhooks",
                    "webhook_registered",
                    op.label,
                    "webhook registration refused",
                    "a 2xx for a webhook pointing at the suite's receiver",
                    f"HTTP {response.status_code}\n{response.text[:400]}",
                    reproducer,
                )
            )
            return suite
        expected = adapters.get(ctx.slug).trigger_webhooks(ctx)
        deadline = time.monotonic() + DELIVERY_WAIT
        while time.monotonic() < deadline:
            if set(expected) <= {name for name, _ in receiver.events()}:
                break
            time.sleep(0.05)
        time.sleep(0.2)  # let stragglers in
        events = receiver.events()
    received_names = [name for name, _ in events]
    for name in expected:
        suite.checked(f"WEBHOOK {name}")
        if name not in received_names:
            suite.add(
                Finding(
                    "webhooks",
                    "webhook_delivered",
                    f"WEBHOOK {name}",
                    "event not delivered",
                    f"a `{name}` delivery within {DELIVERY_WAIT:.0f}s",
                    f"deliveries: {received_names or 'none'}",
                    reproducer,
                )
            )
    for event_name, delivery in events:
        suite.cases += 1
        label = f"WEBHOOK {event_name}"
        suite.checked(label)
        shown = (
            f"POST {delivery.path}\n"
            + "\n".join(f"{k}: {v}" for k, v in delivery.headers.items())
            + f"\n\n{delivery.body[:600].decode('utf-8', 'replace')}"
        )
        problems = [
            ("webhook_signature", check_signature(scheme, secret, delivery)),
            check_payload(spec, event_name, delivery),
        ]
        failed = False
        for check, problem in problems:
            if problem:
                failed = True
                suite.add(
                    Finding("webhooks", check, label, f"webhook delivery breaks `{check}`", problem, shown, reproducer)
                )
        ctx.console.tick("F" if failed else ".")
    return suite
