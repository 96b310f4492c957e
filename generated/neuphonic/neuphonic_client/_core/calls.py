# Copied from overlays/_core/calls.py by scripts/generate.py; edit that file, not this copy.
"""Call a generated endpoint and get its parsed success body, or the typed error.

The generated `sync()` functions return the parsed error body (`ErrorResponse`) for documented
error statuses and raise `errors.UnexpectedStatus` (outside the voxspec hierarchy) for the others.
Helpers that want "the result or an exception" use `call` instead: it builds the request with the
endpoint's own `_get_kwargs`, raises the shared `APIStatusError` subclass for any status >= 400
(with the API's error body parsed), and parses a success with the endpoint's own `_parse_response`.
Multipart requests get a random boundary instead of the generated `+++`: the generated code
fixes it (openapi-python-client 0.29.0, PR #1005), and a file containing `\\r\\n--+++` is then cut
short at the server.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import httpx

from .errors import raise_for_status


def _without_fixed_boundary(kwargs: dict[str, Any]) -> dict[str, Any]:
    headers = {k: v for k, v in dict(kwargs.get("headers") or {}).items() if k.lower() != "content-type"}
    return {**kwargs, "headers": headers}


def _is_multipart(kwargs: dict[str, Any]) -> bool:
    headers = kwargs.get("headers") or {}
    return any(k.lower() == "content-type" and str(v).startswith("multipart/") for k, v in headers.items())


def request_kwargs(endpoint: ModuleType, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """The httpx request arguments of a generated endpoint call (method, url, params, headers, body).

    A multipart request loses the generated fixed `boundary=+++` Content-Type, so httpx picks a
    random boundary (or, with no file at all, sends no multipart header for an empty body); every
    other request is exactly what the generated function would send.
    """
    built: dict[str, Any] = endpoint._get_kwargs(*args, **kwargs)
    return _without_fixed_boundary(built) if _is_multipart(built) else built


def _parsed(endpoint: ModuleType, client: Any, response: httpx.Response) -> Any:
    raise_for_status(response)
    return endpoint._parse_response(client=client, response=response)


def call(endpoint: ModuleType, client: Any, *args: Any, **kwargs: Any) -> Any:
    """Send `endpoint`'s request; the parsed success body, or the typed `APIStatusError`."""
    response = client.get_httpx_client().request(**request_kwargs(endpoint, *args, **kwargs))
    return _parsed(endpoint, client, response)


async def acall(endpoint: ModuleType, client: Any, *args: Any, **kwargs: Any) -> Any:
    """Async twin of `call`."""
    response = await client.get_async_httpx_client().request(**request_kwargs(endpoint, *args, **kwargs))
    return _parsed(endpoint, client, response)
