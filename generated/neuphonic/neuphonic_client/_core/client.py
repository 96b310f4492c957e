# Copied from overlays/_core/client.py by scripts/generate.py; edit that file, not this copy.
"""Configure a generated `Client` the way every API needs it: auth, finite timeouts, retries.

The generated client defaults to no timeout at all and knows no API keys; `configure` fixes both
without touching generated code, through the `httpx_args` the generated client passes on.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx

from .retry import RetryPolicy, RetryTransport

# Connecting must fail fast; reading may wait for a slow synthesis, but not for ever.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=60.0, write=60.0, pool=10.0)

C = TypeVar("C")


def configure(
    client_cls: type[C],
    *,
    base_url: str,
    auth: httpx.Auth | None = None,
    headers: dict[str, str] | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = RetryPolicy(),
    raise_on_unexpected_status: bool = True,
    **httpx_args: Any,
) -> C:
    """Build a generated `Client` with voxspec's defaults.

    `timeout=None` is refused on purpose: pass an explicit `httpx.Timeout` with `read=None` for a
    stream that may be silent for long.
    """
    if timeout is None:
        raise ValueError("timeout: pass an httpx.Timeout (read=None is allowed) rather than no timeout at all")
    args: dict[str, Any] = dict(httpx_args)
    if auth is not None:
        args["auth"] = auth
    if retry is not None and "transport" not in args:
        args["transport"] = RetryTransport(retry)
    return client_cls(  # type: ignore[call-arg]
        base_url=base_url.rstrip("/"),
        headers=dict(headers or {}),
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        raise_on_unexpected_status=raise_on_unexpected_status,
        httpx_args=args,
    )


def websocket_url(base_url: str, path: str, params: dict[str, Any] | None = None) -> str:
    """http -> ws, https -> wss, the base URL's own path kept as a prefix, `params` as query."""
    url = httpx.URL(base_url)
    scheme = {"http": "ws", "https": "wss"}.get(url.scheme, url.scheme)
    prefix = url.path.rstrip("/")
    full = url.copy_with(scheme=scheme, path=prefix + "/" + path.lstrip("/"), query=None)
    if params:
        clean = {k: _query_value(v) for k, v in params.items() if v is not None}
        full = full.copy_merge_params(clean)
    return str(full)


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return str(value)
