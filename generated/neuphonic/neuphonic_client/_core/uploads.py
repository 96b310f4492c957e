# Copied from overlays/_core/uploads.py by scripts/generate.py; edit that file, not this copy.
"""Audio checked against an API's documented upload limits before anything is sent.

(The multipart request itself goes through `calls.call`, which replaces the generator's fixed
`boundary=+++` with a random one.)
"""

from __future__ import annotations

import io
import wave
from collections.abc import Collection
from pathlib import Path
from typing import Any

import attrs

from .errors import UploadError


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


# MPEG audio frame headers (ISO 11172-3 / 13818-3): bitrates in kbit/s by (MPEG-1?, layer).
_MP3_BITRATES: dict[tuple[bool, int], tuple[int, ...]] = {
    (True, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 3): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
# Sample rates by the header's version bits: 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5 (1 is reserved).
_MP3_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def _mp3_frame(data: bytes, pos: int) -> tuple[int, int, int] | None:
    """(frame length in bytes, samples in the frame, sample rate) of the header at `pos`, or None."""
    if pos + 4 > len(data) or data[pos] != 0xFF or data[pos + 1] & 0xE0 != 0xE0:
        return None
    version = (data[pos + 1] >> 3) & 0x03
    layer = 4 - ((data[pos + 1] >> 1) & 0x03)  # bits 11 -> layer I, 01 -> layer III
    bitrate_index = data[pos + 2] >> 4
    rate_index = (data[pos + 2] >> 2) & 0x03
    if version == 1 or layer == 4 or bitrate_index in (0, 15) or rate_index == 3:
        return None  # reserved values, or free-format bitrate (length not computable)
    mpeg1 = version == 3
    bitrate = _MP3_BITRATES[(mpeg1, layer)][bitrate_index] * 1000
    rate = _MP3_RATES[version][rate_index]
    padding = (data[pos + 2] >> 1) & 0x01
    if layer == 1:
        return (12 * bitrate // rate + padding) * 4, 384, rate
    samples = 1152 if layer == 2 or mpeg1 else 576
    return samples // 8 * bitrate // rate + padding, samples, rate


def mp3_duration(data: bytes) -> float | None:
    """Seconds of MPEG audio, summed frame by frame (right for VBR too); None if no frames are found.

    An ID3v2 tag at the start is skipped; walking stops at the first byte that is not a frame
    header (an ID3v1 `TAG` trailer, junk). The first frame must be followed by a second one (or the
    end of the data), so a stray 0xFF byte in a tag is not mistaken for audio.
    """
    pos = 0
    if data.startswith(b"ID3") and len(data) >= 10:
        size = (data[6] & 0x7F) << 21 | (data[7] & 0x7F) << 14 | (data[8] & 0x7F) << 7 | (data[9] & 0x7F)
        pos = 10 + size + (10 if data[5] & 0x10 else 0)
    # Find the first frame whose successor is also a frame (within the first 64 KiB).
    limit = min(len(data), pos + 65536)
    while pos < limit:
        frame = _mp3_frame(data, pos)
        if frame is not None:
            after = pos + frame[0]
            if after >= len(data) or _mp3_frame(data, after) is not None:
                break
        pos = data.find(b"\xff", pos + 1)
        if pos < 0:
            return None
    else:
        return None
    seconds = 0.0
    while (frame := _mp3_frame(data, pos)) is not None:
        length, samples, rate = frame
        if pos + length > len(data):
            break  # a cut-off last frame does not play
        seconds += samples / rate
        pos += length
    return seconds if seconds > 0 else None


def audio_duration(data: bytes, kind: str | None = None) -> float | None:
    """Seconds of WAV or MP3 audio measured locally; None for other formats (the server checks them)."""
    kind = kind or sniff_format(data)
    if kind == "wav":
        return wav_duration(data)
    if kind == "mp3":
        return mp3_duration(data)
    return None


def check_audio(data: bytes, limits: AudioLimits, *, field: str) -> None:
    """Raise `UploadError` naming the broken limit: format, size, or (for WAV and MP3) duration."""
    if limits.max_bytes is not None and len(data) > limits.max_bytes:
        raise UploadError(field, f"size <= {limits.max_bytes} bytes", f"{len(data)} bytes")
    kind = sniff_format(data)
    if limits.formats and kind not in limits.formats:
        raise UploadError(field, f"format in {sorted(limits.formats)}", kind or "an unrecognised format")
    if kind not in ("wav", "mp3") or (limits.min_seconds is None and limits.max_seconds is None):
        return  # durations are only measurable locally for WAV and MP3; the server checks the rest
    try:
        seconds = audio_duration(data, kind)
    except (wave.Error, EOFError) as exc:
        raise UploadError(field, "a readable WAV file", f"a broken WAV ({exc})") from None
    if seconds is None:
        return  # an MP3 whose frames could not be walked: leave the verdict to the server
    if limits.min_seconds is not None and seconds < limits.min_seconds:
        raise UploadError(field, f"duration >= {limits.min_seconds:g} s", f"{seconds:.2f} s")
    if limits.max_seconds is not None and seconds > limits.max_seconds:
        raise UploadError(field, f"duration <= {limits.max_seconds:g} s", f"{seconds:.2f} s")


# The media type each sniffed container is sent with (a file part's Content-Type).
MEDIA_TYPES = {
    "wav": "audio/wav",
    "mp3": "audio/mpeg",
    "flac": "audio/flac",
    "ogg": "audio/ogg",
    "aiff": "audio/aiff",
}


def prepare_audio(
    audio: bytes | Path, limits: AudioLimits, *, field: str, file_name: str | None = None
) -> tuple[str, io.BytesIO, str]:
    """(file name, payload, media type) for a multipart file part, after `check_audio`.

    Wrap the result in the package's generated `File(payload=..., file_name=..., mime_type=...)`.
    The name defaults to the path's name, else `<field>.<format>`; the media type follows the
    format the bytes really are, not the name.
    """
    data = audio.read_bytes() if isinstance(audio, Path) else bytes(audio)
    check_audio(data, limits, field=field)
    kind = sniff_format(data)
    name = file_name or (audio.name if isinstance(audio, Path) else f"{field}.{kind or 'bin'}")
    return name, io.BytesIO(data), MEDIA_TYPES.get(kind or "", "application/octet-stream")
