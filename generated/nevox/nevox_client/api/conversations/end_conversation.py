from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_end_request import ConversationEndRequest
from ...models.conversation_end_result import ConversationEndResult
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    body: ConversationEndRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/{conversation_id}/end".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ConversationEndResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConversationEndResult.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ConversationEndResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationEndRequest | Unset = UNSET,
) -> Response[Any | ConversationEndResult | ErrorResponse]:
    """End conversation

     Ends a live conversation. The docs name the operation; the body fields `reason` and
    `feedback` come from the seed only (the live page is cut off before them), so the body is
    optional and every field in it is optional. The response is undocumented: a 200 with an open
    object and an empty 204 are both accepted.

    Args:
        conversation_id (str):
        body (ConversationEndRequest | Unset): Seed only (`reason`, `feedback`); not confirmed by
            the published docs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationEndResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationEndRequest | Unset = UNSET,
) -> Any | ConversationEndResult | ErrorResponse | None:
    """End conversation

     Ends a live conversation. The docs name the operation; the body fields `reason` and
    `feedback` come from the seed only (the live page is cut off before them), so the body is
    optional and every field in it is optional. The response is undocumented: a 200 with an open
    object and an empty 204 are both accepted.

    Args:
        conversation_id (str):
        body (ConversationEndRequest | Unset): Seed only (`reason`, `feedback`); not confirmed by
            the published docs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationEndResult | ErrorResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationEndRequest | Unset = UNSET,
) -> Response[Any | ConversationEndResult | ErrorResponse]:
    """End conversation

     Ends a live conversation. The docs name the operation; the body fields `reason` and
    `feedback` come from the seed only (the live page is cut off before them), so the body is
    optional and every field in it is optional. The response is undocumented: a 200 with an open
    object and an empty 204 are both accepted.

    Args:
        conversation_id (str):
        body (ConversationEndRequest | Unset): Seed only (`reason`, `feedback`); not confirmed by
            the published docs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationEndResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationEndRequest | Unset = UNSET,
) -> Any | ConversationEndResult | ErrorResponse | None:
    """End conversation

     Ends a live conversation. The docs name the operation; the body fields `reason` and
    `feedback` come from the seed only (the live page is cut off before them), so the body is
    optional and every field in it is optional. The response is undocumented: a 200 with an open
    object and an empty 204 are both accepted.

    Args:
        conversation_id (str):
        body (ConversationEndRequest | Unset): Seed only (`reason`, `feedback`); not confirmed by
            the published docs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationEndResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
