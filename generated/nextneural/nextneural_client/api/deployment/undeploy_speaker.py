from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_result import DeploymentResult
from ...models.http_error import HTTPError
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/voice/models/speakers/{name}/deploy".format(
            name=quote(str(name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentResult | HTTPError | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = DeploymentResult.from_dict(response.json())

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
) -> Response[DeploymentResult | HTTPError | ValidationErrorBody]:
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
) -> Response[DeploymentResult | HTTPError | ValidationErrorBody]:
    """Undeploy speaker from the voice catalog

     Removes the speaker from the catalog without deleting the speaker or its dataset; campaigns
    that use this voice keep working until they are updated.

    **Unconfirmed endpoint.** Only the seed shows undeploy as `DELETE .../deploy`. No vendor page
    that could be read confirms an undeploy path or method (the deploy section of the docs is cut
    off), so the seed's path is kept. The response body is undocumented: an open object with
    optional fields.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentResult | HTTPError | ValidationErrorBody]
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
) -> DeploymentResult | HTTPError | ValidationErrorBody | None:
    """Undeploy speaker from the voice catalog

     Removes the speaker from the catalog without deleting the speaker or its dataset; campaigns
    that use this voice keep working until they are updated.

    **Unconfirmed endpoint.** Only the seed shows undeploy as `DELETE .../deploy`. No vendor page
    that could be read confirms an undeploy path or method (the deploy section of the docs is cut
    off), so the seed's path is kept. The response body is undocumented: an open object with
    optional fields.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentResult | HTTPError | ValidationErrorBody
    """

    return sync_detailed(
        name=name,
        client=client,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeploymentResult | HTTPError | ValidationErrorBody]:
    """Undeploy speaker from the voice catalog

     Removes the speaker from the catalog without deleting the speaker or its dataset; campaigns
    that use this voice keep working until they are updated.

    **Unconfirmed endpoint.** Only the seed shows undeploy as `DELETE .../deploy`. No vendor page
    that could be read confirms an undeploy path or method (the deploy section of the docs is cut
    off), so the seed's path is kept. The response body is undocumented: an open object with
    optional fields.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentResult | HTTPError | ValidationErrorBody]
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
) -> DeploymentResult | HTTPError | ValidationErrorBody | None:
    """Undeploy speaker from the voice catalog

     Removes the speaker from the catalog without deleting the speaker or its dataset; campaigns
    that use this voice keep working until they are updated.

    **Unconfirmed endpoint.** Only the seed shows undeploy as `DELETE .../deploy`. No vendor page
    that could be read confirms an undeploy path or method (the deploy section of the docs is cut
    off), so the seed's path is kept. The response body is undocumented: an open object with
    optional fields.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentResult | HTTPError | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
        )
    ).parsed
