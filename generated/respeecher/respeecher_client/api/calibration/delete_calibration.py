from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calibration import Calibration
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    calibration_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/calibration/{calibration_id}".format(
            calibration_id=quote(str(calibration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Calibration | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = Calibration.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Calibration | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    calibration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Calibration | ErrorResponse | HTTPValidationError]:
    """Delete a calibration

    Args:
        calibration_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Calibration | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        calibration_id=calibration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    calibration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Calibration | ErrorResponse | HTTPValidationError | None:
    """Delete a calibration

    Args:
        calibration_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Calibration | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        calibration_id=calibration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    calibration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Calibration | ErrorResponse | HTTPValidationError]:
    """Delete a calibration

    Args:
        calibration_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Calibration | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        calibration_id=calibration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calibration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Calibration | ErrorResponse | HTTPValidationError | None:
    """Delete a calibration

    Args:
        calibration_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Calibration | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            calibration_id=calibration_id,
            client=client,
        )
    ).parsed
