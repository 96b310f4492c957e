# Copied from overlays/asyncflow/auth.py by scripts/generate.py; edit that file, not this copy.
"""AsyncFlow credentials and a ready-to-use client.

    from asyncflow_client.auth import create_client
    client = create_client(api_key="sk_...")   # x-api-key and `version: v1` on every request

Every AsyncFlow operation takes the header `version: v1` (specs/asyncflow/openapi.yaml, parameter
`Version`). The generated functions send it by default; `create_client` also makes it a client
header, so requests built any other way (a raw `get_httpx_client().post(...)`) carry it too.
"""

from __future__ import annotations

import httpx

from ._core.auth import HeaderAuth
from ._core.client import DEFAULT_TIMEOUT, configure
from ._core.redact import Secret
from ._core.retry import RetryPolicy
from .client import Client

__all__ = ["API_VERSION", "DEFAULT_BASE_URL", "LEGACY_BASE_URL", "ApiKeyAuth", "create_client"]

DEFAULT_BASE_URL = "https://api.async.com"
# The host of the older docs.async.ai snapshot and pipecat 0.0.8x; whether it still answers is unknown.
LEGACY_BASE_URL = "https://api.async.ai"
API_VERSION = "v1"
_DEFAULT_RETRY = RetryPolicy()


class ApiKeyAuth(HeaderAuth):
    """`x-api-key: <key>` (keys start with `sk_`), the header the reference pages and pipecat send."""

    def __init__(self, api_key: str | Secret) -> None:
        super().__init__("x-api-key", api_key)

    def handshake_headers(self) -> dict[str, str]:
        return {self.header: self.header_value()}


def create_client(
    api_key: str | Secret,
    *,
    base_url: str = DEFAULT_BASE_URL,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = _DEFAULT_RETRY,
) -> Client:
    """A generated `Client` with the API key, `version: v1`, finite timeouts and retries of idempotent calls."""
    return configure(
        Client,
        base_url=base_url,
        auth=ApiKeyAuth(api_key),
        headers={"version": API_VERSION},
        timeout=timeout,
        retry=retry,
    )
