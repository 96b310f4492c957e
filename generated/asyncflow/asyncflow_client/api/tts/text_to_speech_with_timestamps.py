from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.text_to_speech_with_timestamps_version import (
    TextToSpeechWithTimestampsVersion,
)
from ...models.tts_request import TtsRequest
from ...models.tts_with_timestamps_response import TtsWithTimestampsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TtsRequest,
    version: TextToSpeechWithTimestampsVersion = TextToSpeechWithTimestampsVersion.V1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/text_to_speech/with_timestamps",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TtsWithTimestampsResponse | None:
    if response.status_code == 200:
        response_200 = TtsWithTimestampsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TtsWithTimestampsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TtsRequest,
    version: TextToSpeechWithTimestampsVersion = TextToSpeechWithTimestampsVersion.V1,
) -> Response[ErrorResponse | TtsWithTimestampsResponse]:
    """Text to speech with word timestamps

     Same request as `text_to_speech`; returns the audio as base64 plus per-word timings. The newer
    docs restrict `model_id` here to `async_flash_v1.0` (the older ones to `asyncflow_v2.0`); the
    schema keeps it an open string.

    Args:
        version (TextToSpeechWithTimestampsVersion):  Default:
            TextToSpeechWithTimestampsVersion.V1.
        body (TtsRequest): Body of `text_to_speech` and `text_to_speech_with_timestamps`.
            `language`, `speed_control`,
            `stability` and `normalize` are seen only in third-party specs (pipecat does send
            `language`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TtsWithTimestampsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TtsRequest,
    version: TextToSpeechWithTimestampsVersion = TextToSpeechWithTimestampsVersion.V1,
) -> ErrorResponse | TtsWithTimestampsResponse | None:
    """Text to speech with word timestamps

     Same request as `text_to_speech`; returns the audio as base64 plus per-word timings. The newer
    docs restrict `model_id` here to `async_flash_v1.0` (the older ones to `asyncflow_v2.0`); the
    schema keeps it an open string.

    Args:
        version (TextToSpeechWithTimestampsVersion):  Default:
            TextToSpeechWithTimestampsVersion.V1.
        body (TtsRequest): Body of `text_to_speech` and `text_to_speech_with_timestamps`.
            `language`, `speed_control`,
            `stability` and `normalize` are seen only in third-party specs (pipecat does send
            `language`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TtsWithTimestampsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TtsRequest,
    version: TextToSpeechWithTimestampsVersion = TextToSpeechWithTimestampsVersion.V1,
) -> Response[ErrorResponse | TtsWithTimestampsResponse]:
    """Text to speech with word timestamps

     Same request as `text_to_speech`; returns the audio as base64 plus per-word timings. The newer
    docs restrict `model_id` here to `async_flash_v1.0` (the older ones to `asyncflow_v2.0`); the
    schema keeps it an open string.

    Args:
        version (TextToSpeechWithTimestampsVersion):  Default:
            TextToSpeechWithTimestampsVersion.V1.
        body (TtsRequest): Body of `text_to_speech` and `text_to_speech_with_timestamps`.
            `language`, `speed_control`,
            `stability` and `normalize` are seen only in third-party specs (pipecat does send
            `language`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TtsWithTimestampsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TtsRequest,
    version: TextToSpeechWithTimestampsVersion = TextToSpeechWithTimestampsVersion.V1,
) -> ErrorResponse | TtsWithTimestampsResponse | None:
    """Text to speech with word timestamps

     Same request as `text_to_speech`; returns the audio as base64 plus per-word timings. The newer
    docs restrict `model_id` here to `async_flash_v1.0` (the older ones to `asyncflow_v2.0`); the
    schema keeps it an open string.

    Args:
        version (TextToSpeechWithTimestampsVersion):  Default:
            TextToSpeechWithTimestampsVersion.V1.
        body (TtsRequest): Body of `text_to_speech` and `text_to_speech_with_timestamps`.
            `language`, `speed_control`,
            `stability` and `normalize` are seen only in third-party specs (pipecat does send
            `language`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TtsWithTimestampsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version=version,
        )
    ).parsed
