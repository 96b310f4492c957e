from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_token_request import AgentTokenRequest
from ...models.agent_token_response import AgentTokenResponse
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    *,
    body: AgentTokenRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/{agent_id}/token".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentTokenResponse | ErrorDetail | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AgentTokenResponse.from_dict(response.json())

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
) -> Response[AgentTokenResponse | ErrorDetail | HTTPValidationError]:
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
    body: AgentTokenRequest | Unset = UNSET,
) -> Response[AgentTokenResponse | ErrorDetail | HTTPValidationError]:
    """Get a LiveKit token for a session with an agent

     Known only from the partial spec: neither official SDK calls it. The request body is an
    optional JSON object whose keys are not documented, and the response is only known to
    carry `data.token`; both schemas stay open and the token is not marked required.

    Args:
        agent_id (str): Id of one of the caller's agents.
        body (AgentTokenRequest | Unset): Optional body of get_agent_token; its keys are not
            documented anywhere.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTokenResponse | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentTokenRequest | Unset = UNSET,
) -> AgentTokenResponse | ErrorDetail | HTTPValidationError | None:
    """Get a LiveKit token for a session with an agent

     Known only from the partial spec: neither official SDK calls it. The request body is an
    optional JSON object whose keys are not documented, and the response is only known to
    carry `data.token`; both schemas stay open and the token is not marked required.

    Args:
        agent_id (str): Id of one of the caller's agents.
        body (AgentTokenRequest | Unset): Optional body of get_agent_token; its keys are not
            documented anywhere.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTokenResponse | ErrorDetail | HTTPValidationError
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentTokenRequest | Unset = UNSET,
) -> Response[AgentTokenResponse | ErrorDetail | HTTPValidationError]:
    """Get a LiveKit token for a session with an agent

     Known only from the partial spec: neither official SDK calls it. The request body is an
    optional JSON object whose keys are not documented, and the response is only known to
    carry `data.token`; both schemas stay open and the token is not marked required.

    Args:
        agent_id (str): Id of one of the caller's agents.
        body (AgentTokenRequest | Unset): Optional body of get_agent_token; its keys are not
            documented anywhere.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTokenResponse | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentTokenRequest | Unset = UNSET,
) -> AgentTokenResponse | ErrorDetail | HTTPValidationError | None:
    """Get a LiveKit token for a session with an agent

     Known only from the partial spec: neither official SDK calls it. The request body is an
    optional JSON object whose keys are not documented, and the response is only known to
    carry `data.token`; both schemas stay open and the token is not marked required.

    Args:
        agent_id (str): Id of one of the caller's agents.
        body (AgentTokenRequest | Unset): Optional body of get_agent_token; its keys are not
            documented anywhere.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTokenResponse | ErrorDetail | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed
