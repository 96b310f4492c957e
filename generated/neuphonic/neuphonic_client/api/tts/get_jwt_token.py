from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.jwt_token_response import JwtTokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    expiration: int | Unset = 3600,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["expiration"] = expiration

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sse/auth",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | HTTPValidationError | JwtTokenResponse | None:
    if response.status_code == 200:
        response_200 = JwtTokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | HTTPValidationError | JwtTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    expiration: int | Unset = 3600,
) -> Response[ErrorDetail | HTTPValidationError | JwtTokenResponse]:
    """Exchange the API key for a short-lived JWT

     Takes no body (pyneuphonic sends Content-Length 0). The returned token authenticates
    later requests faster, either as the `jwt_token` query parameter (neuphonic-js) or as an
    `Authorization` header. pyneuphonic sends that header as `Bearer: <jwt>` (with a colon)
    and keeps sending `x-api-key` too; servers should accept `Bearer <jwt>` and `Bearer: <jwt>`.
    The `expiration` parameter comes from the partial spec only; no SDK sends it.

    Args:
        expiration (int | Unset): Token lifetime in seconds. Default: 3600.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | JwtTokenResponse]
    """

    kwargs = _get_kwargs(
        expiration=expiration,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    expiration: int | Unset = 3600,
) -> ErrorDetail | HTTPValidationError | JwtTokenResponse | None:
    """Exchange the API key for a short-lived JWT

     Takes no body (pyneuphonic sends Content-Length 0). The returned token authenticates
    later requests faster, either as the `jwt_token` query parameter (neuphonic-js) or as an
    `Authorization` header. pyneuphonic sends that header as `Bearer: <jwt>` (with a colon)
    and keeps sending `x-api-key` too; servers should accept `Bearer <jwt>` and `Bearer: <jwt>`.
    The `expiration` parameter comes from the partial spec only; no SDK sends it.

    Args:
        expiration (int | Unset): Token lifetime in seconds. Default: 3600.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | JwtTokenResponse
    """

    return sync_detailed(
        client=client,
        expiration=expiration,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    expiration: int | Unset = 3600,
) -> Response[ErrorDetail | HTTPValidationError | JwtTokenResponse]:
    """Exchange the API key for a short-lived JWT

     Takes no body (pyneuphonic sends Content-Length 0). The returned token authenticates
    later requests faster, either as the `jwt_token` query parameter (neuphonic-js) or as an
    `Authorization` header. pyneuphonic sends that header as `Bearer: <jwt>` (with a colon)
    and keeps sending `x-api-key` too; servers should accept `Bearer <jwt>` and `Bearer: <jwt>`.
    The `expiration` parameter comes from the partial spec only; no SDK sends it.

    Args:
        expiration (int | Unset): Token lifetime in seconds. Default: 3600.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | JwtTokenResponse]
    """

    kwargs = _get_kwargs(
        expiration=expiration,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    expiration: int | Unset = 3600,
) -> ErrorDetail | HTTPValidationError | JwtTokenResponse | None:
    """Exchange the API key for a short-lived JWT

     Takes no body (pyneuphonic sends Content-Length 0). The returned token authenticates
    later requests faster, either as the `jwt_token` query parameter (neuphonic-js) or as an
    `Authorization` header. pyneuphonic sends that header as `Bearer: <jwt>` (with a colon)
    and keeps sending `x-api-key` too; servers should accept `Bearer <jwt>` and `Bearer: <jwt>`.
    The `expiration` parameter comes from the partial spec only; no SDK sends it.

    Args:
        expiration (int | Unset): Token lifetime in seconds. Default: 3600.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | JwtTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            expiration=expiration,
        )
    ).parsed
