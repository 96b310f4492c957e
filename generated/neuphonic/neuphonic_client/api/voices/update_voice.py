from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.update_voice_form import UpdateVoiceForm
from ...models.update_voice_response import UpdateVoiceResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    voice_id: str,
    *,
    body: UpdateVoiceForm | Unset = UNSET,
    new_voice_name: str | Unset = UNSET,
    new_voice_tags: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["new_voice_name"] = new_voice_name

    params["new_voice_tags"] = new_voice_tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/voices/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | HTTPValidationError | UpdateVoiceResponse | None:
    if response.status_code == 200:
        response_200 = UpdateVoiceResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

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
) -> Response[ErrorDetail | HTTPValidationError | UpdateVoiceResponse]:
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
    body: UpdateVoiceForm | Unset = UNSET,
    new_voice_name: str | Unset = UNSET,
    new_voice_tags: str | Unset = UNSET,
) -> Response[ErrorDetail | HTTPValidationError | UpdateVoiceResponse]:
    """Rename, retag or replace the sample of a cloned voice

     Every part is optional: a new sample in the multipart field `new_voice_file`, and a new
    name and tags in the query string. An empty query value means "not given": pyneuphonic
    always sends `new_voice_tags=` (empty when no tags are given) and, when it sends no file,
    an empty `new_voice_file=` query parameter and an empty body (Content-Length 0, no
    content type). Under httpx >= 0.28 pyneuphonic also drops `new_voice_name` (same cause as
    `voice_name` in clone_voice).

    The partial spec shows a top-level `{"message": ...}` body; the SDKs read
    `{"data": {"message"}}` (neuphonic-js checks the message text), sometimes with `voice_id`.

    Args:
        voice_id (str): Id of a cloned voice of the caller.
        new_voice_name (str | Unset): New name; empty string means unchanged.
        new_voice_tags (str | Unset): New comma-separated tags; empty string means unchanged.
        body (UpdateVoiceForm | Unset): Multipart form of update_voice. Name and tags are query
            parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | UpdateVoiceResponse]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
        new_voice_name=new_voice_name,
        new_voice_tags=new_voice_tags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVoiceForm | Unset = UNSET,
    new_voice_name: str | Unset = UNSET,
    new_voice_tags: str | Unset = UNSET,
) -> ErrorDetail | HTTPValidationError | UpdateVoiceResponse | None:
    """Rename, retag or replace the sample of a cloned voice

     Every part is optional: a new sample in the multipart field `new_voice_file`, and a new
    name and tags in the query string. An empty query value means "not given": pyneuphonic
    always sends `new_voice_tags=` (empty when no tags are given) and, when it sends no file,
    an empty `new_voice_file=` query parameter and an empty body (Content-Length 0, no
    content type). Under httpx >= 0.28 pyneuphonic also drops `new_voice_name` (same cause as
    `voice_name` in clone_voice).

    The partial spec shows a top-level `{"message": ...}` body; the SDKs read
    `{"data": {"message"}}` (neuphonic-js checks the message text), sometimes with `voice_id`.

    Args:
        voice_id (str): Id of a cloned voice of the caller.
        new_voice_name (str | Unset): New name; empty string means unchanged.
        new_voice_tags (str | Unset): New comma-separated tags; empty string means unchanged.
        body (UpdateVoiceForm | Unset): Multipart form of update_voice. Name and tags are query
            parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | UpdateVoiceResponse
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
        body=body,
        new_voice_name=new_voice_name,
        new_voice_tags=new_voice_tags,
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVoiceForm | Unset = UNSET,
    new_voice_name: str | Unset = UNSET,
    new_voice_tags: str | Unset = UNSET,
) -> Response[ErrorDetail | HTTPValidationError | UpdateVoiceResponse]:
    """Rename, retag or replace the sample of a cloned voice

     Every part is optional: a new sample in the multipart field `new_voice_file`, and a new
    name and tags in the query string. An empty query value means "not given": pyneuphonic
    always sends `new_voice_tags=` (empty when no tags are given) and, when it sends no file,
    an empty `new_voice_file=` query parameter and an empty body (Content-Length 0, no
    content type). Under httpx >= 0.28 pyneuphonic also drops `new_voice_name` (same cause as
    `voice_name` in clone_voice).

    The partial spec shows a top-level `{"message": ...}` body; the SDKs read
    `{"data": {"message"}}` (neuphonic-js checks the message text), sometimes with `voice_id`.

    Args:
        voice_id (str): Id of a cloned voice of the caller.
        new_voice_name (str | Unset): New name; empty string means unchanged.
        new_voice_tags (str | Unset): New comma-separated tags; empty string means unchanged.
        body (UpdateVoiceForm | Unset): Multipart form of update_voice. Name and tags are query
            parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | UpdateVoiceResponse]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
        new_voice_name=new_voice_name,
        new_voice_tags=new_voice_tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVoiceForm | Unset = UNSET,
    new_voice_name: str | Unset = UNSET,
    new_voice_tags: str | Unset = UNSET,
) -> ErrorDetail | HTTPValidationError | UpdateVoiceResponse | None:
    """Rename, retag or replace the sample of a cloned voice

     Every part is optional: a new sample in the multipart field `new_voice_file`, and a new
    name and tags in the query string. An empty query value means "not given": pyneuphonic
    always sends `new_voice_tags=` (empty when no tags are given) and, when it sends no file,
    an empty `new_voice_file=` query parameter and an empty body (Content-Length 0, no
    content type). Under httpx >= 0.28 pyneuphonic also drops `new_voice_name` (same cause as
    `voice_name` in clone_voice).

    The partial spec shows a top-level `{"message": ...}` body; the SDKs read
    `{"data": {"message"}}` (neuphonic-js checks the message text), sometimes with `voice_id`.

    Args:
        voice_id (str): Id of a cloned voice of the caller.
        new_voice_name (str | Unset): New name; empty string means unchanged.
        new_voice_tags (str | Unset): New comma-separated tags; empty string means unchanged.
        body (UpdateVoiceForm | Unset): Multipart form of update_voice. Name and tags are query
            parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | UpdateVoiceResponse
    """

    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
            body=body,
            new_voice_name=new_voice_name,
            new_voice_tags=new_voice_tags,
        )
    ).parsed
