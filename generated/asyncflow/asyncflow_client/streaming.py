# Copied from overlays/asyncflow/streaming.py by scripts/generate.py; edit that file, not this copy.
"""AsyncFlow speech as a stream of raw audio bytes (`POST /text_to_speech/streaming`).

    from asyncflow_client.auth import create_client
    from asyncflow_client.streaming import text_to_speech_stream

    client = create_client(api_key="sk_...")
    with text_to_speech_stream(client, "Hello world", voice_id="e0f39dc4-...") as stream:
        for chunk in stream:            # bytes: PCM s16le at 44.1 kHz unless asked otherwise
            play(chunk)

The endpoint answers with "an octet stream of the audio" in chunked transfer: headerless PCM for
`container: raw`, MPEG frames for `container: mp3` (specs/asyncflow/openapi.yaml,
`text_to_speech_stream`). The generated function buffers the whole body; this reads it chunk by
chunk, so an hour of audio needs no more memory than one chunk. For raw PCM every chunk holds whole
samples (a sample split across network reads is held back until it is complete).

Nothing is sent until the stream is entered or iterated; leaving the `with` block, `close()`, or
breaking out of the loop closes the connection.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx

from ._core.audio import SAMPLE_WIDTH, normalize_encoding
from ._core.errors import ProtocolError, TruncatedStreamError, preview
from ._core.streaming import AsyncStream, Stream
from .api.tts import text_to_speech_stream as _endpoint
from .client import AuthenticatedClient, Client
from .models.tts_stream_request import TtsStreamRequest

__all__ = [
    "DEFAULT_MODEL",
    "async_collect_audio",
    "async_text_to_speech_stream",
    "collect_audio",
    "text_to_speech_stream",
]

# The model the newer official docs use on every TTS endpoint (the only one they document for the
# complete-file and with_timestamps endpoints). Pass `model_id=` for another one.
DEFAULT_MODEL = "async_flash_v1.0"

_PATH = "POST /text_to_speech/streaming"


def speech_body(
    transcript: str,
    *,
    voice_id: str | None,
    model_id: str,
    output_format: dict[str, Any],
    language: str | None,
    extra: dict[str, Any],
) -> dict[str, Any]:
    """The JSON body shared by the TTS endpoints and the WebSocket init (voice selected by id)."""
    if not voice_id:
        raise ValueError("voice_id: required (a `voice_id` from list_voices or the `id` of a cloned voice)")
    body: dict[str, Any] = {
        "model_id": model_id,
        "transcript": transcript,
        "voice": {"mode": "id", "id": voice_id},
        "output_format": {k: v for k, v in output_format.items() if v is not None},
        **extra,
    }
    if language is not None:
        body["language"] = language
    return body


def _stream_request(
    transcript: str | TtsStreamRequest,
    voice_id: str | None,
    model_id: str,
    container: str,
    encoding: str,
    sample_rate: int,
    bit_rate: int | None,
    language: str | None,
    extra: dict[str, Any],
) -> TtsStreamRequest:
    if isinstance(transcript, TtsStreamRequest):
        return transcript
    output = {"container": container, "encoding": encoding, "sample_rate": sample_rate, "bit_rate": bit_rate}
    body = speech_body(
        transcript, voice_id=voice_id, model_id=model_id, output_format=output, language=language, extra=extra
    )
    return TtsStreamRequest.from_dict(body)


def _frame_bytes(request: TtsStreamRequest) -> int:
    """Bytes per sample of the requested audio: chunks are cut on this boundary (1 for mp3)."""
    output = request.output_format
    if str(output.container) != "raw":
        return 1
    return SAMPLE_WIDTH[normalize_encoding(str(output.encoding))]


_NOT_AUDIO = ("application/json", "text/")


def _is_not_audio(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("content-type", "")
    return content_type.lower().startswith(_NOT_AUDIO)


def _refuse_non_audio(response: httpx.Response) -> None:
    """A 200 whose body is JSON or text (read already) is not audio: say what arrived."""
    content_type = response.headers.get("content-type", "")
    raise ProtocolError(f"{_PATH}: expected audio, got {content_type!r}: {preview(response.content)}")


class _SampleAligner:
    """Cuts chunks on sample boundaries, holding back the bytes of a sample split across reads."""

    __slots__ = ("_frame", "_rest")

    def __init__(self, frame: int) -> None:
        self._frame = frame
        self._rest = b""

    def feed(self, chunk: bytes) -> bytes:
        if self._frame == 1:
            return chunk
        if self._rest:
            chunk = self._rest + chunk
        cut = len(chunk) - len(chunk) % self._frame
        if cut == len(chunk):
            self._rest = b""
            return chunk
        self._rest = chunk[cut:]
        return chunk[:cut]

    def tail(self) -> bytes:
        """A cut-off last sample, passed on at the end rather than silently dropped."""
        rest, self._rest = self._rest, b""
        return rest


def _parser(frame: int, chunk_size: int | None) -> Callable[[httpx.Response], Iterator[bytes]]:
    def parse(response: httpx.Response) -> Iterator[bytes]:
        if _is_not_audio(response):
            response.read()
            _refuse_non_audio(response)
        aligner = _SampleAligner(frame)
        for chunk in response.iter_bytes(chunk_size):
            if out := aligner.feed(chunk):
                yield out
        if tail := aligner.tail():
            yield tail

    return parse


def _aparser(frame: int, chunk_size: int | None) -> Callable[[httpx.Response], AsyncIterator[bytes]]:
    async def parse(response: httpx.Response) -> AsyncIterator[bytes]:
        if _is_not_audio(response):
            await response.aread()
            _refuse_non_audio(response)
        aligner = _SampleAligner(frame)
        async for chunk in response.aiter_bytes(chunk_size):
            if out := aligner.feed(chunk):
                yield out
        if tail := aligner.tail():
            yield tail

    return parse


def text_to_speech_stream(
    client: Client | AuthenticatedClient,
    transcript: str | TtsStreamRequest,
    *,
    voice_id: str | None = None,
    model_id: str = DEFAULT_MODEL,
    container: str = "raw",
    encoding: str = "pcm_s16le",
    sample_rate: int = 44100,
    bit_rate: int | None = None,
    language: str | None = None,
    chunk_size: int | None = None,
    **extra: Any,
) -> Stream[bytes]:
    """Stream the speech for `transcript` as raw audio bytes.

    `container` is `raw` (headerless PCM in `encoding`) or `mp3`; `extra` keywords are further
    `TtsStreamRequest` fields (`speed_control`, `stability`, ...). A `TtsStreamRequest` may be passed
    instead of the text, in which case the other request keywords are ignored. `chunk_size` caps
    the size of the chunks (default: whatever each network read brings).
    """
    request = _stream_request(
        transcript, voice_id, model_id, container, encoding, sample_rate, bit_rate, language, extra
    )
    kwargs = _endpoint._get_kwargs(body=request)
    return Stream(lambda: client.get_httpx_client().stream(**kwargs), _parser(_frame_bytes(request), chunk_size))


def async_text_to_speech_stream(
    client: Client | AuthenticatedClient,
    transcript: str | TtsStreamRequest,
    *,
    voice_id: str | None = None,
    model_id: str = DEFAULT_MODEL,
    container: str = "raw",
    encoding: str = "pcm_s16le",
    sample_rate: int = 44100,
    bit_rate: int | None = None,
    language: str | None = None,
    chunk_size: int | None = None,
    **extra: Any,
) -> AsyncStream[bytes]:
    """Async twin of `text_to_speech_stream`."""
    request = _stream_request(
        transcript, voice_id, model_id, container, encoding, sample_rate, bit_rate, language, extra
    )
    kwargs = _endpoint._get_kwargs(body=request)
    return AsyncStream(
        lambda: client.get_async_httpx_client().stream(**kwargs), _aparser(_frame_bytes(request), chunk_size)
    )


def collect_audio(stream: Stream[bytes]) -> bytes:
    """Read a whole stream into memory and close it.

    If the stream breaks off, the `TruncatedStreamError` carries the audio received until then.
    """
    chunks: list[bytes] = []
    try:
        with stream:
            for chunk in stream:
                chunks.append(chunk)  # noqa: PERF402 - kept for the error below if the stream breaks
    except TruncatedStreamError as exc:
        raise TruncatedStreamError(f"{_PATH}: the audio stream broke off", audio=b"".join(chunks)) from exc
    return b"".join(chunks)


async def async_collect_audio(stream: AsyncStream[bytes]) -> bytes:
    """Async twin of `collect_audio`."""
    chunks: list[bytes] = []
    try:
        async with stream:
            async for chunk in stream:
                chunks.append(chunk)
    except TruncatedStreamError as exc:
        raise TruncatedStreamError(f"{_PATH}: the audio stream broke off", audio=b"".join(chunks)) from exc
    return b"".join(chunks)
