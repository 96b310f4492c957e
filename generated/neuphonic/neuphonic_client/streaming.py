# Copied from overlays/neuphonic/streaming.py by scripts/generate.py; edit that file, not this copy.
"""Neuphonic speech over server-sent events, as typed chunks with decoded audio.

    from neuphonic_client.auth import create_client
    from neuphonic_client.streaming import sse_speak

    client = create_client(api_key="...")
    with sse_speak(client, "Hello world", voice_id="...") as stream:
        for chunk in stream:
            play(chunk.audio)            # bytes: PCM s16le (or mu-law) at chunk.sampling_rate

Wire format (specs/neuphonic/openapi.yaml, `x-sse-event-schema: SseMessage`): each event is
`event: message` with `data: {"status_code": 200, "data": {"audio": <base64>, "text": ...,
"sampling_rate": ...}}`; a failure is `event: error` (or any message whose `errors` is not null);
the stream ends when the server closes it.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import attrs
import httpx

from ._core.audio import AudioBuffer, loads_with_audio
from ._core.errors import ProtocolError, StreamError, TruncatedStreamError, preview
from ._core.sse import SSEDecoder
from ._core.streaming import AsyncStream, Stream
from .api.tts import sse_speak as _endpoint
from .client import AuthenticatedClient, Client
from .models.speak_request import SpeakRequest

__all__ = ["SpeechChunk", "async_sse_speak", "collect_speech", "sse_speak"]

_HEADERS = {"Accept": "text/event-stream", "Cache-Control": "no-store"}


@attrs.frozen(slots=True)
class SpeechChunk:
    """One piece of synthesized speech: raw audio bytes, the text it speaks, and its rate."""

    audio: bytes
    text: str
    sampling_rate: int


def _speech_chunk(event: bytes, data: bytes) -> SpeechChunk | None:
    """Decode one event; None for events that carry no audio (the official SDKs skip those too)."""
    name = event.decode("utf-8", "replace") or "message"
    try:
        message, audio = loads_with_audio(data, ("data", "audio"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ProtocolError(f"SSE event {name!r}: data is not JSON: {preview(data)}") from None
    if not isinstance(message, dict):
        raise ProtocolError(f"SSE event {name!r}: data is not a JSON object: {preview(data)}")
    errors = message.get("errors")
    if name == "error" or errors:
        detail = "; ".join(map(str, errors)) if isinstance(errors, list) else preview(data)
        raise StreamError(f"the server ended the speech with an error: {detail}", payload=message)
    body = message.get("data")
    if body is None:
        return None
    if not isinstance(body, dict):
        raise ProtocolError(f"SSE event {name!r}: `data` is not an object: {preview(data)}")
    if audio is None:
        raise ProtocolError(f"SSE event {name!r}: `data.audio` is missing or not a string: {preview(data)}")
    rate = body.get("sampling_rate")
    if not isinstance(rate, int):
        raise ProtocolError(f"SSE event {name!r}: `data.sampling_rate` is missing or not an integer: {preview(data)}")
    text = body.get("text")
    return SpeechChunk(audio=audio, text=text if isinstance(text, str) else "", sampling_rate=rate)


def _parse(response: httpx.Response) -> Iterator[SpeechChunk]:
    _check_content_type(response)
    decoder = SSEDecoder()
    for raw in response.iter_bytes():
        for event, data in decoder.feed_raw(raw):
            chunk = _speech_chunk(event, data)
            if chunk is not None:
                yield chunk
    decoder.close()


async def _aparse(response: httpx.Response) -> AsyncIterator[SpeechChunk]:
    _check_content_type(response)
    decoder = SSEDecoder()
    async for raw in response.aiter_bytes():
        for event, data in decoder.feed_raw(raw):
            chunk = _speech_chunk(event, data)
            if chunk is not None:
                yield chunk
    decoder.close()


def _check_content_type(response: httpx.Response) -> None:
    content_type = response.headers.get("content-type", "")
    if not content_type.startswith("text/event-stream"):
        raise ProtocolError(f"POST {response.request.url.path}: expected text/event-stream, got {content_type!r}")


def _request(text: str | SpeakRequest, lang_code: str, config: dict[str, Any]) -> dict[str, Any]:
    body = text if isinstance(text, SpeakRequest) else SpeakRequest.from_dict({"text": text, **config})
    kwargs = _endpoint._get_kwargs(lang_code, body=body)
    kwargs["headers"] = {**kwargs.get("headers", {}), **_HEADERS}
    return kwargs


def sse_speak(
    client: Client | AuthenticatedClient, text: str | SpeakRequest, *, lang_code: str = "en", **config: Any
) -> Stream[SpeechChunk]:
    """Stream speech for `text`. Extra keywords are `SpeakRequest` fields (voice_id, speed, ...).

    Nothing is sent until the stream is entered or iterated.
    """
    kwargs = _request(text, lang_code, config)
    return Stream(lambda: client.get_httpx_client().stream(**kwargs), _parse)


def async_sse_speak(
    client: Client | AuthenticatedClient, text: str | SpeakRequest, *, lang_code: str = "en", **config: Any
) -> AsyncStream[SpeechChunk]:
    """Async twin of `sse_speak`."""
    kwargs = _request(text, lang_code, config)
    return AsyncStream(lambda: client.get_async_httpx_client().stream(**kwargs), _aparse)


def collect_speech(stream: Stream[SpeechChunk], *, encoding: str = "pcm_linear") -> AudioBuffer:
    """Read a whole stream into an `AudioBuffer` (`.wav()`, `.pcm()`); closes the stream.

    If the stream breaks off, the `TruncatedStreamError` carries the audio received until then.
    """
    buffer: AudioBuffer | None = None
    try:
        with stream:
            for chunk in stream:
                if buffer is None:
                    buffer = AudioBuffer(sample_rate=chunk.sampling_rate, encoding=encoding)
                buffer.add(chunk.audio)
    except TruncatedStreamError as exc:
        raise TruncatedStreamError(exc.reason, audio=buffer.pcm() if buffer else b"") from exc
    return buffer if buffer is not None else AudioBuffer(sample_rate=24000, encoding=encoding)
