from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_voice_response import DeleteVoiceResponse
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    voice_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/voices/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteVoiceResponse | ErrorDetail | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeleteVoiceResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteVoiceResponse | ErrorDetail | HTTPValidationError]:
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
) -> Response[DeleteVoiceResponse | ErrorDetail | HTTPValidationError]:
    """Delete a cloned voice

     Deletes a cloned voice of the caller and all its data. An unknown id is refused with
    `"This voice_id does not exist"`. The partial spec shows a top-level
    `{"message", "voice_id"}` body; the SDKs read the same keys under `data`.

    Args:
        voice_id (str): Id of a cloned voice of the caller.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVoiceResponse | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteVoiceResponse | ErrorDetail | HTTPValidationError | None:
    """Delete a cloned voice

     Deletes a cloned voice of the caller and all its data. An unknown id is refused with
    `"This voice_id does not exist"`. The partial spec shows a top-level
    `{"message", "voice_id"}` body; the SDKs read the same keys under `data`.

    Args:
        voice_id (str): Id of a cloned voice of the caller.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVoiceResponse | ErrorDetail | HTTPValidationError
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteVoiceResponse | ErrorDetail | HTTPValidationError]:
    """Delete a cloned voice

     Deletes a cloned voice of the caller and all its data. An unknown id is refused with
    `"This voice_id does not exist"`. The partial spec shows a top-level
    `{"message", "voice_id"}` body; the SDKs read the same keys under `data`.

    Args:
        voice_id (str): Id of a cloned voice of the caller.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVoiceResponse | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteVoiceResponse | ErrorDetail | HTTPValidationError | None:
    """Delete a cloned voice

     Deletes a cloned voice of the caller and all its data. An unknown id is refused with
    `"This voice_id does not exist"`. The partial spec shows a top-level
    `{"message", "voice_id"}` body; the SDKs read the same keys under `data`.

    Args:
        voice_id (str): Id of a cloned voice of the caller.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVoiceResponse | ErrorDetail | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
        )
    ).parsed
