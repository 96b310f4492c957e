from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.age_group import AgeGroup
from ...models.direction import Direction
from ...models.error_response import ErrorResponse
from ...models.gender import Gender
from ...models.http_validation_error import HTTPValidationError
from ...models.pitch_group import PitchGroup
from ...models.species import Species
from ...models.voice_list import VoiceList
from ...models.voice_sort_field import VoiceSortField
from ...models.voice_visibility import VoiceVisibility
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    visibility: list[VoiceVisibility] | Unset = UNSET,
    species: list[Species] | Unset = UNSET,
    gender: list[Gender] | Unset = UNSET,
    age_group: list[AgeGroup] | Unset = UNSET,
    pitch_group: list[PitchGroup] | Unset = UNSET,
    nationality: list[str] | Unset = UNSET,
    sort: VoiceSortField | Unset = UNSET,
    direction: Direction | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_visibility: list[str] | Unset = UNSET
    if not isinstance(visibility, Unset):
        json_visibility = []
        for visibility_item_data in visibility:
            visibility_item = visibility_item_data.value
            json_visibility.append(visibility_item)

    params["visibility"] = json_visibility

    json_species: list[str] | Unset = UNSET
    if not isinstance(species, Unset):
        json_species = []
        for species_item_data in species:
            species_item = species_item_data.value
            json_species.append(species_item)

    params["species"] = json_species

    json_gender: list[str] | Unset = UNSET
    if not isinstance(gender, Unset):
        json_gender = []
        for gender_item_data in gender:
            gender_item = gender_item_data.value
            json_gender.append(gender_item)

    params["gender"] = json_gender

    json_age_group: list[str] | Unset = UNSET
    if not isinstance(age_group, Unset):
        json_age_group = []
        for age_group_item_data in age_group:
            age_group_item = age_group_item_data.value
            json_age_group.append(age_group_item)

    params["age_group"] = json_age_group

    json_pitch_group: list[str] | Unset = UNSET
    if not isinstance(pitch_group, Unset):
        json_pitch_group = []
        for pitch_group_item_data in pitch_group:
            pitch_group_item = pitch_group_item_data.value
            json_pitch_group.append(pitch_group_item)

    params["pitch_group"] = json_pitch_group

    json_nationality: list[str] | Unset = UNSET
    if not isinstance(nationality, Unset):
        json_nationality = nationality

    params["nationality"] = json_nationality

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/voices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | VoiceList | None:
    if response.status_code == 200:
        response_200 = VoiceList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | HTTPValidationError | VoiceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    visibility: list[VoiceVisibility] | Unset = UNSET,
    species: list[Species] | Unset = UNSET,
    gender: list[Gender] | Unset = UNSET,
    age_group: list[AgeGroup] | Unset = UNSET,
    pitch_group: list[PitchGroup] | Unset = UNSET,
    nationality: list[str] | Unset = UNSET,
    sort: VoiceSortField | Unset = UNSET,
    direction: Direction | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | VoiceList]:
    """List the marketplace voices

     Array filters are repeated query keys (`?gender=male&gender=female`).

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        visibility (list[VoiceVisibility] | Unset):
        species (list[Species] | Unset):
        gender (list[Gender] | Unset):
        age_group (list[AgeGroup] | Unset):
        pitch_group (list[PitchGroup] | Unset):
        nationality (list[str] | Unset):
        sort (VoiceSortField | Unset):
        direction (Direction | Unset): Sort direction (the server's default is `desc`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | VoiceList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        visibility=visibility,
        species=species,
        gender=gender,
        age_group=age_group,
        pitch_group=pitch_group,
        nationality=nationality,
        sort=sort,
        direction=direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    visibility: list[VoiceVisibility] | Unset = UNSET,
    species: list[Species] | Unset = UNSET,
    gender: list[Gender] | Unset = UNSET,
    age_group: list[AgeGroup] | Unset = UNSET,
    pitch_group: list[PitchGroup] | Unset = UNSET,
    nationality: list[str] | Unset = UNSET,
    sort: VoiceSortField | Unset = UNSET,
    direction: Direction | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | VoiceList | None:
    """List the marketplace voices

     Array filters are repeated query keys (`?gender=male&gender=female`).

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        visibility (list[VoiceVisibility] | Unset):
        species (list[Species] | Unset):
        gender (list[Gender] | Unset):
        age_group (list[AgeGroup] | Unset):
        pitch_group (list[PitchGroup] | Unset):
        nationality (list[str] | Unset):
        sort (VoiceSortField | Unset):
        direction (Direction | Unset): Sort direction (the server's default is `desc`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | VoiceList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        visibility=visibility,
        species=species,
        gender=gender,
        age_group=age_group,
        pitch_group=pitch_group,
        nationality=nationality,
        sort=sort,
        direction=direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    visibility: list[VoiceVisibility] | Unset = UNSET,
    species: list[Species] | Unset = UNSET,
    gender: list[Gender] | Unset = UNSET,
    age_group: list[AgeGroup] | Unset = UNSET,
    pitch_group: list[PitchGroup] | Unset = UNSET,
    nationality: list[str] | Unset = UNSET,
    sort: VoiceSortField | Unset = UNSET,
    direction: Direction | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | VoiceList]:
    """List the marketplace voices

     Array filters are repeated query keys (`?gender=male&gender=female`).

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        visibility (list[VoiceVisibility] | Unset):
        species (list[Species] | Unset):
        gender (list[Gender] | Unset):
        age_group (list[AgeGroup] | Unset):
        pitch_group (list[PitchGroup] | Unset):
        nationality (list[str] | Unset):
        sort (VoiceSortField | Unset):
        direction (Direction | Unset): Sort direction (the server's default is `desc`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | VoiceList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        visibility=visibility,
        species=species,
        gender=gender,
        age_group=age_group,
        pitch_group=pitch_group,
        nationality=nationality,
        sort=sort,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    visibility: list[VoiceVisibility] | Unset = UNSET,
    species: list[Species] | Unset = UNSET,
    gender: list[Gender] | Unset = UNSET,
    age_group: list[AgeGroup] | Unset = UNSET,
    pitch_group: list[PitchGroup] | Unset = UNSET,
    nationality: list[str] | Unset = UNSET,
    sort: VoiceSortField | Unset = UNSET,
    direction: Direction | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | VoiceList | None:
    """List the marketplace voices

     Array filters are repeated query keys (`?gender=male&gender=female`).

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        visibility (list[VoiceVisibility] | Unset):
        species (list[Species] | Unset):
        gender (list[Gender] | Unset):
        age_group (list[AgeGroup] | Unset):
        pitch_group (list[PitchGroup] | Unset):
        nationality (list[str] | Unset):
        sort (VoiceSortField | Unset):
        direction (Direction | Unset): Sort direction (the server's default is `desc`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | VoiceList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            visibility=visibility,
            species=species,
            gender=gender,
            age_group=age_group,
            pitch_group=pitch_group,
            nationality=nationality,
            sort=sort,
            direction=direction,
        )
    ).parsed
