from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calibration import Calibration
from ...models.calibration_upload import CalibrationUpload
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: CalibrationUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/calibration",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
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

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

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
    *,
    client: AuthenticatedClient | Client,
    body: CalibrationUpload,
) -> Response[Calibration | ErrorResponse | HTTPValidationError]:
    """Create a calibration from an audio sample

     Multipart upload of a voice sample. Supported audio formats: wav, ogg, mp3 or flac.
    The calibration starts in state `processing`; poll `get_calibration` until it is
    `calibrated` (or `error`).

    Args:
        body (CalibrationUpload): Multipart body of `create_calibration`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Calibration | ErrorResponse | HTTPValidationError]
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
    body: CalibrationUpload,
) -> Calibration | ErrorResponse | HTTPValidationError | None:
    """Create a calibration from an audio sample

     Multipart upload of a voice sample. Supported audio formats: wav, ogg, mp3 or flac.
    The calibration starts in state `processing`; poll `get_calibration` until it is
    `calibrated` (or `error`).

    Args:
        body (CalibrationUpload): Multipart body of `create_calibration`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Calibration | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CalibrationUpload,
) -> Response[Calibration | ErrorResponse | HTTPValidationError]:
    """Create a calibration from an audio sample

     Multipart upload of a voice sample. Supported audio formats: wav, ogg, mp3 or flac.
    The calibration starts in state `processing`; poll `get_calibration` until it is
    `calibrated` (or `error`).

    Args:
        body (CalibrationUpload): Multipart body of `create_calibration`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Calibration | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CalibrationUpload,
) -> Calibration | ErrorResponse | HTTPValidationError | None:
    """Create a calibration from an audio sample

     Multipart upload of a voice sample. Supported audio formats: wav, ogg, mp3 or flac.
    The calibration starts in state `processing`; poll `get_calibration` until it is
    `calibrated` (or `error`).

    Args:
        body (CalibrationUpload): Multipart body of `create_calibration`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Calibration | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
