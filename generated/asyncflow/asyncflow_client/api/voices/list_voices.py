from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_voices_request import ListVoicesRequest
from ...models.list_voices_response import ListVoicesResponse
from ...models.list_voices_version import ListVoicesVersion
from ...types import Response


def _get_kwargs(
    *,
    body: ListVoicesRequest,
    version: ListVoicesVersion = ListVoicesVersion.V1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/voices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListVoicesResponse | None:
    if response.status_code == 200:
        response_200 = ListVoicesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListVoicesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListVoicesRequest,
    version: ListVoicesVersion = ListVoicesVersion.V1,
) -> Response[ErrorResponse | ListVoicesResponse]:
    """List voices (cursor pagination)

     Lists library and custom voices. It is a POST with a JSON body, not a GET. Pass the previous
    page's `next_cursor` as `after`; a null or absent `next_cursor` means the last page. The
    official body excerpt stops after `limit`, `gender` and `my_voice`; `after`, `model_id`,
    `language`, `accent` and `style` come from third-party specs.

    Args:
        version (ListVoicesVersion):  Default: ListVoicesVersion.V1.
        body (ListVoicesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListVoicesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListVoicesRequest,
    version: ListVoicesVersion = ListVoicesVersion.V1,
) -> ErrorResponse | ListVoicesResponse | None:
    """List voices (cursor pagination)

     Lists library and custom voices. It is a POST with a JSON body, not a GET. Pass the previous
    page's `next_cursor` as `after`; a null or absent `next_cursor` means the last page. The
    official body excerpt stops after `limit`, `gender` and `my_voice`; `after`, `model_id`,
    `language`, `accent` and `style` come from third-party specs.

    Args:
        version (ListVoicesVersion):  Default: ListVoicesVersion.V1.
        body (ListVoicesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListVoicesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListVoicesRequest,
    version: ListVoicesVersion = ListVoicesVersion.V1,
) -> Response[ErrorResponse | ListVoicesResponse]:
    """List voices (cursor pagination)

     Lists library and custom voices. It is a POST with a JSON body, not a GET. Pass the previous
    page's `next_cursor` as `after`; a null or absent `next_cursor` means the last page. The
    official body excerpt stops after `limit`, `gender` and `my_voice`; `after`, `model_id`,
    `language`, `accent` and `style` come from third-party specs.

    Args:
        version (ListVoicesVersion):  Default: ListVoicesVersion.V1.
        body (ListVoicesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListVoicesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListVoicesRequest,
    version: ListVoicesVersion = ListVoicesVersion.V1,
) -> ErrorResponse | ListVoicesResponse | None:
    """List voices (cursor pagination)

     Lists library and custom voices. It is a POST with a JSON body, not a GET. Pass the previous
    page's `next_cursor` as `after`; a null or absent `next_cursor` means the last page. The
    official body excerpt stops after `limit`, `gender` and `my_voice`; `after`, `model_id`,
    `language`, `accent` and `style` come from third-party specs.

    Args:
        version (ListVoicesVersion):  Default: ListVoicesVersion.V1.
        body (ListVoicesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListVoicesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version=version,
        )
    ).parsed
