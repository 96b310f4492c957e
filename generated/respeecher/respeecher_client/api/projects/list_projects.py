from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.direction import Direction
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.project_list import ProjectList
from ...models.project_sort_field import ProjectSortField
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    sort: ProjectSortField | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    owner: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    json_owner: str | Unset = UNSET
    if not isinstance(owner, Unset):
        json_owner = str(owner)
    params["owner"] = json_owner

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/projects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | ProjectList | None:
    if response.status_code == 200:
        response_200 = ProjectList.from_dict(response.json())

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
) -> Response[ErrorResponse | HTTPValidationError | ProjectList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    sort: ProjectSortField | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    owner: UUID | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | ProjectList]:
    """List projects

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        sort (ProjectSortField | Unset):
        direction (Direction | Unset): Sort direction (the server's default is `desc`).
        owner (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | ProjectList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        sort=sort,
        direction=direction,
        owner=owner,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    sort: ProjectSortField | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    owner: UUID | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | ProjectList | None:
    """List projects

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        sort (ProjectSortField | Unset):
        direction (Direction | Unset): Sort direction (the server's default is `desc`).
        owner (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | ProjectList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        sort=sort,
        direction=direction,
        owner=owner,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    sort: ProjectSortField | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    owner: UUID | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | ProjectList]:
    """List projects

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        sort (ProjectSortField | Unset):
        direction (Direction | Unset): Sort direction (the server's default is `desc`).
        owner (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | ProjectList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        sort=sort,
        direction=direction,
        owner=owner,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    sort: ProjectSortField | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    owner: UUID | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | ProjectList | None:
    """List projects

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        sort (ProjectSortField | Unset):
        direction (Direction | Unset): Sort direction (the server's default is `desc`).
        owner (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | ProjectList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            sort=sort,
            direction=direction,
            owner=owner,
        )
    ).parsed
