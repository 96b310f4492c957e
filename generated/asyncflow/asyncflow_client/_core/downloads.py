# Copied from overlays/_core/downloads.py by scripts/generate.py; edit that file, not this copy.
"""Binary response bodies (zip exports, audio files) streamed to disk in constant memory.

`byte_stream` / `abyte_stream` wrap a generated endpoint's request in a `Stream[bytes]` (sent on
enter, always closed); `save_stream` / `asave_stream` write such a stream to a file chunk by chunk.
A file is written under a temporary `<name>.part` name and renamed only once the body is complete,
so an interrupted download never leaves a file that looks whole; the `.part` file is removed.
Memory use is one network read (httpcore reads at most 64 KiB) plus the first `head_size` bytes,
whatever the size of the body.
"""

from __future__ import annotations

import email.message
import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, BinaryIO

import attrs
import httpx

from .calls import request_kwargs
from .errors import ProtocolError, TruncatedStreamError
from .streaming import AsyncStream, Stream

# None: hand on each network read as it arrives (so a body that breaks off has written all it got).
CHUNK_SIZE: int | None = None

Destination = str | os.PathLike[str] | BinaryIO
# check(response, first bytes of the body): raise `ProtocolError` if this is not what was asked for.
HeadCheck = Callable[[httpx.Response, bytes], None]
# The file name in a directory when the server suggests none: fixed, or chosen from the response.
DefaultName = str | Callable[[httpx.Response], str]


class IncompleteDownloadError(TruncatedStreamError):
    """The body stopped early. `nbytes` were received; a partial file was removed, not kept."""

    def __init__(self, message: str, *, nbytes: int) -> None:
        self.audio = b""
        self.nbytes = nbytes
        ProtocolError.__init__(self, f"{message} after {nbytes} bytes")


@attrs.frozen
class Download:
    """What was saved: the file (None when written to a file object), its size and the server's name."""

    path: Path | None
    nbytes: int
    filename: str | None
    content_type: str | None


def attachment_filename(header: str | None) -> str | None:
    """The file name in a `Content-Disposition` header (`filename=` or RFC 5987 `filename*=`), made safe.

    Only the last path component is kept and leading dots are dropped, so a hostile header cannot
    write outside the chosen directory or create a hidden file.
    """
    if not header:
        return None
    message = email.message.Message()
    message["content-disposition"] = header
    name = message.get_filename()
    if not name:
        return None
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip().lstrip(".")
    return name or None


def _iter_chunks(chunk_size: int | None) -> Callable[[httpx.Response], Iterator[bytes]]:
    def parse(response: httpx.Response) -> Iterator[bytes]:
        for chunk in response.iter_bytes(chunk_size):
            if chunk:
                yield chunk

    return parse


def _aiter_chunks(chunk_size: int | None) -> Callable[[httpx.Response], AsyncIterator[bytes]]:
    async def parse(response: httpx.Response) -> AsyncIterator[bytes]:
        async for chunk in response.aiter_bytes(chunk_size):
            if chunk:
                yield chunk

    return parse


def byte_stream(
    endpoint: ModuleType, client: Any, *args: Any, chunk_size: int | None = CHUNK_SIZE, **kwargs: Any
) -> Stream[bytes]:
    """The endpoint's response body as a `Stream` of byte chunks; nothing is sent until it is entered."""
    request = request_kwargs(endpoint, *args, **kwargs)
    return Stream(lambda: client.get_httpx_client().stream(**request), _iter_chunks(chunk_size))


def abyte_stream(
    endpoint: ModuleType, client: Any, *args: Any, chunk_size: int | None = CHUNK_SIZE, **kwargs: Any
) -> AsyncStream[bytes]:
    """Async twin of `byte_stream`."""
    request = request_kwargs(endpoint, *args, **kwargs)
    return AsyncStream(lambda: client.get_async_httpx_client().stream(**request), _aiter_chunks(chunk_size))


