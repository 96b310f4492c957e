# Copied from overlays/nextneural/auth.py by scripts/generate.py; edit that file, not this copy.
"""NextNeural credentials and a ready-to-use client.

    from nextneural_client.auth import create_client
    client = create_client("nn_k_...")          # or a Firebase ID token: `Authorization: Bearer <token>`

Rate limits: 100 requests a minute by default, 5 a minute for creating and deploying speakers and
30 a minute for dataset uploads (`x-rate-limit` in specs/nextneural/openapi.yaml); a limit answers
429. The client's retry policy (`RATE_LIMIT_RETRY`) sends a request answered 429 again, POST
uploads included (a rejected request was not acted on), waiting for `Retry-After` when the server
sends it (it is not documented) or backing off exponentially. When the retries run out, the
helpers raise `RateLimitError`, whose `retry_after` says how long the server asked to wait.
"""

from __future__ import annotations

import httpx

from ._core.auth import BearerAuth
from ._core.client import DEFAULT_TIMEOUT, configure
from ._core.redact import Secret
from ._core.retry import RetryPolicy
from .client import Client

__all__ = ["DEFAULT_BASE_URL", "RATE_LIMIT_RETRY", "TokenAuth", "create_client"]

DEFAULT_BASE_URL = "https://api.nextneural.ai"

# 429 is retried for every method; the waits (1, 2, 4 s +-25 %, or Retry-After up to a minute, the
# longest documented window) also cover 502/503/504 and connection failures of idempotent calls.
RATE_LIMIT_RETRY = RetryPolicy(max_retries=3, backoff=1.0, max_delay=60.0, retry_any_method_on=frozenset({429}))


class TokenAuth(BearerAuth):
    """`Authorization: Bearer <token>`: an API key (`nn_k_...`) or a Firebase ID token."""

    def handshake_headers(self) -> dict[str, str]:
        return {self.header: self.header_value()}


def create_client(
    token: str | Secret,
    *,
    base_url: str = DEFAULT_BASE_URL,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = RATE_LIMIT_RETRY,
) -> Client:
    """A generated `Client` with the bearer token, finite timeouts and 429-aware retries."""
    return configure(Client, base_url=base_url, auth=TokenAuth(token), timeout=timeout, retry=retry)
