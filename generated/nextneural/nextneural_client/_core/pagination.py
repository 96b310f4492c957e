# Copied from overlays/_core/pagination.py by scripts/generate.py; edit that file, not this copy.
"""Iterate every item of a paginated list, one page in memory at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

# fetch(limit, offset) -> (items of that page, total count or None when the API does not say)
OffsetFetch = Callable[[int, int], tuple[Sequence[T], int | None]]
# fetch(cursor) -> (items of that page, next cursor or None at the end)
CursorFetch = Callable[[str | None], tuple[Sequence[T], str | None]]


def iter_offset(fetch: OffsetFetch[T], *, page_size: int) -> Iterator[T]:
    """limit/offset pagination: stops at the total, or at an empty page.

    When the API reports no total, a page shorter than `page_size` is the last one too. When it
    does, a short page is not trusted as the end: a server may cap the page size below the
    `limit` asked for, and stopping there would silently drop the rest of the list.
    """
    offset = 0
    while True:
        items, total = fetch(page_size, offset)
        yield from items
        offset += len(items)
        if _last_page(len(items), page_size, offset, total):
            return


def _last_page(count: int, page_size: int, offset: int, total: int | None) -> bool:
    if count == 0:
        return True
    if total is not None:
        return offset >= total
    return count < page_size


def iter_cursor(fetch: CursorFetch[T]) -> Iterator[T]:
    """Cursor pagination: follows the next cursor until there is none (or it repeats)."""
    cursor: str | None = None
    seen: set[str] = set()
    while True:
        items, cursor = fetch(cursor)
        yield from items
        if not cursor or cursor in seen:
            return
        seen.add(cursor)


async def aiter_offset(
    fetch: Callable[[int, int], Awaitable[tuple[Sequence[T], int | None]]], *, page_size: int
) -> AsyncIterator[T]:
    offset = 0
    while True:
        items, total = await fetch(page_size, offset)
        for item in items:
            yield item
        offset += len(items)
        if _last_page(len(items), page_size, offset, total):
            return


async def aiter_cursor(fetch: Callable[[str | None], Awaitable[tuple[Sequence[T], str | None]]]) -> AsyncIterator[T]:
    cursor: str | None = None
    seen: set[str] = set()
    while True:
        items, cursor = await fetch(cursor)
        for item in items:
            yield item
        if not cursor or cursor in seen:
            return
        seen.add(cursor)
