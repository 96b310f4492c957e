"""Signed webhook delivery with retries and a delivery log readable from Python.

Each delivery POSTs the raw JSON body with `X-Signature: hex(HMAC-SHA256(secret, raw body))`. A non-2xx
answer or a network error is retried after each of `retry_delays` seconds; every attempt is appended to
`log` (a plain list, safe to read from another thread) as a dict:

    {"delivery_id", "webhook_id", "event", "url", "attempt", "status_code", "error", "delivered",
     "body", "signature", "at"}

The secret itself is never logged. Deliveries go only to loopback hosts unless the dispatcher is
built with `remote_delivery=True`: a mock server must not post events (or fuzzed URLs) to hosts its
user never meant to contact. `wait_idle(timeout)` blocks (from any thread) until no delivery is
pending, so tests need not sleep.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import json
import secrets
import threading
from collections.abc import Sequence
from typing import Any

import httpx

from ._common import utc_now

SIGNATURE_HEADER = "X-Signature"


def sign(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def is_loopback_url(url: str) -> bool:
    host = httpx.URL(url).host
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class WebhookDispatcher:
    def __init__(
        self, *, retry_delays: Sequence[float] = (1.0, 5.0, 25.0), timeout: float = 5.0, remote_delivery: bool = False
    ) -> None:
        self.retry_delays = tuple(retry_delays)
        self.timeout = timeout
        self.remote_delivery = remote_delivery
        self.log: list[dict[str, Any]] = []
        self._pending = 0
        self._idle = threading.Condition()
        self._tasks: set[asyncio.Task[None]] = set()

    def emit(self, hooks: Sequence[dict[str, Any]], event: str, data: dict[str, Any]) -> None:
        """Queue `event` for every hook subscribed to it (call from the server's event loop)."""
        targets = [hook for hook in hooks if event in hook.get("events", [])]
        if not targets:
            return
        payload = {"event": event, "created_at": utc_now(), "data": data}
        body = json.dumps(payload, separators=(",", ":")).encode()
        loop = asyncio.get_running_loop()
        for hook in targets:
            with self._idle:
                self._pending += 1
            task = loop.create_task(self._deliver(hook, event, body))
            self._tasks.add(task)
            task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        with self._idle:
            self._pending -= 1
            self._idle.notify_all()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    async def _deliver(self, hook: dict[str, Any], event: str, body: bytes) -> None:
        delivery_id = f"dlv_{secrets.token_hex(8)}"
        signature = sign(hook["secret"], body)
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: signature,
            "User-Agent": "NevoxAI-Webhooks/1.0 (voxspec reference server)",
            "X-Nevox-Event": event,
            "X-Nevox-Delivery": delivery_id,
        }
        if not self.remote_delivery and not is_loopback_url(hook["url"]):
            self.log.append(
                {
                    "delivery_id": delivery_id,
                    "webhook_id": hook["id"],
                    "event": event,
                    "url": hook["url"],
                    "attempt": 0,
                    "status_code": None,
                    "error": "not delivered: the target is not a loopback host (remote_delivery=False)",
                    "delivered": False,
                    "body": body.decode(),
                    "signature": signature,
                    "at": utc_now(),
                }
            )
            return
        async with httpx.AsyncClient(timeout=self.timeout, follow_redirects=False) as client:
            for attempt, delay in enumerate((0.0, *self.retry_delays), start=1):
                if delay:
                    await asyncio.sleep(delay)
                status: int | None = None
                error: str | None = None
                try:
                    response = await client.post(hook["url"], content=body, headers=headers)
                    status = response.status_code
                except httpx.HTTPError as exc:
                    error = type(exc).__name__
                delivered = status is not None and 200 <= status < 300
                self.log.append(
                    {
                        "delivery_id": delivery_id,
                        "webhook_id": hook["id"],
                        "event": event,
                        "url": hook["url"],
                        "attempt": attempt,
                        "status_code": status,
                        "error": error,
                        "delivered": delivered,
                        "body": body.decode(),
                        "signature": signature,
                        "at": utc_now(),
                    }
                )
                if delivered:
                    return
