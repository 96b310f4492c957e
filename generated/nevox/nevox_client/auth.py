# Copied from overlays/nevox/auth.py by scripts/generate.py; edit that file, not this copy.
"""NevoxAI credentials and a ready-to-use client.

    from nevox_client.auth import create_client
    client = create_client(api_key="...")      # Authorization: Bearer <key> on every request

The published docs document only `Authorization: Bearer YOUR_API_KEY` on `https://api.nevoxai.com/v1`
(specs/nevox/openapi.yaml). The NevoxAI platform code uses `X-API-Key: nvx_...` under `/api/v1`
instead; pass `header="X-API-Key"` (and that `base_url`) to talk to such a deployment.
"""

from __future__ import annotations

import httpx

from ._core.auth import BearerAuth, HeaderAuth
from ._core.client import DEFAULT_TIMEOUT, configure
from ._core.redact import Secret
from ._core.retry import RetryPolicy
from .client import Client

__all__ = ["DEFAULT_BASE_URL", "create_client"]

DEFAULT_BASE_URL = "https://api.nevoxai.com/v1"
_DEFAULT_RETRY = RetryPolicy()


def create_client(
    api_key: str | Secret,
    *,
    base_url: str = DEFAULT_BASE_URL,
    header: str = "Authorization",
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = _DEFAULT_RETRY,
) -> Client:
    """A generated `Client` with the API key, finite timeouts and retries of idempotent calls.

    `header="Authorization"` (the default) sends `Bearer <key>`; any other header name carries the
    bare key.
    """
    auth: httpx.Auth = BearerAuth(api_key) if header.lower() == "authorization" else HeaderAuth(header, api_key)
    return configure(Client, base_url=base_url, auth=auth, timeout=timeout, retry=retry)
