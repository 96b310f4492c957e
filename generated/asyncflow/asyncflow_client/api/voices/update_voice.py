from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_voice_version import UpdateVoiceVersion
from ...models.voice_update_request import VoiceUpdateRequest
from ...types import Response


def _get_kwargs(
    voice_id: str,
    *,
    body: VoiceUpdateRequest,
    version: UpdateVoiceVersion = UpdateVoiceVersion.V1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["version"] = str(version)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/voices/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
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
    body: VoiceUpdateRequest,
    version: UpdateVoiceVersion = UpdateVoiceVersion.V1,
) -> Response[Any | ErrorResponse]:
    """Update a cloned voice

     Renames or re-describes a custom voice. The newer docs document PUT answering 204 No Content;
    an older snapshot documented PATCH on the same path answering 200 with the voice object (and
    the `version` header optional). PUT is modelled. Which fields are required is not documented,
    so none is; `gender`, `accent` and `style` come from a third-party spec.

    Args:
        voice_id (str):
        version (UpdateVoiceVersion):  Default: UpdateVoiceVersion.V1.
        body (VoiceUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
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
    body: VoiceUpdateRequest,
    version: UpdateVoiceVersion = UpdateVoiceVersion.V1,
) -> Any | ErrorResponse | None:
    """Update a cloned voice

     Renames or re-describes a custom voice. The newer docs document PUT answering 204 No Content;
    an older snapshot documented PATCH on the same path answering 200 with the voice object (and
    the `version` header optional). PUT is modelled. Which fields are required is not documented,
    so none is; `gender`, `accent` and `style` come from a third-party spec.

    Args:
        voice_id (str):
        version (UpdateVoiceVersion):  Default: UpdateVoiceVersion.V1.
        body (VoiceUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VoiceUpdateRequest,
    version: UpdateVoiceVersion = UpdateVoiceVersion.V1,
) -> Response[Any | ErrorResponse]:
    """Update a cloned voice

     Renames or re-describes a custom voice. The newer docs document PUT answering 204 No Content;
    an older snapshot documented PATCH on the same path answering 200 with the voice object (and
    the `version` header optional). PUT is modelled. Which fields are required is not documented,
    so none is; `gender`, `accent` and `style` come from a third-party spec.

    Args:
        voice_id (str):
        version (UpdateVoiceVersion):  Default: UpdateVoiceVersion.V1.
        body (VoiceUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VoiceUpdateRequest,
    version: UpdateVoiceVersion = UpdateVoiceVersion.V1,
) -> Any | ErrorResponse | None:
    """Update a cloned voice

     Renames or re-describes a custom voice. The newer docs document PUT answering 204 No Content;
    an older snapshot documented PATCH on the same path answering 200 with the voice object (and
    the `version` header optional). PUT is modelled. Which fields are required is not documented,
    so none is; `gender`, `accent` and `style` come from a third-party spec.

    Args:
        voice_id (str):
        version (UpdateVoiceVersion):  Default: UpdateVoiceVersion.V1.
        body (VoiceUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
            body=body,
            version=version,
        )
    ).parsed
