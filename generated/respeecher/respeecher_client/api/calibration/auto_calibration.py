from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_calibration_result import AutoCalibrationResult
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/calibration/auto",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoCalibrationResult | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AutoCalibrationResult.from_dict(response.json())

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
) -> Response[AutoCalibrationResult | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AutoCalibrationResult | ErrorResponse | HTTPValidationError]:
    """Use automatic calibration by default

     Switches the account back to automatic calibration. Listed on docs.respeecher.com only
    (not in the v0.6.0 document); no source shows its response body, so the response is an
    open object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoCalibrationResult | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> AutoCalibrationResult | ErrorResponse | HTTPValidationError | None:
    """Use automatic calibration by default

     Switches the account back to automatic calibration. Listed on docs.respeecher.com only
    (not in the v0.6.0 document); no source shows its response body, so the response is an
    open object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoCalibrationResult | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AutoCalibrationResult | ErrorResponse | HTTPValidationError]:
    """Use automatic calibration by default

     Switches the account back to automatic calibration. Listed on docs.respeecher.com only
    (not in the v0.6.0 document); no source shows its response body, so the response is an
    open object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoCalibrationResult | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> AutoCalibrationResult | ErrorResponse | HTTPValidationError | None:
    """Use automatic calibration by default

     Switches the account back to automatic calibration. Listed on docs.respeecher.com only
    (not in the v0.6.0 document); no source shows its response body, so the response is an
    open object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoCalibrationResult | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
