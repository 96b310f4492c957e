# Copied from overlays/_core/streaming.py by scripts/generate.py; edit that file, not this copy.
"""`Stream[T]` and `AsyncStream[T]`: typed iteration over one streamed HTTP response.

The request is sent when the stream is entered (`with` / `async with`) or first iterated, never at
construction, so a stream that is built and forgotten holds no connection. The response is closed
in `finally` on every path: the end of the stream, an error, `close()`, leaving the `with` block,
or a caller that breaks out of a plain `for` loop (the loop's generator is closed when dropped).

A stream is built from two functions: one that opens the response (usually
`client.get_httpx_client().stream(**endpoint._get_kwargs(...))`) and one that turns the open
response into items (SSE events into typed messages, or raw bytes into audio chunks).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import AsyncContextManager, ContextManager, Generic, TypeVar

import httpx

from .errors import TruncatedStreamError, raise_for_status

T = TypeVar("T")

# httpx errors that mean the body stopped early: the server closed, or the network failed.
_TRUNCATION_ERRORS = (httpx.RemoteProtocolError, httpx.ReadError, httpx.ReadTimeout)


class Stream(Generic[T]):
    """A lazily sent, always closed, typed stream. Use it as a context manager and iterate it."""

    def __init__(
        self,
        open_response: Callable[[], ContextManager[httpx.Response]],
        parse: Callable[[httpx.Response], Iterator[T]],
    ) -> None:
        self._open_response = open_response
        self._parse = parse
        self._exit_stack: contextlib.ExitStack | None = None
        self._response: httpx.Response | None = None
        self._items: Iterator[T] | None = None
        self._closed = False

    @property
    def response(self) -> httpx.Response:
        """The open response (status, headers); available once the stream is entered."""
        if self._response is None:
            raise RuntimeError("the stream has not been opened yet: use `with` or iterate it")
        return self._response

    def _open(self) -> httpx.Response:
        if self._closed:
            raise RuntimeError("the stream is closed")
        if self._response is None:
            stack = contextlib.ExitStack()
            try:
                response = stack.enter_context(self._open_response())
                if response.status_code >= 400:
                    response.read()
                    raise_for_status(response)
            except BaseException:
                stack.close()
                self._closed = True
                raise
            self._exit_stack, self._response = stack, response
        return self._response

    def __enter__(self) -> Stream[T]:
        self._open()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __iter__(self) -> Iterator[T]:
        return self._generate()

    def __next__(self) -> T:
        if self._items is None:
            self._items = self._generate()
        return next(self._items)

    def _generate(self) -> Iterator[T]:
        response = self._open()
        try:
            yield from self._parse(response)
        except _TRUNCATION_ERRORS as exc:
            raise TruncatedStreamError(f"the response stream broke off: {type(exc).__name__}") from exc
        finally:
            self.close()

    def close(self) -> None:
        """Close the response (idempotent). Unread data is dropped, not drained."""
        self._closed = True
        stack, self._exit_stack = self._exit_stack, None
        if stack is not None:
            stack.close()


class AsyncStream(Generic[T]):
    """Async twin of `Stream`, with the same method names (`aclose` for `close`)."""

    def __init__(
        self,
        open_response: Callable[[], AsyncContextManager[httpx.Response]],
        parse: Callable[[httpx.Response], AsyncIterator[T]],
    ) -> None:
        self._open_response = open_response
        self._parse = parse
        self._exit_stack: contextlib.AsyncExitStack | None = None
        self._response: httpx.Response | None = None
        self._items: AsyncIterator[T] | None = None
        self._closed = False

    @property
    def response(self) -> httpx.Response:
        if self._response is None:
            raise RuntimeError("the stream has not been opened yet: use `async with` or iterate it")
        return self._response

    async def _open(self) -> httpx.Response:
        if self._closed:
            raise RuntimeError("the stream is closed")
        if self._response is None:
            stack = contextlib.AsyncExitStack()
            try:
                response = await stack.enter_async_context(self._open_response())
                if response.status_code >= 400:
                    await response.aread()
                    raise_for_status(response)
            except BaseException:
                await stack.aclose()
                self._closed = True
                raise
            self._exit_stack, self._response = stack, response
        return self._response

    async def __aenter__(self) -> AsyncStream[T]:
        await self._open()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._generate()

    async def __anext__(self) -> T:
        if self._items is None:
            self._items = self._generate()
        return await self._items.__anext__()

    async def _generate(self) -> AsyncIterator[T]:
        response = await self._open()
        items = self._parse(response)
        try:
            async for item in items:
                yield item
        except _TRUNCATION_ERRORS as exc:
            raise TruncatedStreamError(f"the response stream broke off: {type(exc).__name__}") from exc
        finally:
            # An async generator left by `break` is not closed until someone closes it.
            aclose = getattr(items, "aclose", None)
            if aclose is not None:
                await aclose()
            await self.aclose()

    async def aclose(self) -> None:
        self._closed = True
        stack, self._exit_stack = self._exit_stack, None
        if stack is not None:
            await stack.aclose()
