# Copied from overlays/respeecher/pagination.py by scripts/generate.py; edit that file, not this copy.
"""Every item of Respeecher's limit/offset lists, one page in memory at a time.

    from respeecher_client.pagination import iter_projects, async_iter_voices

    for project in iter_projects(client):
        print(project.name)
    async for voice in async_iter_voices(client, gender=[Gender.FEMALE]):
        ...

Each list answers `{"list": [...], "pagination": {"count", "limit", "offset"}}`; iteration follows
`offset` until `count` items have been seen (or a page comes back empty), so a server that caps
the page size below the one asked for loses nothing. Pages are requested lazily as the iterator
advances; an error status raises the typed error (`respeecher_client.exceptions`). As with any
offset pagination, items created or deleted while iterating may shift between pages.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from types import ModuleType
from typing import Any
from uuid import UUID

from ._core.calls import acall, call
from ._core.errors import ProtocolError
from ._core.pagination import aiter_offset, iter_offset
from .api.calibration import list_calibrations as _calibrations
from .api.folders import list_folders as _folders
from .api.projects import list_projects as _projects
from .api.recordings import list_conversions as _conversions
from .api.recordings import list_originals as _originals
from .api.recordings import list_recordings as _recordings
from .api.voices import list_voices as _voices
from .client import AuthenticatedClient, Client
from .models.age_group import AgeGroup
from .models.calibration import Calibration
from .models.direction import Direction
from .models.folder import Folder
from .models.gender import Gender
from .models.pitch_group import PitchGroup
from .models.project import Project
from .models.project_sort_field import ProjectSortField
from .models.recording import Recording
from .models.species import Species
from .models.voice import Voice
from .models.voice_sort_field import VoiceSortField
from .models.voice_visibility import VoiceVisibility
from .types import UNSET, Unset

__all__ = [
    "MAX_PAGE_SIZE",
    "async_iter_calibrations",
    "async_iter_conversions",
    "async_iter_folders",
    "async_iter_originals",
    "async_iter_projects",
    "async_iter_recordings",
    "async_iter_voices",
    "async_paginate",
    "iter_calibrations",
    "iter_conversions",
    "iter_folders",
    "iter_originals",
    "iter_projects",
    "iter_recordings",
    "iter_voices",
    "paginate",
]

# The largest `limit` each list accepts (specs/respeecher/openapi.yaml); the default page size.
MAX_PAGE_SIZE: dict[str, int] = {
    "list_projects": 100,
    "list_voices": 100,
    "list_folders": 200,
    "list_recordings": 200,
    "list_originals": 200,
    "list_conversions": 200,
    "list_calibrations": 200,
}

AnyClient = Client | AuthenticatedClient


def _page_size(endpoint: ModuleType, page_size: int | None) -> int:
    name = endpoint.__name__.rsplit(".", 1)[-1]
    most = MAX_PAGE_SIZE.get(name, 200)
    size = most if page_size is None else page_size
    if not 1 <= size <= most:
        raise ValueError(f"page_size: must be between 1 and {most} for {name}, got {size}")
    return size


def _items(endpoint: ModuleType, page: Any) -> tuple[Sequence[Any], int | None]:
    items = getattr(page, "list_", None)
    if not isinstance(items, list):
        name = endpoint.__name__.rsplit(".", 1)[-1]
        raise ProtocolError(f"{name}: expected a page with `list`, got {type(page).__name__}")
    pagination = getattr(page, "pagination", None)
    count = getattr(pagination, "count", None)
    return items, count if isinstance(count, int) else None


def _filters(filters: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in filters.items() if not isinstance(v, Unset)}


def paginate(
    endpoint: ModuleType, client: AnyClient, *args: Any, page_size: int | None = None, **filters: Any
) -> Iterator[Any]:
    """Every item of any generated list endpoint taking `limit` and `offset`."""
    size = _page_size(endpoint, page_size)
    query = _filters(filters)

    def fetch(limit: int, offset: int) -> tuple[Sequence[Any], int | None]:
        return _items(endpoint, call(endpoint, client, *args, limit=limit, offset=offset, **query))

    return iter_offset(fetch, page_size=size)


def async_paginate(
    endpoint: ModuleType, client: AnyClient, *args: Any, page_size: int | None = None, **filters: Any
) -> AsyncIterator[Any]:
    """Async twin of `paginate`."""
    size = _page_size(endpoint, page_size)
    query = _filters(filters)

    async def fetch(limit: int, offset: int) -> tuple[Sequence[Any], int | None]:
        return _items(endpoint, await acall(endpoint, client, *args, limit=limit, offset=offset, **query))

    return aiter_offset(fetch, page_size=size)


def iter_projects(
    client: AnyClient,
    *,
    sort: ProjectSortField | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    owner: UUID | Unset = UNSET,
    page_size: int | None = None,
) -> Iterator[Project]:
    """`GET /api/projects`, every page."""
    return paginate(_projects, client, page_size=page_size, sort=sort, direction=direction, owner=owner)


def async_iter_projects(
    client: AnyClient,
    *,
    sort: ProjectSortField | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    owner: UUID | Unset = UNSET,
    page_size: int | None = None,
) -> AsyncIterator[Project]:
    """Async twin of `iter_projects`."""
    return async_paginate(_projects, client, page_size=page_size, sort=sort, direction=direction, owner=owner)


def iter_folders(
    client: AnyClient, project_id: UUID, *, direction: Direction | Unset = UNSET, page_size: int | None = None
) -> Iterator[Folder]:
    """`GET /api/folders?project_id=...`, every page."""
    return paginate(_folders, client, page_size=page_size, project_id=project_id, direction=direction)


def async_iter_folders(
    client: AnyClient, project_id: UUID, *, direction: Direction | Unset = UNSET, page_size: int | None = None
) -> AsyncIterator[Folder]:
    """Async twin of `iter_folders`."""
    return async_paginate(_folders, client, page_size=page_size, project_id=project_id, direction=direction)


def iter_recordings(
    client: AnyClient,
    *,
    project_id: UUID | Unset = UNSET,
    folder_id: UUID | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    page_size: int | None = None,
) -> Iterator[Recording]:
    """`GET /api/recordings` of a project or a folder, every page."""
    return paginate(
        _recordings, client, page_size=page_size, project_id=project_id, folder_id=folder_id, direction=direction
    )


def async_iter_recordings(
    client: AnyClient,
    *,
    project_id: UUID | Unset = UNSET,
    folder_id: UUID | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    page_size: int | None = None,
) -> AsyncIterator[Recording]:
    """Async twin of `iter_recordings`."""
    return async_paginate(
        _recordings, client, page_size=page_size, project_id=project_id, folder_id=folder_id, direction=direction
    )


def iter_originals(
    client: AnyClient, folder_id: UUID, *, direction: Direction | Unset = UNSET, page_size: int | None = None
) -> Iterator[Recording]:
    """`GET /api/recordings/originals?folder_id=...`, every page."""
    return paginate(_originals, client, page_size=page_size, folder_id=folder_id, direction=direction)


def async_iter_originals(
    client: AnyClient, folder_id: UUID, *, direction: Direction | Unset = UNSET, page_size: int | None = None
) -> AsyncIterator[Recording]:
    """Async twin of `iter_originals`."""
    return async_paginate(_originals, client, page_size=page_size, folder_id=folder_id, direction=direction)


def iter_conversions(
    client: AnyClient, original_id: UUID, *, direction: Direction | Unset = UNSET, page_size: int | None = None
) -> Iterator[Recording]:
    """`GET /api/recordings/conversions?original_id=...`, every page."""
    return paginate(_conversions, client, page_size=page_size, original_id=original_id, direction=direction)


def async_iter_conversions(
    client: AnyClient, original_id: UUID, *, direction: Direction | Unset = UNSET, page_size: int | None = None
) -> AsyncIterator[Recording]:
    """Async twin of `iter_conversions`."""
    return async_paginate(_conversions, client, page_size=page_size, original_id=original_id, direction=direction)


def iter_calibrations(
    client: AnyClient, *, search: str | Unset = UNSET, page_size: int | None = None
) -> Iterator[Calibration]:
    """`GET /api/calibration`, every page."""
    return paginate(_calibrations, client, page_size=page_size, search=search)


def async_iter_calibrations(
    client: AnyClient, *, search: str | Unset = UNSET, page_size: int | None = None
) -> AsyncIterator[Calibration]:
    """Async twin of `iter_calibrations`."""
    return async_paginate(_calibrations, client, page_size=page_size, search=search)


def iter_voices(
    client: AnyClient,
    *,
    visibility: list[VoiceVisibility] | Unset = UNSET,
    species: list[Species] | Unset = UNSET,
    gender: list[Gender] | Unset = UNSET,
    age_group: list[AgeGroup] | Unset = UNSET,
    pitch_group: list[PitchGroup] | Unset = UNSET,
    nationality: list[str] | Unset = UNSET,
    sort: VoiceSortField | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    page_size: int | None = None,
) -> Iterator[Voice]:
    """`GET /api/v2/voices` with its filters, every page."""
    return paginate(
        _voices,
        client,
        page_size=page_size,
        visibility=visibility,
        species=species,
        gender=gender,
        age_group=age_group,
        pitch_group=pitch_group,
        nationality=nationality,
        sort=sort,
        direction=direction,
    )


def async_iter_voices(
    client: AnyClient,
    *,
    visibility: list[VoiceVisibility] | Unset = UNSET,
    species: list[Species] | Unset = UNSET,
    gender: list[Gender] | Unset = UNSET,
    age_group: list[AgeGroup] | Unset = UNSET,
    pitch_group: list[PitchGroup] | Unset = UNSET,
    nationality: list[str] | Unset = UNSET,
    sort: VoiceSortField | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    page_size: int | None = None,
) -> AsyncIterator[Voice]:
    """Async twin of `iter_voices`."""
    return async_paginate(
        _voices,
        client,
        page_size=page_size,
        visibility=visibility,
        species=species,
        gender=gender,
        age_group=age_group,
        pitch_group=pitch_group,
        nationality=nationality,
        sort=sort,
        direction=direction,
    )
