# Copied from overlays/_core/websocket.py by scripts/generate.py; edit that file, not this copy.
"""WebSocket sessions on the `websockets` library: `WebSocketSession` and `AsyncWebSocketSession`.

Both twins have the same methods: `connect()` (or `with` / `async with`), `send(message)`,
`recv()`, iteration until the API's final message, and `close()`. Each API's overlay supplies
how to decode a frame into its typed messages and which message is the final one; the session
supplies the rest: handshake errors mapped to the shared `APIStatusError` classes, frames that are
not what the protocol allows raised as `ProtocolError` naming what arrived, a connection that drops
before the final message raised as `TruncatedStreamError`, and the socket closed on every path.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from .errors import ProtocolError, TruncatedStreamError, preview, status_error
from .redact import REDACTED, SECRET_HEADERS, redact_url

T = TypeVar("T")

DEFAULT_OPEN_TIMEOUT = 10.0
DEFAULT_MAX_SIZE = 16 * 2**20


def encode_message(message: Any) -> str | bytes:
    """Models (`to_dict()`), mappings and lists go out as JSON text; str and bytes as they are."""
    if isinstance(message, (str, bytes)):
        return message
    if hasattr(message, "to_dict"):
        message = message.to_dict()
    return json.dumps(message, separators=(",", ":"), ensure_ascii=False)


def json_frame(frame: str | bytes, *, channel: str) -> dict[str, Any]:
    """Parse a frame that must be a JSON object; anything else is a `ProtocolError` naming it."""
    if isinstance(frame, bytes):
        raise ProtocolError(f"{channel}: expected a JSON text frame, got a binary frame of {len(frame)} bytes")
    try:
        value = json.loads(frame)
    except json.JSONDecodeError as exc:
        raise ProtocolError(f"{channel}: expected a JSON text frame, got {preview(frame)} ({exc.msg})") from None
    if not isinstance(value, dict):
        raise ProtocolError(f"{channel}: expected a JSON object, got {preview(frame)}")
    return value


def _handshake_error(exc: Exception, url: str) -> Exception:
    from websockets.exceptions import InvalidStatus

    if isinstance(exc, InvalidStatus):
        response = exc.response
        request = httpx.Request("GET", redact_url(url).replace("ws", "http", 1))
        http_response = httpx.Response(
            response.status_code, headers=list(response.headers.raw_items()), content=bytes(response.body or b""), request=request
        )
        return status_error(http_response)
    return exc


def _never(_: Any) -> bool:
    return False


class ConnectionClosedError(TruncatedStreamError):
    """The server closed the WebSocket. `clean` is True for a normal close (code 1000 or 1001)."""

    def __init__(self, message: str, *, clean: bool) -> None:
        self.clean = clean
        super().__init__(message)


def _closed(channel: str, exc: Exception) -> ConnectionClosedError:
    from websockets.exceptions import ConnectionClosedOK

    return ConnectionClosedError(
        f"{channel}: the server closed the connection ({exc})", clean=isinstance(exc, ConnectionClosedOK)
    )


class _RedactingLogger(logging.LoggerAdapter):  # type: ignore[type-arg]
    """The `websockets` logger, minus credentials: at DEBUG it logs the handshake's request line
    (query string included) and every header, which would put API keys and tokens in log files."""

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        if not self.isEnabledFor(level):
            return
        clean = [redact_url(a) if isinstance(a, str) else a for a in args]
        if len(clean) == 2 and isinstance(clean[0], str) and clean[0].lower() in SECRET_HEADERS:
            clean[1] = REDACTED
        self.logger.log(level, msg, *clean, **kwargs)

    def debug(self, msg: object, *args: object, **kwargs: Any) -> None:
        self.log(logging.DEBUG, msg, *args, **kwargs)

    def info(self, msg: object, *args: object, **kwargs: Any) -> None:
        self.log(logging.INFO, msg, *args, **kwargs)

    def warning(self, msg: object, *args: object, **kwargs: Any) -> None:
        self.log(logging.WARNING, msg, *args, **kwargs)

    def error(self, msg: object, *args: object, **kwargs: Any) -> None:
        self.log(logging.ERROR, msg, *args, **kwargs)


_LOGGER = _RedactingLogger(logging.getLogger("websockets.client"), {})


class _SessionBase(Generic[T]):
    """What both twins hold: where to connect, how to decode, when a passage is over."""

    def __init__(
        self,
        url: str,
        *,
        decode: Callable[[str | bytes], T],
        is_final: Callable[[T], bool] = _never,
        headers: dict[str, str] | None = None,
        channel: str = "websocket",
        open_timeout: float = DEFAULT_OPEN_TIMEOUT,
        max_size: int = DEFAULT_MAX_SIZE,
        end_on_close: bool = False,
    ) -> None:
        """`end_on_close`: for APIs with no final message, iteration ends when the server closes
        the connection normally (code 1000/1001) instead of raising `TruncatedStreamError`."""
        self._url = url
        self._decode = decode
        self._is_final = is_final
        self._headers = dict(headers or {})
        self.channel = channel
        self._open_timeout = open_timeout
        self._max_size = max_size
        self._end_on_close = end_on_close
        self._connection: Any = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({redact_url(self._url)!r})"

    @property
    def _ws(self) -> Any:
        if self._connection is None:
            raise RuntimeError(f"{self.channel}: not connected; use a `with` block or connect()")
        return self._connection

class WebSocketSession(_SessionBase[T]):
    """A synchronous WebSocket session that yields typed messages."""

    def connect(self) -> WebSocketSession[T]:
        if self._connection is None:
            from websockets.sync.client import connect

            try:
                self._connection = connect(
                    self._url,
                    additional_headers=self._headers,
                    open_timeout=self._open_timeout,
                    max_size=self._max_size,
                    logger=_LOGGER,
                )
            except Exception as exc:
                raise _handshake_error(exc, self._url) from None
        return self

    def __enter__(self) -> WebSocketSession[T]:
        return self.connect()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def send(self, message: Any) -> None:
        """Send a model, a mapping (as JSON), or a raw str/bytes frame."""
        from websockets.exceptions import ConnectionClosed

        try:
            self._ws.send(encode_message(message))
        except ConnectionClosed as exc:
            raise _closed(self.channel, exc) from None

    def recv(self, timeout: float | None = None) -> T:
        """The next message, decoded; `TruncatedStreamError` if the server closes first."""
        from websockets.exceptions import ConnectionClosed

        try:
            frame = self._ws.recv(timeout)
        except ConnectionClosed as exc:
            raise _closed(self.channel, exc) from None
        except TimeoutError:
            raise TimeoutError(f"{self.channel}: no message within {timeout} s") from None
        return self._decode(frame)

    def __iter__(self) -> Iterator[T]:
        """Messages up to and including the final one; the session stays open for the next passage."""
        while True:
            try:
                message = self.recv()
            except ConnectionClosedError as exc:
                if self._end_on_close and exc.clean:
                    return
                raise
            yield message
            if self._is_final(message):
                return

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()


class AsyncWebSocketSession(_SessionBase[T]):
    """Async twin of `WebSocketSession`, with the same method names."""

    async def connect(self) -> AsyncWebSocketSession[T]:
        if self._connection is None:
            from websockets.asyncio.client import connect

            try:
                self._connection = await connect(
                    self._url,
                    additional_headers=self._headers,
                    open_timeout=self._open_timeout,
                    max_size=self._max_size,
                    logger=_LOGGER,
                )
            except Exception as exc:
                raise _handshake_error(exc, self._url) from None
        return self

    async def __aenter__(self) -> AsyncWebSocketSession[T]:
        return await self.connect()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def send(self, message: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        try:
            await self._ws.send(encode_message(message))
        except ConnectionClosed as exc:
            raise _closed(self.channel, exc) from None

    async def recv(self, timeout: float | None = None) -> T:
        import asyncio

        from websockets.exceptions import ConnectionClosed

        try:
            frame = await asyncio.wait_for(self._ws.recv(), timeout)
        except ConnectionClosed as exc:
            raise _closed(self.channel, exc) from None
        except TimeoutError:
            raise TimeoutError(f"{self.channel}: no message within {timeout} s") from None
        return self._decode(frame)

    async def __aiter__(self) -> AsyncIterator[T]:
        while True:
            try:
                message = await self.recv()
            except ConnectionClosedError as exc:
                if self._end_on_close and exc.clean:
                    return
                raise
            yield message
            if self._is_final(message):
                return

    async def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            await connection.close()
