# Copied from overlays/_core/sse.py by scripts/generate.py; edit that file, not this copy.
"""Server-sent events decoding, kept apart from any transport.

Why not httpx-sse: it is correct (CR/LF/CRLF only, since 0.4.2) but decodes every chunk to `str`
and splits lines in Python; `benchmarks/sse_speech.py` measures this decoder against it on the same
Neuphonic stream (see benchmarks/README.md for the figures). This one frames on *bytes*, where CR
and LF can never sit inside a multi-byte UTF-8 character, so a chunk boundary inside a character is
harmless and each line is decoded once, whole. Unicode line separators (U+2028, U+0085, ...) are
never treated as line ends. Buffering is amortised linear: a partial line is kept as a list of
pieces and joined once, when its end arrives.

Field rules follow the WHATWG HTML standard, "Interpreting an event stream".
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any

import attrs

_BOM = b"\xef\xbb\xbf"


@attrs.frozen(slots=True)
class ServerSentEvent:
    """One dispatched event. `data` is the joined `data:` lines; `event` defaults to "message"."""

    data: str
    event: str = "message"
    id: str | None = None
    retry: int | None = None

    def json(self) -> Any:
        import json

        return json.loads(self.data)


class LineSplitter:
    """Bytes in, complete lines out (without their CR, LF or CRLF)."""

    __slots__ = ("_pieces", "_pending_cr")

    def __init__(self) -> None:
        self._pieces: list[bytes] = []
        self._pending_cr = False

    def feed(self, chunk: bytes) -> list[bytes]:
        if self._pending_cr:
            # A CR ended the previous chunk; an LF opening this one belongs to it.
            self._pending_cr = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        if b"\n" not in chunk and b"\r" not in chunk:
            if chunk:
                self._pieces.append(chunk)
            return []
        if self._pieces:
            self._pieces.append(chunk)
            chunk = b"".join(self._pieces)
            self._pieces = []
        if b"\r" in chunk:
            if chunk.endswith(b"\r"):
                self._pending_cr = True
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        lines = chunk.split(b"\n")
        rest = lines.pop()
        if rest:
            self._pieces.append(rest)
        return lines

    def flush(self) -> bytes | None:
        """What is left without a line end at the end of the stream, if anything."""
        self._pending_cr = False
        if not self._pieces:
            return None
        rest = b"".join(self._pieces)
        self._pieces = []
        return rest


class SSEDecoder:
    """Feed bytes, get `ServerSentEvent`s. One decoder per stream; `last_event_id` persists."""

    __slots__ = ("_lines", "_data", "_event", "_retry", "_started", "last_event_id")

    @property
    def retry(self) -> int | None:
        """The last `retry:` value the server sent, if any."""
        return self._retry

    def __init__(self) -> None:
        self._lines = LineSplitter()
        self._data: list[bytes] = []
        self._event: bytes = b""
        self._retry: int | None = None
        self._started = False
        self.last_event_id: str | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        return [self._event_of(event, data) for event, data in self.feed_raw(chunk)]

    def feed_raw(self, chunk: bytes) -> list[tuple[bytes, bytes]]:
        """Like `feed`, but each event is `(event type or b"", data)` as bytes, decoded by the caller.

        The hot path of speech streams: JSON parsers take bytes, so the data is never turned
        into a `str` only to be turned back. `last_event_id` and `retry` are on the decoder.
        """
        if not self._started:
            if len(chunk) < len(_BOM) and _BOM.startswith(chunk):
                # Too short to tell whether this is a BOM; wait for more.
                self._lines._pieces.append(chunk)
                return []
            self._started = True
            if self._lines._pieces:
                chunk = b"".join(self._lines._pieces) + chunk
                self._lines._pieces = []
            if chunk.startswith(_BOM):
                chunk = chunk[len(_BOM) :]
        events: list[tuple[bytes, bytes]] = []
        for line in self._lines.feed(chunk):
            event = self._line(line)
            if event is not None:
                events.append(event)
        return events

    def _event_of(self, event: bytes, data: bytes) -> ServerSentEvent:
        return ServerSentEvent(
            data=data.decode("utf-8", "replace"),
            event=event.decode("utf-8", "replace") if event else "message",
            id=self.last_event_id,
            retry=self._retry,
        )

    def close(self) -> None:
        """End of stream: an event without its blank line is dropped, as the standard says."""
        self._lines.flush()
        self._data = []
        self._event = b""

    def _line(self, line: bytes) -> tuple[bytes, bytes] | None:
        if not line:
            return self._dispatch()
        if line[0] == 0x3A:  # ":" starts a comment
            return None
        field, colon, value = line.partition(b":")
        if colon and value[:1] == b" ":
            value = value[1:]
        if field == b"data":
            self._data.append(value)
        elif field == b"event":
            self._event = value
        elif field == b"id":
            if b"\x00" not in value:
                self.last_event_id = value.decode("utf-8", "replace")
        elif field == b"retry":
            if value.isdigit():
                self._retry = int(value)
        return None

    def _dispatch(self) -> tuple[bytes, bytes] | None:
        data, self._data = self._data, []
        event, self._event = self._event, b""
        if not data:
            return None
        return event, data[0] if len(data) == 1 else b"\n".join(data)


def iter_events(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    """Decode a whole byte stream."""
    decoder = SSEDecoder()
    for chunk in chunks:
        yield from decoder.feed(chunk)
    decoder.close()


async def aiter_events(chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
    """Async twin of `iter_events`."""
    decoder = SSEDecoder()
    async for chunk in chunks:
        for event in decoder.feed(chunk):
            yield event
    decoder.close()
