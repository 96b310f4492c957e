from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key import ApiKey
from ...models.api_key_create import ApiKeyCreate
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: ApiKeyCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/api-key",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKey | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ApiKey.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiKey | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCreate,
) -> Response[ApiKey | ErrorResponse | HTTPValidationError]:
    """Generate a new API key

     Listed on docs.respeecher.com but absent from the vendor's v0.6.0 OpenAPI document, so
    its bodies are only known from a third-party spec (cielo24): `{expires_at}` in,
    `{api_key}` out. Neither field is marked required there, and nothing official confirms
    them, so both schemas stay open.

    Args:
        body (ApiKeyCreate): Body of `generate_api_key`. Known only from a third-party spec; the
            field is not marked
            required anywhere.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCreate,
) -> ApiKey | ErrorResponse | HTTPValidationError | None:
    """Generate a new API key

     Listed on docs.respeecher.com but absent from the vendor's v0.6.0 OpenAPI document, so
    its bodies are only known from a third-party spec (cielo24): `{expires_at}` in,
    `{api_key}` out. Neither field is marked required there, and nothing official confirms
    them, so both schemas stay open.

    Args:
        body (ApiKeyCreate): Body of `generate_api_key`. Known only from a third-party spec; the
            field is not marked
            required anywhere.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCreate,
) -> Response[ApiKey | ErrorResponse | HTTPValidationError]:
    """Generate a new API key

     Listed on docs.respeecher.com but absent from the vendor's v0.6.0 OpenAPI document, so
    its bodies are only known from a third-party spec (cielo24): `{expires_at}` in,
    `{api_key}` out. Neither field is marked required there, and nothing official confirms
    them, so both schemas stay open.

    Args:
        body (ApiKeyCreate): Body of `generate_api_key`. Known only from a third-party spec; the
            field is not marked
            required anywhere.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCreate,
) -> ApiKey | ErrorResponse | HTTPValidationError | None:
    """Generate a new API key

     Listed on docs.respeecher.com but absent from the vendor's v0.6.0 OpenAPI document, so
    its bodies are only known from a third-party spec (cielo24): `{expires_at}` in,
    `{api_key}` out. Neither field is marked required there, and nothing official confirms
    them, so both schemas stay open.

    Args:
        body (ApiKeyCreate): Body of `generate_api_key`. Known only from a third-party spec; the
            field is not marked
            required anywhere.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
