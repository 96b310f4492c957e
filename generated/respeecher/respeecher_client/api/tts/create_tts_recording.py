from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.recording import Recording
from ...models.tts_recording_create import TtsRecordingCreate
from ...types import Response


def _get_kwargs(
    *,
    body: TtsRecordingCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/recordings/tts",
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
    body: TtsRecordingCreate,
) -> Response[ErrorResponse | HTTPValidationError | Recording]:
    """Create a text-to-speech original (deprecated)

     Deprecated by the vendor in favour of `POST /api/v2/recordings/tts`. Needs a `voice_id`
    from `GET /api/tts-voices`.

    Args:
        body (TtsRecordingCreate): Body of the deprecated `create_tts_recording`. The docs example
            also sends `project_id`,
            which the vendor document does not list; it is accepted here as optional.

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
    body: TtsRecordingCreate,
) -> ErrorResponse | HTTPValidationError | Recording | None:
    """Create a text-to-speech original (deprecated)

     Deprecated by the vendor in favour of `POST /api/v2/recordings/tts`. Needs a `voice_id`
    from `GET /api/tts-voices`.

    Args:
        body (TtsRecordingCreate): Body of the deprecated `create_tts_recording`. The docs example
            also sends `project_id`,
            which the vendor document does not list; it is accepted here as optional.

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
    body: TtsRecordingCreate,
) -> Response[ErrorResponse | HTTPValidationError | Recording]:
    """Create a text-to-speech original (deprecated)

     Deprecated by the vendor in favour of `POST /api/v2/recordings/tts`. Needs a `voice_id`
    from `GET /api/tts-voices`.

    Args:
        body (TtsRecordingCreate): Body of the deprecated `create_tts_recording`. The docs example
            also sends `project_id`,
            which the vendor document does not list; it is accepted here as optional.

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
    body: TtsRecordingCreate,
) -> ErrorResponse | HTTPValidationError | Recording | None:
    """Create a text-to-speech original (deprecated)

     Deprecated by the vendor in favour of `POST /api/v2/recordings/tts`. Needs a `voice_id`
    from `GET /api/tts-voices`.

    Args:
        body (TtsRecordingCreate): Body of the deprecated `create_tts_recording`. The docs example
            also sends `project_id`,
            which the vendor document does not list; it is accepted here as optional.

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
