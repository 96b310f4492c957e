from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.text_to_speech_stream_version import TextToSpeechStreamVersion
from ...models.tts_stream_request import TtsStreamRequest
from ...types import File, Response


def _get_kwargs(
    *,
    body: TtsStreamRequest,
    version: TextToSpeechStreamVersion = TextToSpeechStreamVersion.V1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/text_to_speech/streaming",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[ErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TtsStreamRequest,
    version: TextToSpeechStreamVersion = TextToSpeechStreamVersion.V1,
) -> Response[ErrorResponse | File]:
    """Text to speech (audio stream)

     Streams the audio as it is synthesised ("an octet stream of the audio"): headerless PCM for
    `container: raw`, MPEG frames for `container: mp3`. Unlike the other TTS endpoints,
    `output_format.encoding` and `output_format.sample_rate` are required here, and the official
    page lists no `wav` container. The generated function buffers the whole body; the overlay
    layer reads it chunk by chunk.

    Args:
        version (TextToSpeechStreamVersion):  Default: TextToSpeechStreamVersion.V1.
        body (TtsStreamRequest): Body of `text_to_speech_stream`; as `TtsRequest` but with the
            stricter `StreamOutputFormat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
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
    body: TtsStreamRequest,
    version: TextToSpeechStreamVersion = TextToSpeechStreamVersion.V1,
) -> ErrorResponse | File | None:
    """Text to speech (audio stream)

     Streams the audio as it is synthesised ("an octet stream of the audio"): headerless PCM for
    `container: raw`, MPEG frames for `container: mp3`. Unlike the other TTS endpoints,
    `output_format.encoding` and `output_format.sample_rate` are required here, and the official
    page lists no `wav` container. The generated function buffers the whole body; the overlay
    layer reads it chunk by chunk.

    Args:
        version (TextToSpeechStreamVersion):  Default: TextToSpeechStreamVersion.V1.
        body (TtsStreamRequest): Body of `text_to_speech_stream`; as `TtsRequest` but with the
            stricter `StreamOutputFormat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TtsStreamRequest,
    version: TextToSpeechStreamVersion = TextToSpeechStreamVersion.V1,
) -> Response[ErrorResponse | File]:
    """Text to speech (audio stream)

     Streams the audio as it is synthesised ("an octet stream of the audio"): headerless PCM for
    `container: raw`, MPEG frames for `container: mp3`. Unlike the other TTS endpoints,
    `output_format.encoding` and `output_format.sample_rate` are required here, and the official
    page lists no `wav` container. The generated function buffers the whole body; the overlay
    layer reads it chunk by chunk.

    Args:
        version (TextToSpeechStreamVersion):  Default: TextToSpeechStreamVersion.V1.
        body (TtsStreamRequest): Body of `text_to_speech_stream`; as `TtsRequest` but with the
            stricter `StreamOutputFormat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
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
    body: TtsStreamRequest,
    version: TextToSpeechStreamVersion = TextToSpeechStreamVersion.V1,
) -> ErrorResponse | File | None:
    """Text to speech (audio stream)

     Streams the audio as it is synthesised ("an octet stream of the audio"): headerless PCM for
    `container: raw`, MPEG frames for `container: mp3`. Unlike the other TTS endpoints,
    `output_format.encoding` and `output_format.sample_rate` are required here, and the official
    page lists no `wav` container. The generated function buffers the whole body; the overlay
    layer reads it chunk by chunk.

    Args:
        version (TextToSpeechStreamVersion):  Default: TextToSpeechStreamVersion.V1.
        body (TtsStreamRequest): Body of `text_to_speech_stream`; as `TtsRequest` but with the
            stricter `StreamOutputFormat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version=version,
        )
    ).parsed
