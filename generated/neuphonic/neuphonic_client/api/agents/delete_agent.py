from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_agent_response import DeleteAgentResponse
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    agent_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/agents/{agent_id}".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteAgentResponse | ErrorDetail | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeleteAgentResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

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
) -> Response[DeleteAgentResponse | ErrorDetail | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteAgentResponse | ErrorDetail | HTTPValidationError]:
    """Delete an agent

     An unknown id is refused with a `detail` matching `Agent.*not found` (neuphonic-js). The
    partial spec shows a top-level `{"message"}` body; the SDKs read `{"data": {"message",
    "agent_id"}}`.

    Args:
        agent_id (str): Id of one of the caller's agents.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAgentResponse | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAgentResponse | ErrorDetail | HTTPValidationError | None:
    """Delete an agent

     An unknown id is refused with a `detail` matching `Agent.*not found` (neuphonic-js). The
    partial spec shows a top-level `{"message"}` body; the SDKs read `{"data": {"message",
    "agent_id"}}`.

    Args:
        agent_id (str): Id of one of the caller's agents.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAgentResponse | ErrorDetail | HTTPValidationError
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteAgentResponse | ErrorDetail | HTTPValidationError]:
    """Delete an agent

     An unknown id is refused with a `detail` matching `Agent.*not found` (neuphonic-js). The
    partial spec shows a top-level `{"message"}` body; the SDKs read `{"data": {"message",
    "agent_id"}}`.

    Args:
        agent_id (str): Id of one of the caller's agents.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAgentResponse | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAgentResponse | ErrorDetail | HTTPValidationError | None:
    """Delete an agent

     An unknown id is refused with a `detail` matching `Agent.*not found` (neuphonic-js). The
    partial spec shows a top-level `{"message"}` body; the SDKs read `{"data": {"message",
    "agent_id"}}`.

    Args:
        agent_id (str): Id of one of the caller's agents.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAgentResponse | ErrorDetail | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
        )
    ).parsed
