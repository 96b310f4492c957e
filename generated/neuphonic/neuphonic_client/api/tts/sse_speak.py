from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.speak_request import SpeakRequest
from ...types import Response


def _get_kwargs(
    lang_code: str,
    *,
    body: SpeakRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sse/speak/{lang_code}".format(
            lang_code=quote(str(lang_code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | HTTPValidationError | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | HTTPValidationError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lang_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeakRequest,
) -> Response[ErrorDetail | HTTPValidationError | str]:
    """Synthesize speech as a stream of server-sent events

     Streams synthesized audio as server-sent events. The language is given in the path and
    usually repeated as `lang_code` in the body (pyneuphonic sends both).

    The generated client treats the stream as one string; use the event schema named by
    `x-sse-event-schema` (`SseMessage`) to parse it. Grammar of the response body:

        event: message
        data: <one line of JSON: an SseMessage with status_code 200 and data {audio, text,
    sampling_rate}>
        <blank line>
        ... repeated, roughly one event per word ...
        event: error
        data: <one line of JSON: an SseMessage with data null and a non-empty errors list>
        <blank line>

    - Every `data:` line is `data: ` (with the space) followed by exactly one line of JSON;
      pyneuphonic splits on the first `": "` and fails on `data:{...}` or `data: [DONE]`.
    - The stream ends when the server closes the response. There is no sentinel event.
    - pyneuphonic ignores event names and treats an event as an error only when `errors` is
      not null; neuphonic-js (EventSource) reads `message` events and takes `error` as the end.
    - No line other than `data:` lines may contain the substring `data`; comment lines such
      as `: ping` are allowed.
    - `audio` is base64 of raw audio in the requested `encoding` and `sampling_rate`
      (16-bit mono little-endian PCM for `pcm_linear`, 8-bit mu-law for `pcm_mulaw`).

    pyneuphonic does not look at the HTTP status of this call: an error status yields an
    empty stream on its side. The JSON error bodies below are what the server sends instead
    of a stream.

    Args:
        lang_code (str): Language of the text, e.g. en, es, de, fr.
        body (SpeakRequest): Body of sse_speak: the text plus the TTS settings. pyneuphonic sends
            every non-null
            setting of its TTSConfig and allows extra keys (LiveKit sends `model`, e.g. `neu_hq`),
            so unknown keys are accepted. The partial spec names the voice `voice`; the SDKs and the
            docs use `voice_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        lang_code=lang_code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lang_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeakRequest,
) -> ErrorDetail | HTTPValidationError | str | None:
    """Synthesize speech as a stream of server-sent events

     Streams synthesized audio as server-sent events. The language is given in the path and
    usually repeated as `lang_code` in the body (pyneuphonic sends both).

    The generated client treats the stream as one string; use the event schema named by
    `x-sse-event-schema` (`SseMessage`) to parse it. Grammar of the response body:

        event: message
        data: <one line of JSON: an SseMessage with status_code 200 and data {audio, text,
    sampling_rate}>
        <blank line>
        ... repeated, roughly one event per word ...
        event: error
        data: <one line of JSON: an SseMessage with data null and a non-empty errors list>
        <blank line>

    - Every `data:` line is `data: ` (with the space) followed by exactly one line of JSON;
      pyneuphonic splits on the first `": "` and fails on `data:{...}` or `data: [DONE]`.
    - The stream ends when the server closes the response. There is no sentinel event.
    - pyneuphonic ignores event names and treats an event as an error only when `errors` is
      not null; neuphonic-js (EventSource) reads `message` events and takes `error` as the end.
    - No line other than `data:` lines may contain the substring `data`; comment lines such
      as `: ping` are allowed.
    - `audio` is base64 of raw audio in the requested `encoding` and `sampling_rate`
      (16-bit mono little-endian PCM for `pcm_linear`, 8-bit mu-law for `pcm_mulaw`).

    pyneuphonic does not look at the HTTP status of this call: an error status yields an
    empty stream on its side. The JSON error bodies below are what the server sends instead
    of a stream.

    Args:
        lang_code (str): Language of the text, e.g. en, es, de, fr.
        body (SpeakRequest): Body of sse_speak: the text plus the TTS settings. pyneuphonic sends
            every non-null
            setting of its TTSConfig and allows extra keys (LiveKit sends `model`, e.g. `neu_hq`),
            so unknown keys are accepted. The partial spec names the voice `voice`; the SDKs and the
            docs use `voice_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | str
    """

    return sync_detailed(
        lang_code=lang_code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    lang_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeakRequest,
) -> Response[ErrorDetail | HTTPValidationError | str]:
    """Synthesize speech as a stream of server-sent events

     Streams synthesized audio as server-sent events. The language is given in the path and
    usually repeated as `lang_code` in the body (pyneuphonic sends both).

    The generated client treats the stream as one string; use the event schema named by
    `x-sse-event-schema` (`SseMessage`) to parse it. Grammar of the response body:

        event: message
        data: <one line of JSON: an SseMessage with status_code 200 and data {audio, text,
    sampling_rate}>
        <blank line>
        ... repeated, roughly one event per word ...
        event: error
        data: <one line of JSON: an SseMessage with data null and a non-empty errors list>
        <blank line>

    - Every `data:` line is `data: ` (with the space) followed by exactly one line of JSON;
      pyneuphonic splits on the first `": "` and fails on `data:{...}` or `data: [DONE]`.
    - The stream ends when the server closes the response. There is no sentinel event.
    - pyneuphonic ignores event names and treats an event as an error only when `errors` is
      not null; neuphonic-js (EventSource) reads `message` events and takes `error` as the end.
    - No line other than `data:` lines may contain the substring `data`; comment lines such
      as `: ping` are allowed.
    - `audio` is base64 of raw audio in the requested `encoding` and `sampling_rate`
      (16-bit mono little-endian PCM for `pcm_linear`, 8-bit mu-law for `pcm_mulaw`).

    pyneuphonic does not look at the HTTP status of this call: an error status yields an
    empty stream on its side. The JSON error bodies below are what the server sends instead
    of a stream.

    Args:
        lang_code (str): Language of the text, e.g. en, es, de, fr.
        body (SpeakRequest): Body of sse_speak: the text plus the TTS settings. pyneuphonic sends
            every non-null
            setting of its TTSConfig and allows extra keys (LiveKit sends `model`, e.g. `neu_hq`),
            so unknown keys are accepted. The partial spec names the voice `voice`; the SDKs and the
            docs use `voice_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        lang_code=lang_code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lang_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeakRequest,
) -> ErrorDetail | HTTPValidationError | str | None:
    """Synthesize speech as a stream of server-sent events

     Streams synthesized audio as server-sent events. The language is given in the path and
    usually repeated as `lang_code` in the body (pyneuphonic sends both).

    The generated client treats the stream as one string; use the event schema named by
    `x-sse-event-schema` (`SseMessage`) to parse it. Grammar of the response body:

        event: message
        data: <one line of JSON: an SseMessage with status_code 200 and data {audio, text,
    sampling_rate}>
        <blank line>
        ... repeated, roughly one event per word ...
        event: error
        data: <one line of JSON: an SseMessage with data null and a non-empty errors list>
        <blank line>

    - Every `data:` line is `data: ` (with the space) followed by exactly one line of JSON;
      pyneuphonic splits on the first `": "` and fails on `data:{...}` or `data: [DONE]`.
    - The stream ends when the server closes the response. There is no sentinel event.
    - pyneuphonic ignores event names and treats an event as an error only when `errors` is
      not null; neuphonic-js (EventSource) reads `message` events and takes `error` as the end.
    - No line other than `data:` lines may contain the substring `data`; comment lines such
      as `: ping` are allowed.
    - `audio` is base64 of raw audio in the requested `encoding` and `sampling_rate`
      (16-bit mono little-endian PCM for `pcm_linear`, 8-bit mu-law for `pcm_mulaw`).

    pyneuphonic does not look at the HTTP status of this call: an error status yields an
    empty stream on its side. The JSON error bodies below are what the server sends instead
    of a stream.

    Args:
        lang_code (str): Language of the text, e.g. en, es, de, fr.
        body (SpeakRequest): Body of sse_speak: the text plus the TTS settings. pyneuphonic sends
            every non-null
            setting of its TTSConfig and allows extra keys (LiveKit sends `model`, e.g. `neu_hq`),
            so unknown keys are accepted. The partial spec names the voice `voice`; the SDKs and the
            docs use `voice_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            lang_code=lang_code,
            client=client,
            body=body,
        )
    ).parsed
