from http import HTTPStatus
from io import BytesIO
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    original_id: UUID,
    starred_only: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_original_id = str(original_id)
    params["original_id"] = json_original_id

    params["starred_only"] = starred_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/recordings/export",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | File | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[ErrorResponse | File | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    original_id: UUID,
    starred_only: bool | Unset = False,
) -> Response[ErrorResponse | File | HTTPValidationError]:
    """Export the conversions of an original as a zip archive

     The docs say the body is a .zip file with `Content-Disposition: attachment`; the vendor's
    OpenAPI document declares an untyped `application/json` 200 instead. The documented zip
    is used here.

    Args:
        original_id (UUID):
        starred_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        original_id=original_id,
        starred_only=starred_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    original_id: UUID,
    starred_only: bool | Unset = False,
) -> ErrorResponse | File | HTTPValidationError | None:
    """Export the conversions of an original as a zip archive

     The docs say the body is a .zip file with `Content-Disposition: attachment`; the vendor's
    OpenAPI document declares an untyped `application/json` 200 instead. The documented zip
    is used here.

    Args:
        original_id (UUID):
        starred_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        original_id=original_id,
        starred_only=starred_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    original_id: UUID,
    starred_only: bool | Unset = False,
) -> Response[ErrorResponse | File | HTTPValidationError]:
    """Export the conversions of an original as a zip archive

     The docs say the body is a .zip file with `Content-Disposition: attachment`; the vendor's
    OpenAPI document declares an untyped `application/json` 200 instead. The documented zip
    is used here.

    Args:
        original_id (UUID):
        starred_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        original_id=original_id,
        starred_only=starred_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    original_id: UUID,
    starred_only: bool | Unset = False,
) -> ErrorResponse | File | HTTPValidationError | None:
    """Export the conversions of an original as a zip archive

     The docs say the body is a .zip file with `Content-Disposition: attachment`; the vendor's
    OpenAPI document declares an untyped `application/json` 200 instead. The documented zip
    is used here.

    Args:
        original_id (UUID):
        starred_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            original_id=original_id,
            starred_only=starred_only,
        )
    ).parsed
