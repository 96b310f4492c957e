"""A speaker's reference clip, streamed to a file (or read chunk by chunk) in constant memory.

    from nextneural_client.downloads import download_reference_audio

    saved = download_reference_audio(client, "aria-custom", "clips/")   # clips/aria-custom.wav

The generated `get_speaker_reference` buffers the whole body; these read it 64 KiB at a time. The
spec gives no media type beyond "WAV or MP3 as uploaded", so the first bytes are checked: a body
that is neither (a JSON error sent with 200, say) raises `ProtocolError` quoting it, before
anything is written. A download that breaks off raises `IncompleteDownloadError` and leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from ._core.downloads import (
    Destination,
    Download,
    IncompleteDownloadError,
    abyte_stream,
    asave_stream,
    byte_stream,
    save_stream,
)
from ._core.errors import ProtocolError, preview
from ._core.streaming import AsyncStream, Stream
from ._core.uploads import sniff_format
from .api.speakers import get_speaker_reference as _endpoint
from .client import AuthenticatedClient, Client

__all__ = [
    "Download",
    "IncompleteDownloadError",
    "async_download_reference_audio",
    "async_stream_reference_audio",
    "check_audio_body",
    "download_reference_audio",
    "stream_reference_audio",
]

AnyClient = Client | AuthenticatedClient
_AUDIO = ("wav", "mp3")


def check_audio_body(response: httpx.Response, head: bytes) -> None:
    """`ProtocolError` unless the body starts like WAV or MP3 (the message shows what came instead)."""
    if sniff_format(head) not in _AUDIO:
        content_type = response.headers.get("content-type", "")
        what = preview(head + b"...") if head else "an empty body"
        raise ProtocolError(f"{response.request.url.path}: expected WAV or MP3 audio, got {content_type!r}: {what}")


def _fallback(name: str) -> Callable[[httpx.Response], str]:
    def choose(response: httpx.Response) -> str:
        mp3 = response.headers.get("content-type", "").startswith(("audio/mpeg", "audio/mp3"))
        return f"{name}.mp3" if mp3 else f"{name}.wav"

    return choose


def stream_reference_audio(client: AnyClient, name: str) -> Stream[bytes]:
    """`GET /api/voice/models/speakers/{name}/reference` as raw chunks; sent when the stream is entered."""
    return byte_stream(_endpoint, client, name)


def async_stream_reference_audio(client: AnyClient, name: str) -> AsyncStream[bytes]:
    """Async twin of `stream_reference_audio`."""
    return abyte_stream(_endpoint, client, name)


def download_reference_audio(client: AnyClient, name: str, destination: Destination) -> Download:
    """Save the reference clip to `destination`: a file path, a directory, or a binary file object.

    A directory gets the server's `Content-Disposition` name, else `<name>.wav` (`.mp3` when the
    response says `audio/mpeg`).
    """
    stream = stream_reference_audio(client, name)
    return save_stream(stream, destination, default_name=_fallback(name), check=check_audio_body, head_size=12)


async def async_download_reference_audio(client: AnyClient, name: str, destination: Destination) -> Download:
    """Async twin of `download_reference_audio`."""
    stream = async_stream_reference_audio(client, name)
    return await asave_stream(stream, destination, default_name=_fallback(name), check=check_audio_body, head_size=12)
