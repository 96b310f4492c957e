from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.recording import Recording
from ...models.tts_recording_create_v2 import TtsRecordingCreateV2
from ...types import Response


def _get_kwargs(
    *,
    body: TtsRecordingCreateV2,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/recordings/tts",
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

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[ErrorResponse | HTTPValidationError | Recording]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TtsRecordingCreateV2,
) -> Response[ErrorResponse | HTTPValidationError | Recording]:
    """Create a text-to-speech original

     Synthesises `text` into a new original recording in `parent_folder_id`; convert it
    afterwards with `create_order` (TTS conversions need a `narration_style_id`).

    Args:
        body (TtsRecordingCreateV2): `text_language` is in the docs and sent by the official
            client but missing from the
            vendor's v0.6.0 document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | Recording]
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
    body: TtsRecordingCreateV2,
) -> ErrorResponse | HTTPValidationError | Recording | None:
    """Create a text-to-speech original

     Synthesises `text` into a new original recording in `parent_folder_id`; convert it
    afterwards with `create_order` (TTS conversions need a `narration_style_id`).

    Args:
        body (TtsRecordingCreateV2): `text_language` is in the docs and sent by the official
            client but missing from the
            vendor's v0.6.0 document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | Recording
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TtsRecordingCreateV2,
) -> Response[ErrorResponse | HTTPValidationError | Recording]:
    """Create a text-to-speech original

     Synthesises `text` into a new original recording in `parent_folder_id`; convert it
    afterwards with `create_order` (TTS conversions need a `narration_style_id`).

    Args:
        body (TtsRecordingCreateV2): `text_language` is in the docs and sent by the official
            client but missing from the
            vendor's v0.6.0 document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | Recording]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TtsRecordingCreateV2,
) -> ErrorResponse | HTTPValidationError | Recording | None:
    """Create a text-to-speech original

     Synthesises `text` into a new original recording in `parent_folder_id`; convert it
    afterwards with `create_order` (TTS conversions need a `narration_style_id`).

    Args:
        body (TtsRecordingCreateV2): `text_language` is in the docs and sent by the official
            client but missing from the
            vendor's v0.6.0 document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | Recording
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