class _Sink:
    """Where the chunks go: a caller's file object, or a `.part` file renamed on success."""

    def __init__(self, destination: Destination, suggested: str | None, default_name: str) -> None:
        self.path: Path | None = None
        self._part: Path | None = None
        self._done = False
        if hasattr(destination, "write"):
            self._file: BinaryIO = destination  # type: ignore[assignment]
            self._own = False
            return
        target = Path(os.fspath(destination))  # type: ignore[arg-type]
        if target.is_dir():
            target = target / (suggested or default_name)
        self.path = target
        self._part = target.with_name(target.name + ".part")
        self._file = open(self._part, "wb")  # noqa: SIM115 - closed in finish()/abort()
        self._own = True

    def write(self, chunk: bytes) -> None:
        self._file.write(chunk)

    def finish(self) -> None:
        if self._own:
            self._file.close()
            assert self._part is not None and self.path is not None
            os.replace(self._part, self.path)
        else:
            self._file.flush()
        self._done = True

    def abort(self) -> None:
        if self._own and not self._done:
            self._done = True
            self._file.close()
            assert self._part is not None
            self._part.unlink(missing_ok=True)


class _Writer:
    """Shared by the sync and async savers: head buffering and checking, counting, the sink."""

    def __init__(
        self,
        response: httpx.Response,
        destination: Destination,
        default_name: DefaultName,
        check: HeadCheck | None,
        head_size: int,
    ) -> None:
        self.response = response
        self.filename = attachment_filename(response.headers.get("content-disposition"))
        fallback = default_name(response) if callable(default_name) else default_name
        self.sink = _Sink(destination, self.filename, fallback)
        self.check = check
        self.head_size = head_size
        self.head: list[bytes] | None = [] if check is not None else None
        self.buffered = 0
        self.nbytes = 0

    def write(self, chunk: bytes) -> None:
        self.nbytes += len(chunk)
        if self.head is None:
            self.sink.write(chunk)
            return
        self.head.append(chunk)
        self.buffered += len(chunk)
        if self.buffered >= self.head_size:
            self._release_head()

    def _release_head(self) -> None:
        assert self.head is not None and self.check is not None
        data = b"".join(self.head)
        self.head = None
        self.check(self.response, data[: self.head_size])
        self.sink.write(data)

    def finish(self) -> Download:
        if self.head is not None:
            self._release_head()
        self.sink.finish()
        return Download(self.sink.path, self.nbytes, self.filename, self.response.headers.get("content-type"))


def save_stream(
    stream: Stream[bytes],
    destination: Destination,
    *,
    default_name: DefaultName = "download.bin",
    check: HeadCheck | None = None,
    head_size: int = 8,
) -> Download:
    """Write the stream to `destination` (a file path, a directory, or a binary file object).

    A directory gets the server's `Content-Disposition` file name, else `default_name` (a string, or
    a function of the response, e.g. to pick the extension from its content type). `check` sees
    the response and the first `head_size` bytes before anything is written. A body that breaks off
    raises `IncompleteDownloadError` (a `TruncatedStreamError`) and leaves no file behind.
    """
    writer: _Writer | None = None
    try:
        with stream:
            writer = _Writer(stream.response, destination, default_name, check, head_size)
            for chunk in stream:
                writer.write(chunk)
            return writer.finish()
    except TruncatedStreamError as exc:
        raise IncompleteDownloadError(
            f"the download broke off ({exc.__cause__ or exc})", nbytes=_count(writer)
        ) from exc
    finally:
        if writer is not None:
            writer.sink.abort()  # a no-op once finished


async def asave_stream(
    stream: AsyncStream[bytes],
    destination: Destination,
    *,
    default_name: DefaultName = "download.bin",
    check: HeadCheck | None = None,
    head_size: int = 8,
) -> Download:
    """Async twin of `save_stream` (the file writes themselves are plain, small, blocking writes)."""
    writer: _Writer | None = None
    try:
        async with stream:
            writer = _Writer(stream.response, destination, default_name, check, head_size)
            async for chunk in stream:
                writer.write(chunk)
            return writer.finish()
    except TruncatedStreamError as exc:
        raise IncompleteDownloadError(
            f"the download broke off ({exc.__cause__ or exc})", nbytes=_count(writer)
        ) from exc
    finally:
        if writer is not None:
            writer.sink.abort()  # a no-op once finished


def _count(writer: _Writer | None) -> int:
    return writer.nbytes if writer is not None else 0
