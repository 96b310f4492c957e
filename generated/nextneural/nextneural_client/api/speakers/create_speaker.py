from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.speaker_create_form import SpeakerCreateForm
from ...models.speaker_created import SpeakerCreated
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: SpeakerCreateForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/voice/models/speakers",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | SpeakerCreated | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = SpeakerCreated.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = SpeakerCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = HTTPError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HTTPError.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = HTTPError.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = HTTPError.from_dict(response.json())

        return response_413

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
) -> Response[HTTPError | SpeakerCreated | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SpeakerCreateForm,
) -> Response[HTTPError | SpeakerCreated | ValidationErrorBody]:
    """Create speaker (zero-shot voice cloning)

     Creates a speaker by zero-shot voice cloning from one reference clip. The new speaker is not
    yet in the voice catalog: upload dataset samples (optional) and deploy it to use it in flows.

    The success status code is not documented (the response body is); both 200 and 201 are accepted.
    A duplicate `name` is expected to fail with 409, which is not vendor-documented.

    Args:
        body (SpeakerCreateForm): Multipart form for zero-shot cloning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | SpeakerCreated | ValidationErrorBody]
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
    body: SpeakerCreateForm,
) -> HTTPError | SpeakerCreated | ValidationErrorBody | None:
    """Create speaker (zero-shot voice cloning)

     Creates a speaker by zero-shot voice cloning from one reference clip. The new speaker is not
    yet in the voice catalog: upload dataset samples (optional) and deploy it to use it in flows.

    The success status code is not documented (the response body is); both 200 and 201 are accepted.
    A duplicate `name` is expected to fail with 409, which is not vendor-documented.

    Args:
        body (SpeakerCreateForm): Multipart form for zero-shot cloning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | SpeakerCreated | ValidationErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SpeakerCreateForm,
) -> Response[HTTPError | SpeakerCreated | ValidationErrorBody]:
    """Create speaker (zero-shot voice cloning)

     Creates a speaker by zero-shot voice cloning from one reference clip. The new speaker is not
    yet in the voice catalog: upload dataset samples (optional) and deploy it to use it in flows.

    The success status code is not documented (the response body is); both 200 and 201 are accepted.
    A duplicate `name` is expected to fail with 409, which is not vendor-documented.

    Args:
        body (SpeakerCreateForm): Multipart form for zero-shot cloning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | SpeakerCreated | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SpeakerCreateForm,
) -> HTTPError | SpeakerCreated | ValidationErrorBody | None:
    """Create speaker (zero-shot voice cloning)

     Creates a speaker by zero-shot voice cloning from one reference clip. The new speaker is not
    yet in the voice catalog: upload dataset samples (optional) and deploy it to use it in flows.

    The success status code is not documented (the response body is); both 200 and 201 are accepted.
    A duplicate `name` is expected to fail with 409, which is not vendor-documented.

    Args:
        body (SpeakerCreateForm): Multipart form for zero-shot cloning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | SpeakerCreated | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
