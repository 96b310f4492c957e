from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clone_voice_request import CloneVoiceRequest
from ...models.clone_voice_version import CloneVoiceVersion
from ...models.cloned_voice import ClonedVoice
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CloneVoiceRequest,
    version: CloneVoiceVersion = CloneVoiceVersion.V1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/voices/clone",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClonedVoice | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ClonedVoice.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClonedVoice | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CloneVoiceRequest,
    version: CloneVoiceVersion = CloneVoiceVersion.V1,
) -> Response[ClonedVoice | ErrorResponse]:
    """Clone a voice from an audio clip

     Creates a custom voice from a short recording (wav, mp3, flac or aiff; at least 3 s per the
    newer docs, 5 s per the older ones). The older snapshot marked `language` (enum `en`) and
    `enhance` as required; the newer curl example sends neither, so both are optional here.

    Args:
        version (CloneVoiceVersion):  Default: CloneVoiceVersion.V1.
        body (CloneVoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClonedVoice | ErrorResponse]
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
    body: CloneVoiceRequest,
    version: CloneVoiceVersion = CloneVoiceVersion.V1,
) -> ClonedVoice | ErrorResponse | None:
    """Clone a voice from an audio clip

     Creates a custom voice from a short recording (wav, mp3, flac or aiff; at least 3 s per the
    newer docs, 5 s per the older ones). The older snapshot marked `language` (enum `en`) and
    `enhance` as required; the newer curl example sends neither, so both are optional here.

    Args:
        version (CloneVoiceVersion):  Default: CloneVoiceVersion.V1.
        body (CloneVoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClonedVoice | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CloneVoiceRequest,
    version: CloneVoiceVersion = CloneVoiceVersion.V1,
) -> Response[ClonedVoice | ErrorResponse]:
    """Clone a voice from an audio clip

     Creates a custom voice from a short recording (wav, mp3, flac or aiff; at least 3 s per the
    newer docs, 5 s per the older ones). The older snapshot marked `language` (enum `en`) and
    `enhance` as required; the newer curl example sends neither, so both are optional here.

    Args:
        version (CloneVoiceVersion):  Default: CloneVoiceVersion.V1.
        body (CloneVoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClonedVoice | ErrorResponse]
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
    body: CloneVoiceRequest,
    version: CloneVoiceVersion = CloneVoiceVersion.V1,
) -> ClonedVoice | ErrorResponse | None:
    """Clone a voice from an audio clip

     Creates a custom voice from a short recording (wav, mp3, flac or aiff; at least 3 s per the
    newer docs, 5 s per the older ones). The older snapshot marked `language` (enum `en`) and
    `enhance` as required; the newer curl example sends neither, so both are optional here.

    Args:
        version (CloneVoiceVersion):  Default: CloneVoiceVersion.V1.
        body (CloneVoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClonedVoice | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version=version,
        )
    ).parsed
