from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_create import AgentCreate
from ...models.create_agent_response import CreateAgentResponse
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: AgentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentResponse | ErrorDetail | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CreateAgentResponse.from_dict(response.json())

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
) -> Response[CreateAgentResponse | ErrorDetail | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AgentCreate,
) -> Response[CreateAgentResponse | ErrorDetail | HTTPValidationError]:
    """Create a voice agent

     Creates an agent from a name, a system prompt and a greeting. The conversation itself
    runs over the `/agents` WebSocket (see asyncapi.yaml) with `agent_id` in its query.

    The SDKs read `{"data": {"message", "agent_id"}}`; the partial spec shows a full agent
    object under `data`. Both carry `agent_id`, so only `agent_id` is required here.

    Args:
        body (AgentCreate): Body of create_agent. pyneuphonic always sends the three keys, with
            null for a missing
            prompt or greeting. The partial spec instead lists `voice`, `lang_code` and `mcp_servers`,
            which no SDK sends (voice and language are chosen per conversation in `AgentConfig`);
            extra keys are passed through unvalidated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentResponse | ErrorDetail | HTTPValidationError]
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
    body: AgentCreate,
) -> CreateAgentResponse | ErrorDetail | HTTPValidationError | None:
    """Create a voice agent

     Creates an agent from a name, a system prompt and a greeting. The conversation itself
    runs over the `/agents` WebSocket (see asyncapi.yaml) with `agent_id` in its query.

    The SDKs read `{"data": {"message", "agent_id"}}`; the partial spec shows a full agent
    object under `data`. Both carry `agent_id`, so only `agent_id` is required here.

    Args:
        body (AgentCreate): Body of create_agent. pyneuphonic always sends the three keys, with
            null for a missing
            prompt or greeting. The partial spec instead lists `voice`, `lang_code` and `mcp_servers`,
            which no SDK sends (voice and language are chosen per conversation in `AgentConfig`);
            extra keys are passed through unvalidated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentResponse | ErrorDetail | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AgentCreate,
) -> Response[CreateAgentResponse | ErrorDetail | HTTPValidationError]:
    """Create a voice agent

     Creates an agent from a name, a system prompt and a greeting. The conversation itself
    runs over the `/agents` WebSocket (see asyncapi.yaml) with `agent_id` in its query.

    The SDKs read `{"data": {"message", "agent_id"}}`; the partial spec shows a full agent
    object under `data`. Both carry `agent_id`, so only `agent_id` is required here.

    Args:
        body (AgentCreate): Body of create_agent. pyneuphonic always sends the three keys, with
            null for a missing
            prompt or greeting. The partial spec instead lists `voice`, `lang_code` and `mcp_servers`,
            which no SDK sends (voice and language are chosen per conversation in `AgentConfig`);
            extra keys are passed through unvalidated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentResponse | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AgentCreate,
) -> CreateAgentResponse | ErrorDetail | HTTPValidationError | None:
    """Create a voice agent

     Creates an agent from a name, a system prompt and a greeting. The conversation itself
    runs over the `/agents` WebSocket (see asyncapi.yaml) with `agent_id` in its query.

    The SDKs read `{"data": {"message", "agent_id"}}`; the partial spec shows a full agent
    object under `data`. Both carry `agent_id`, so only `agent_id` is required here.

    Args:
        body (AgentCreate): Body of create_agent. pyneuphonic always sends the three keys, with
            null for a missing
            prompt or greeting. The partial spec instead lists `voice`, `lang_code` and `mcp_servers`,
            which no SDK sends (voice and language are chosen per conversation in `AgentConfig`);
            extra keys are passed through unvalidated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentResponse | ErrorDetail | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
