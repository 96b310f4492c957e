from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_status_version import GetStatusVersion
from ...models.status_response import StatusResponse
from ...types import Response


def _get_kwargs(
    *,
    version: GetStatusVersion = GetStatusVersion.V1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StatusResponse | None:
    if response.status_code == 200:
        response_200 = StatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | StatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    version: GetStatusVersion = GetStatusVersion.V1,
) -> Response[ErrorResponse | StatusResponse]:
    """API status check

     Returns whether the API is up and which version answered. Needs no API key.

    Args:
        version (GetStatusVersion):  Default: GetStatusVersion.V1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
    """

    kwargs = _get_kwargs(
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    version: GetStatusVersion = GetStatusVersion.V1,
) -> ErrorResponse | StatusResponse | None:
    """API status check

     Returns whether the API is up and which version answered. Needs no API key.

    Args:
        version (GetStatusVersion):  Default: GetStatusVersion.V1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
    """

    return sync_detailed(
        client=client,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    version: GetStatusVersion = GetStatusVersion.V1,
) -> Response[ErrorResponse | StatusResponse]:
    """API status check

     Returns whether the API is up and which version answered. Needs no API key.

    Args:
        version (GetStatusVersion):  Default: GetStatusVersion.V1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
    """

    kwargs = _get_kwargs(
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    version: GetStatusVersion = GetStatusVersion.V1,
) -> ErrorResponse | StatusResponse | None:
    """API status check

     Returns whether the API is up and which version answered. Needs no API key.

    Args:
        version (GetStatusVersion):  Default: GetStatusVersion.V1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            version=version,
        )
    ).parsed
