from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accent_samples import AccentSamples
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    accent_id: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_accent_id = str(accent_id)
    params["accent_id"] = json_accent_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/accents/samples",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccentSamples | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AccentSamples.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccentSamples | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    accent_id: UUID,
) -> Response[AccentSamples | ErrorResponse | HTTPValidationError]:
    """Get the audio samples of an accent

    Args:
        accent_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccentSamples | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        accent_id=accent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    accent_id: UUID,
) -> AccentSamples | ErrorResponse | HTTPValidationError | None:
    """Get the audio samples of an accent

    Args:
        accent_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccentSamples | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        accent_id=accent_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    accent_id: UUID,
) -> Response[AccentSamples | ErrorResponse | HTTPValidationError]:
    """Get the audio samples of an accent

    Args:
        accent_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccentSamples | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        accent_id=accent_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    accent_id: UUID,
) -> AccentSamples | ErrorResponse | HTTPValidationError | None:
    """Get the audio samples of an accent

    Args:
        accent_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccentSamples | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            accent_id=accent_id,
        )
    ).parsed
