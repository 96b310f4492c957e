from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.recording import Recording
from ...models.recording_replace import RecordingReplace
from ...types import Response


def _get_kwargs(
    recording_id: UUID,
    *,
    body: RecordingReplace,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/recordings/{recording_id}".format(
            recording_id=quote(str(recording_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | Recording | None:
    if response.status_code == 200:
        response_200 = Recording.from_dict(response.json())

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
) -> Response[ErrorResponse | HTTPValidationError | Recording]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    recording_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RecordingReplace,
) -> Response[ErrorResponse | HTTPValidationError | Recording]:
    """Update a recording (all fields required)

    Args:
        recording_id (UUID):
        body (RecordingReplace): Full update; both fields are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | Recording]
    """

    kwargs = _get_kwargs(
        recording_id=recording_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    recording_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RecordingReplace,
) -> ErrorResponse | HTTPValidationError | Recording | None:
    """Update a recording (all fields required)

    Args:
        recording_id (UUID):
        body (RecordingReplace): Full update; both fields are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | Recording
    """

    return sync_detailed(
        recording_id=recording_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    recording_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RecordingReplace,
) -> Response[ErrorResponse | HTTPValidationError | Recording]:
    """Update a recording (all fields required)

    Args:
        recording_id (UUID):
        body (RecordingReplace): Full update; both fields are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | Recording]
    """

    kwargs = _get_kwargs(
        recording_id=recording_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    recording_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RecordingReplace,
) -> ErrorResponse | HTTPValidationError | Recording | None:
    """Update a recording (all fields required)

    Args:
        recording_id (UUID):
        body (RecordingReplace): Full update; both fields are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | Recording
    """

    return (
        await asyncio_detailed(
            recording_id=recording_id,
            client=client,
            body=body,
        )
    ).parsed
