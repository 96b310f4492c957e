from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.project_stats import ProjectStats
from ...models.project_stats_request import ProjectStatsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ProjectStatsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/stats/projects",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | list[ProjectStats] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProjectStats.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | HTTPValidationError | list[ProjectStats]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectStatsRequest,
) -> Response[ErrorResponse | HTTPValidationError | list[ProjectStats]]:
    """Get statistics for several projects

     A POST with the project ids in the body, per the vendor document. The docs page titles
    it `GET /api/stats/projects` and a third-party spec (cielo24) models it as a GET with a
    comma-separated `project_ids` query; the official POST is used here.

    Args:
        body (ProjectStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | list[ProjectStats]]
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
    body: ProjectStatsRequest,
) -> ErrorResponse | HTTPValidationError | list[ProjectStats] | None:
    """Get statistics for several projects

     A POST with the project ids in the body, per the vendor document. The docs page titles
    it `GET /api/stats/projects` and a third-party spec (cielo24) models it as a GET with a
    comma-separated `project_ids` query; the official POST is used here.

    Args:
        body (ProjectStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | list[ProjectStats]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectStatsRequest,
) -> Response[ErrorResponse | HTTPValidationError | list[ProjectStats]]:
    """Get statistics for several projects

     A POST with the project ids in the body, per the vendor document. The docs page titles
    it `GET /api/stats/projects` and a third-party spec (cielo24) models it as a GET with a
    comma-separated `project_ids` query; the official POST is used here.

    Args:
        body (ProjectStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | list[ProjectStats]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectStatsRequest,
) -> ErrorResponse | HTTPValidationError | list[ProjectStats] | None:
    """Get statistics for several projects

     A POST with the project ids in the body, per the vendor document. The docs page titles
    it `GET /api/stats/projects` and a third-party spec (cielo24) models it as a GET with a
    comma-separated `project_ids` query; the official POST is used here.

    Args:
        body (ProjectStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | list[ProjectStats]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
