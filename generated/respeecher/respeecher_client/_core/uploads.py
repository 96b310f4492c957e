# Copied from overlays/_core/uploads.py by scripts/generate.py; edit that file, not this copy.
"""Multipart uploads that cannot be truncated, and audio checked against documented limits first.

The generated endpoint functions send `Content-Type: multipart/form-data; boundary=+++`, a fixed
boundary (openapi-python-client 0.29.0, PR #1005): a file containing `\\r\\n--+++` is cut short at
the server. `send_multipart` reuses the endpoint's own `_get_kwargs` (paths, query, form fields),
drops that header so httpx picks a random boundary, and parses with the endpoint's own
`_build_response`.
"""

from __future__ import annotations

import io
import wave
from collections.abc import Collection
from types import ModuleType
from typing import Any

import attrs

from .errors import UploadError


def _without_fixed_boundary(kwargs: dict[str, Any]) -> dict[str, Any]:
    headers = {k: v for k, v in dict(kwargs.get("headers") or {}).items() if k.lower() != "content-type"}
    return {**kwargs, "headers": headers}


def send_multipart(endpoint: ModuleType, client: Any, *args: Any, **kwargs: Any) -> Any:
    """Call a generated multipart endpoint with a random boundary; returns its `Response[T]`."""
    request_kwargs = _without_fixed_boundary(endpoint._get_kwargs(*args, **kwargs))
    response = client.get_httpx_client().request(**request_kwargs)
    return endpoint._build_response(client=client, response=response)


async def asend_multipart(endpoint: ModuleType, client: Any, *args: Any, **kwargs: Any) -> Any:
    """Async twin of `send_multipart`."""
    request_kwargs = _without_fixed_boundary(endpoint._get_kwargs(*args, **kwargs))
    response = await client.get_async_httpx_client().request(**request_kwargs)
    return endpoint._build_response(client=client, response=response)


@attrs.frozen
class AudioLimits:
    """What an API documents for an uploaded audio file. None means "not documented"."""

    formats: Collection[str] = ()
    min_seconds: float | None = None
    max_seconds: float | None = None
    max_bytes: int | None = None


_MAGIC = (
    (b"RIFF", "wav"),
    (b"ID3", "mp3"),
    (b"\xff\xfb", "mp3"),
    (b"\xff\xf3", "mp3"),
    (b"\xff\xf2", "mp3"),
    (b"fLaC", "flac"),
    (b"OggS", "ogg"),
    (b"FORM", "aiff"),
)


def sniff_format(data: bytes) -> str | None:
    """The container the bytes start with (wav, mp3, flac, ogg, aiff), or None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            if name == "wav" and data[8:12] != b"WAVE":
                continue
            return name
    return None


def wav_duration(data: bytes) -> float:
    with wave.open(io.BytesIO(data)) as wav:
        frames: int = wav.getnframes()
        rate: int = wav.getframerate()
    return frames / float(rate)


def check_audio(data: bytes, limits: AudioLimits, *, field: str) -> None:
    """Raise `UploadError` naming the broken limit: format, size, or (for WAV) duration."""
    if limits.max_bytes is not None and len(data) > limits.max_bytes:
        raise UploadError(field, f"size <= {limits.max_bytes} bytes", f"{len(data)} bytes")
    kind = sniff_format(data)
    if limits.formats and kind not in limits.formats:
        raise UploadError(field, f"format in {sorted(limits.formats)}", kind or "an unrecognised format")
    if kind != "wav" or (limits.min_seconds is None and limits.max_seconds is None):
        return  # durations are only measurable locally for WAV; the server checks the rest
    try:
        seconds = wav_duration(data)
    except (wave.Error, EOFError) as exc:
        raise UploadError(field, "a readable WAV file", f"a broken WAV ({exc})") from None
    if limits.min_seconds is not None and seconds < limits.min_seconds:
        raise UploadError(field, f"duration >= {limits.min_seconds:g} s", f"{seconds:.2f} s")
    if limits.max_seconds is not None and seconds > limits.max_seconds:
        raise UploadError(field, f"duration <= {limits.max_seconds:g} s", f"{seconds:.2f} s")
