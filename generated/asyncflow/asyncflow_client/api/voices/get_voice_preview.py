from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_voice_preview_version import GetVoicePreviewVersion
from ...models.voice_preview import VoicePreview
from ...types import Response


def _get_kwargs(
    voice_id: str,
    *,
    version: GetVoicePreviewVersion = GetVoicePreviewVersion.V1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/voices/preview/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VoicePreview | None:
    if response.status_code == 200:
        response_200 = VoicePreview.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VoicePreview]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: GetVoicePreviewVersion = GetVoicePreviewVersion.V1,
) -> Response[ErrorResponse | VoicePreview]:
    """Get a voice preview URL

     Returns a signed URL of a short preview clip of the voice. The official page ("Get the voice
    preview audio url using voice id") is known only by title: the path and response come from a
    third-party spec (tryAGI/AsyncAI).

    Args:
        voice_id (str):
        version (GetVoicePreviewVersion):  Default: GetVoicePreviewVersion.V1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VoicePreview]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: GetVoicePreviewVersion = GetVoicePreviewVersion.V1,
) -> ErrorResponse | VoicePreview | None:
    """Get a voice preview URL

     Returns a signed URL of a short preview clip of the voice. The official page ("Get the voice
    preview audio url using voice id") is known only by title: the path and response come from a
    third-party spec (tryAGI/AsyncAI).

    Args:
        voice_id (str):
        version (GetVoicePreviewVersion):  Default: GetVoicePreviewVersion.V1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VoicePreview
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
        version=version,
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: GetVoicePreviewVersion = GetVoicePreviewVersion.V1,
) -> Response[ErrorResponse | VoicePreview]:
    """Get a voice preview URL

     Returns a signed URL of a short preview clip of the voice. The official page ("Get the voice
    preview audio url using voice id") is known only by title: the path and response come from a
    third-party spec (tryAGI/AsyncAI).

    Args:
        voice_id (str):
        version (GetVoicePreviewVersion):  Default: GetVoicePreviewVersion.V1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VoicePreview]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: GetVoicePreviewVersion = GetVoicePreviewVersion.V1,
) -> ErrorResponse | VoicePreview | None:
    """Get a voice preview URL

     Returns a signed URL of a short preview clip of the voice. The official page ("Get the voice
    preview audio url using voice id") is known only by title: the path and response come from a
    third-party spec (tryAGI/AsyncAI).

    Args:
        voice_id (str):
        version (GetVoicePreviewVersion):  Default: GetVoicePreviewVersion.V1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VoicePreview
    """

    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
            version=version,
        )
    ).parsed
