from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clone_voice_form import CloneVoiceForm
from ...models.clone_voice_response import CloneVoiceResponse
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CloneVoiceForm,
    voice_name: str | Unset = UNSET,
    voice_tags: str | Unset = UNSET,
    lang_code: str | Unset = "en",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["voice_name"] = voice_name

    params["voice_tags"] = voice_tags

    params["lang_code"] = lang_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/voices",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CloneVoiceResponse | ErrorDetail | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CloneVoiceResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDetail.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = ErrorDetail.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CloneVoiceResponse | ErrorDetail | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CloneVoiceForm,
    voice_name: str | Unset = UNSET,
    voice_tags: str | Unset = UNSET,
    lang_code: str | Unset = "en",
) -> Response[CloneVoiceResponse | ErrorDetail | HTTPValidationError]:
    """Clone a voice from an audio sample

     Uploads one audio sample (multipart field `voice_file`) and creates a cloned voice. The
    voice's name, tags and language travel in the query string, not in the form.

    Voice cloning is offered for English, French, German and Spanish. The sample must be a
    WAV or MP3 file of at least 6 seconds and at most 10 MB (pyneuphonic README); shorter
    samples are refused with a `detail` message.

    The partial spec shows a top-level `{"message": ...}` body; the SDKs (pyneuphonic tests,
    neuphonic-js zod schema) read `{"data": {"message", "voice_id"}}`, which this spec follows.

    Args:
        voice_name (str | Unset): Name of the new voice (optional because pyneuphonic under httpx
            0.28 drops it).
        voice_tags (str | Unset): Comma-separated tags.
        lang_code (str | Unset): Language of the voice (en, fr, de or es). Default: 'en'.
        body (CloneVoiceForm): Multipart form of clone_voice. Name, tags and language are query
            parameters, not form fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloneVoiceResponse | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        voice_name=voice_name,
        voice_tags=voice_tags,
        lang_code=lang_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CloneVoiceForm,
    voice_name: str | Unset = UNSET,
    voice_tags: str | Unset = UNSET,
    lang_code: str | Unset = "en",
) -> CloneVoiceResponse | ErrorDetail | HTTPValidationError | None:
    """Clone a voice from an audio sample

     Uploads one audio sample (multipart field `voice_file`) and creates a cloned voice. The
    voice's name, tags and language travel in the query string, not in the form.

    Voice cloning is offered for English, French, German and Spanish. The sample must be a
    WAV or MP3 file of at least 6 seconds and at most 10 MB (pyneuphonic README); shorter
    samples are refused with a `detail` message.

    The partial spec shows a top-level `{"message": ...}` body; the SDKs (pyneuphonic tests,
    neuphonic-js zod schema) read `{"data": {"message", "voice_id"}}`, which this spec follows.

    Args:
        voice_name (str | Unset): Name of the new voice (optional because pyneuphonic under httpx
            0.28 drops it).
        voice_tags (str | Unset): Comma-separated tags.
        lang_code (str | Unset): Language of the voice (en, fr, de or es). Default: 'en'.
        body (CloneVoiceForm): Multipart form of clone_voice. Name, tags and language are query
            parameters, not form fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloneVoiceResponse | ErrorDetail | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        voice_name=voice_name,
        voice_tags=voice_tags,
        lang_code=lang_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CloneVoiceForm,
    voice_name: str | Unset = UNSET,
    voice_tags: str | Unset = UNSET,
    lang_code: str | Unset = "en",
) -> Response[CloneVoiceResponse | ErrorDetail | HTTPValidationError]:
    """Clone a voice from an audio sample

     Uploads one audio sample (multipart field `voice_file`) and creates a cloned voice. The
    voice's name, tags and language travel in the query string, not in the form.

    Voice cloning is offered for English, French, German and Spanish. The sample must be a
    WAV or MP3 file of at least 6 seconds and at most 10 MB (pyneuphonic README); shorter
    samples are refused with a `detail` message.

    The partial spec shows a top-level `{"message": ...}` body; the SDKs (pyneuphonic tests,
    neuphonic-js zod schema) read `{"data": {"message", "voice_id"}}`, which this spec follows.

    Args:
        voice_name (str | Unset): Name of the new voice (optional because pyneuphonic under httpx
            0.28 drops it).
        voice_tags (str | Unset): Comma-separated tags.
        lang_code (str | Unset): Language of the voice (en, fr, de or es). Default: 'en'.
        body (CloneVoiceForm): Multipart form of clone_voice. Name, tags and language are query
            parameters, not form fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloneVoiceResponse | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        voice_name=voice_name,
        voice_tags=voice_tags,
        lang_code=lang_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CloneVoiceForm,
    voice_name: str | Unset = UNSET,
    voice_tags: str | Unset = UNSET,
    lang_code: str | Unset = "en",
) -> CloneVoiceResponse | ErrorDetail | HTTPValidationError | None:
    """Clone a voice from an audio sample

     Uploads one audio sample (multipart field `voice_file`) and creates a cloned voice. The
    voice's name, tags and language travel in the query string, not in the form.

    Voice cloning is offered for English, French, German and Spanish. The sample must be a
    WAV or MP3 file of at least 6 seconds and at most 10 MB (pyneuphonic README); shorter
    samples are refused with a `detail` message.

    The partial spec shows a top-level `{"message": ...}` body; the SDKs (pyneuphonic tests,
    neuphonic-js zod schema) read `{"data": {"message", "voice_id"}}`, which this spec follows.

    Args:
        voice_name (str | Unset): Name of the new voice (optional because pyneuphonic under httpx
            0.28 drops it).
        voice_tags (str | Unset): Comma-separated tags.
        lang_code (str | Unset): Language of the voice (en, fr, de or es). Default: 'en'.
        body (CloneVoiceForm): Multipart form of clone_voice. Name, tags and language are query
            parameters, not form fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloneVoiceResponse | ErrorDetail | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            voice_name=voice_name,
            voice_tags=voice_tags,
            lang_code=lang_code,
        )
    ).parsed
