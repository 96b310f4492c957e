from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_sample import DatasetSample
from ...models.dataset_sample_form import DatasetSampleForm
from ...models.http_error import HTTPError
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    name: str,
    *,
    body: DatasetSampleForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/voice/models/speakers/{name}/dataset/sample".format(
            name=quote(str(name), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetSample | HTTPError | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = DatasetSample.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = DatasetSample.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = HTTPError.from_dict(response.json())

        return response_404

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
) -> Response[DatasetSample | HTTPError | ValidationErrorBody]:
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
    body: DatasetSampleForm,
) -> Response[DatasetSample | HTTPError | ValidationErrorBody]:
    """Upload dataset sample

     Adds one transcribed audio sample to the speaker's LoRA fine-tuning dataset.
    The success status code is not documented (the response body is); both 200 and 201 are accepted.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.
        body (DatasetSampleForm): Multipart form for one dataset sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetSample | HTTPError | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetSampleForm,
) -> DatasetSample | HTTPError | ValidationErrorBody | None:
    """Upload dataset sample

     Adds one transcribed audio sample to the speaker's LoRA fine-tuning dataset.
    The success status code is not documented (the response body is); both 200 and 201 are accepted.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.
        body (DatasetSampleForm): Multipart form for one dataset sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetSample | HTTPError | ValidationErrorBody
    """

    return sync_detailed(
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetSampleForm,
) -> Response[DatasetSample | HTTPError | ValidationErrorBody]:
    """Upload dataset sample

     Adds one transcribed audio sample to the speaker's LoRA fine-tuning dataset.
    The success status code is not documented (the response body is); both 200 and 201 are accepted.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.
        body (DatasetSampleForm): Multipart form for one dataset sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetSample | HTTPError | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetSampleForm,
) -> DatasetSample | HTTPError | ValidationErrorBody | None:
    """Upload dataset sample

     Adds one transcribed audio sample to the speaker's LoRA fine-tuning dataset.
    The success status code is not documented (the response body is); both 200 and 201 are accepted.

    Args:
        name (str): Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No
            maximum length is documented.
        body (DatasetSampleForm): Multipart form for one dataset sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetSample | HTTPError | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
        )
    ).parsed
