from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.validation_error_body import ValidationErrorBody
from ...types import File, Response


def _get_kwargs(
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/voice/models/speakers/{name}/reference".format(
            name=quote(str(name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | HTTPError | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HTTPError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = HTTPError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ValidationErrorBody.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = HTTPError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[File | HTTPError | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | HTTPError | ValidationErrorBody]:
    """Download reference audio

     Streams the reference clip the speaker was cloned from. The docs say "streams" but give no
    media type; the clip was uploaded as WAV or MP3, so both `audio/wav` and `audio/mpeg` are
    listed. Large clips should be read with a streaming overlay (`iter_bytes`) rather than the
    generated call, which buffers the whole body.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | HTTPError | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | HTTPError | ValidationErrorBody | None:
    """Download reference audio

     Streams the reference clip the speaker was cloned from. The docs say "streams" but give no
    media type; the clip was uploaded as WAV or MP3, so both `audio/wav` and `audio/mpeg` are
    listed. Large clips should be read with a streaming overlay (`iter_bytes`) rather than the
    generated call, which buffers the whole body.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | HTTPError | ValidationErrorBody
    """

    return sync_detailed(
        name=name,
        client=client,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | HTTPError | ValidationErrorBody]:
    """Download reference audio

     Streams the reference clip the speaker was cloned from. The docs say "streams" but give no
    media type; the clip was uploaded as WAV or MP3, so both `audio/wav` and `audio/mpeg` are
    listed. Large clips should be read with a streaming overlay (`iter_bytes`) rather than the
    generated call, which buffers the whole body.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | HTTPError | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | HTTPError | ValidationErrorBody | None:
    """Download reference audio

     Streams the reference clip the speaker was cloned from. The docs say "streams" but give no
    media type; the clip was uploaded as WAV or MP3, so both `audio/wav` and `audio/mpeg` are
    listed. Large clips should be read with a streaming overlay (`iter_bytes`) rather than the
    generated call, which buffers the whole body.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | HTTPError | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
        )
    ).parsed
