# Copied from overlays/_core/retry.py by scripts/generate.py; edit that file, not this copy.
"""Retries with exponential backoff and jitter, as an httpx transport.

Being a transport, it serves the generated endpoint functions and the streaming helpers alike: the
generated client takes it through `httpx_args={"transport": RetryTransport(...)}`. One class serves
both `httpx.Client` and `httpx.AsyncClient` because the generated client passes the same
`httpx_args` to both.

Retried: 429, 502, 503 and 504 answers and connection failures, for idempotent methods only unless
the policy opts in to all methods (or, status by status, with `retry_any_method_on`). `Retry-After` (seconds or an HTTP date) is honoured, capped by
`max_delay`. A streamed response is only retried before its body is read, so no data is repeated.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Callable

import attrs
import httpx

RETRY_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a `Retry-After` value (delta-seconds or HTTP date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = parsed.timestamp() - time.time()
    return max(0.0, seconds)


@attrs.frozen
class RetryPolicy:
    """How many times and how long to wait. `max_retries=0` turns retrying off."""

    max_retries: int = 2
    backoff: float = 0.5
    max_delay: float = 30.0
    jitter: float = 0.25
    retry_non_idempotent: bool = False
    statuses: frozenset[int] = RETRY_STATUSES
    # Statuses that say the server did not act on the request at all (typically 429 from a rate
    # limiter in front of the handler), so even a POST may be sent again. Empty by default; an API
    # whose rate limit guards uploads (NextNeural) opts in with `frozenset({429})`.
    retry_any_method_on: frozenset[int] = frozenset()

    def may_retry(self, request: httpx.Request, status: int | None = None) -> bool:
        if status is not None and status in self.retry_any_method_on:
            return True
        return self.retry_non_idempotent or request.method.upper() in IDEMPOTENT_METHODS

    def delay(self, attempt: int, response: httpx.Response | None = None, rand: Callable[[], float] = random.random) -> float:
        """Seconds before retry number `attempt` (1-based)."""
        if response is not None:
            asked = parse_retry_after(response.headers.get("retry-after"))
            if asked is not None:
                return min(asked, self.max_delay)
        base = min(self.backoff * (2 ** (attempt - 1)), self.max_delay)
        return float(base * (1 + self.jitter * (2 * rand() - 1)))


NO_RETRY = RetryPolicy(max_retries=0)


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps the real transports and retries per `policy`."""

    def __init__(
        self,
        policy: RetryPolicy = RetryPolicy(),
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy
        self._transport = transport or httpx.HTTPTransport()
        self._async_transport = async_transport or httpx.AsyncHTTPTransport()
        self._sleep = sleep

    def _should_retry(self, request: httpx.Request, attempt: int, status: int | None = None) -> bool:
        return attempt <= self.policy.max_retries and self.policy.may_retry(request, status)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._transport.handle_request(request)
            except (httpx.ConnectError, httpx.ConnectTimeout):
                if not self._should_retry(request, attempt):
                    raise
                self._sleep(self.policy.delay(attempt))
                continue
            if response.status_code in self.policy.statuses and self._should_retry(
                request, attempt, response.status_code
            ):
                delay = self.policy.delay(attempt, response)
                response.close()
                self._sleep(delay)
                continue
            return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._async_transport.handle_async_request(request)
            except (httpx.ConnectError, httpx.ConnectTimeout):
                if not self._should_retry(request, attempt):
                    raise
                await asyncio.sleep(self.policy.delay(attempt))
                continue
            if response.status_code in self.policy.statuses and self._should_retry(
                request, attempt, response.status_code
            ):
                delay = self.policy.delay(attempt, response)
                await response.aclose()
                await asyncio.sleep(delay)
                continue
            return response

    def close(self) -> None:
        self._transport.close()

    async def aclose(self) -> None:
        await self._async_transport.aclose()
