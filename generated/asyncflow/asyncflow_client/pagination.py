# Copied from overlays/asyncflow/pagination.py by scripts/generate.py; edit that file, not this copy.
"""Every voice of the cursor-paginated `list_voices` (`POST /voices`), one page in memory at a time.

    from asyncflow_client.pagination import iter_voices

    for voice in iter_voices(client, my_voice=True):
        print(voice.voice_id, voice.name)

Each page's `next_cursor` is sent back as `after`; a null or absent `next_cursor` (or one that
repeats) ends the iteration. Filters are `ListVoicesRequest` fields (`gender`, `my_voice`,
`model_id`, `language`, `accent`, `style`). Error statuses raise the typed errors of
`asyncflow_client.exceptions`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

from ._core.calls import acall, call
from ._core.errors import ProtocolError
from ._core.pagination import aiter_cursor, iter_cursor
from .api.voices import list_voices as _endpoint
from .client import AuthenticatedClient, Client
from .models.list_voices_request import ListVoicesRequest
from .models.list_voices_response import ListVoicesResponse
from .models.voice_summary import VoiceSummary

__all__ = ["MAX_PAGE_SIZE", "async_iter_voices", "iter_voices"]

MAX_PAGE_SIZE = 100  # `limit` maximum in specs/asyncflow/openapi.yaml


def _body(page_size: int, cursor: str | None, filters: dict[str, Any]) -> ListVoicesRequest:
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size: must be between 1 and {MAX_PAGE_SIZE}, got {page_size}")
    fields: dict[str, Any] = {**filters, "limit": page_size}
    if cursor is not None:
        fields["after"] = cursor
    return ListVoicesRequest.from_dict(fields)


def _page(parsed: Any) -> tuple[Sequence[VoiceSummary], str | None]:
    if not isinstance(parsed, ListVoicesResponse):
        raise ProtocolError(f"POST /voices: expected a ListVoicesResponse, got {type(parsed).__name__}")
    cursor = parsed.next_cursor
    return parsed.voices, cursor if isinstance(cursor, str) and cursor else None


def iter_voices(
    client: Client | AuthenticatedClient, *, page_size: int = MAX_PAGE_SIZE, **filters: Any
) -> Iterator[VoiceSummary]:
    """Every voice matching `filters`, across all pages (a request per page, sent as you iterate)."""
    _body(page_size, None, filters)  # reject bad filters now, not at the first `next()`

    def fetch(cursor: str | None) -> tuple[Sequence[VoiceSummary], str | None]:
        return _page(call(_endpoint, client, body=_body(page_size, cursor, filters)))

    return iter_cursor(fetch)


def async_iter_voices(
    client: Client | AuthenticatedClient, *, page_size: int = MAX_PAGE_SIZE, **filters: Any
) -> AsyncIterator[VoiceSummary]:
    """Async twin of `iter_voices`."""
    _body(page_size, None, filters)

    async def fetch(cursor: str | None) -> tuple[Sequence[VoiceSummary], str | None]:
        return _page(await acall(_endpoint, client, body=_body(page_size, cursor, filters)))

    return aiter_cursor(fetch)
