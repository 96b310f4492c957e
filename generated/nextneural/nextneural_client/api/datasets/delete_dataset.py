from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deletion_result import DeletionResult
from ...models.http_error import HTTPError
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/voice/models/speakers/{name}/dataset".format(
            name=quote(str(name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeletionResult | HTTPError | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = DeletionResult.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | DeletionResult | HTTPError | ValidationErrorBody]:
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
) -> Response[Any | DeletionResult | HTTPError | ValidationErrorBody]:
    """Clear dataset

     Removes all uploaded samples; the speaker itself is kept. The success response is not
    documented: an empty 204 and a 200 with a small JSON object are both accepted.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeletionResult | HTTPError | ValidationErrorBody]
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
) -> Any | DeletionResult | HTTPError | ValidationErrorBody | None:
    """Clear dataset

     Removes all uploaded samples; the speaker itself is kept. The success response is not
    documented: an empty 204 and a 200 with a small JSON object are both accepted.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeletionResult | HTTPError | ValidationErrorBody
    """

    return sync_detailed(
        name=name,
        client=client,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | DeletionResult | HTTPError | ValidationErrorBody]:
    """Clear dataset

     Removes all uploaded samples; the speaker itself is kept. The success response is not
    documented: an empty 204 and a 200 with a small JSON object are both accepted.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeletionResult | HTTPError | ValidationErrorBody]
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
) -> Any | DeletionResult | HTTPError | ValidationErrorBody | None:
    """Clear dataset

     Removes all uploaded samples; the speaker itself is kept. The success response is not
    documented: an empty 204 and a 200 with a small JSON object are both accepted.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeletionResult | HTTPError | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
        )
    ).parsed
