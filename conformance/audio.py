"""What "real audio" means for the binary, SSE, streaming and WebSocket checks.

Each function returns a list of problems (empty when the bytes are what they claim to be), so a check
can say exactly what is wrong.
"""

from __future__ import annotations

import base64
import binascii
import io
import struct
import wave
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# Bytes per sample of the raw encodings the five APIs name.
ENCODING_WIDTH = {
    "pcm_linear": 2,
    "pcm_s16le": 2,
    "pcm_16": 2,
    "linear16": 2,
    "pcm_f32le": 4,
    "pcm_mulaw": 1,
    "pcm_alaw": 1,
    "mulaw": 1,
    "ulaw": 1,
}
RATE_KEYS = ("sample_rate", "sampling_rate", "sampleRate", "output_sample_rate")
ENCODING_KEYS = ("encoding", "output_encoding")
WAV_TYPES = ("audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave")
MPEG_TYPES = ("audio/mpeg", "audio/mp3")
ZIP_TYPES = ("application/zip", "application/x-zip-compressed")
RAW_TYPES = ("audio/pcm", "audio/l16", "audio/basic", "application/octet-stream")


@dataclass
class WavInfo:
    format_tag: int
    channels: int
    rate: int
    bits: int
    data_bytes: int
    block_align: int


def parse_wav(data: bytes) -> WavInfo:
    """Parse a RIFF/WAVE header (PCM and IEEE float); raises ValueError with the reason."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise ValueError(f"not a RIFF/WAVE file (starts with {data[:12]!r})")
    pos, fmt, data_len = 12, None, None
    while pos + 8 <= len(data):
        chunk_id, size = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        body = data[pos + 8 : pos + 8 + size]
        if chunk_id == b"fmt ":
            if len(body) < 16:
                raise ValueError("fmt chunk shorter than 16 bytes")
            fmt = struct.unpack("<HHIIHH", body[:16])
        elif chunk_id == b"data":
            data_len = min(size, len(data) - pos - 8) if size != 0xFFFFFFFF else len(data) - pos - 8
            break
        pos += 8 + size + (size & 1)
    if fmt is None:
        raise ValueError("no fmt chunk")
    if data_len is None:
        raise ValueError("no data chunk")
    tag, channels, rate, _byte_rate, block_align, bits = fmt
    if channels < 1 or rate <= 0 or block_align <= 0:
        raise ValueError(f"impossible format: channels={channels} rate={rate} block_align={block_align}")
    return WavInfo(tag, channels, rate, bits, data_len, block_align)


def wav_problems(data: bytes, *, rate: int | None = None, width: int | None = None) -> list[str]:
    try:
        info = parse_wav(data)
    except ValueError as exc:
        return [f"body is not a WAV file: {exc}"]
    problems = []
    if info.format_tag == 1:  # PCM: the standard library must open it too
        try:
            with wave.open(io.BytesIO(data)) as reader:
                reader.getnframes()
        except (wave.Error, EOFError) as exc:
            problems.append(f"wave.open() refuses it: {exc}")
    if info.data_bytes % info.block_align:
        problems.append(
            f"data chunk of {info.data_bytes} bytes is not a whole number of {info.block_align}-byte frames"
        )
    if rate is not None and info.rate != rate:
        problems.append(f"sample rate {info.rate} Hz, but the request asked for {rate} Hz")
    # specs/asyncflow (AudioContainer): a WAV may carry the requested encoding or 16-bit PCM, since
    # no vendor says which; 16-bit PCM is what every WAV reader (and `wave`) opens.
    plain_pcm16 = info.format_tag == 1 and info.bits == 16
    if width is not None and info.bits // 8 != width and info.format_tag in (1, 3) and not plain_pcm16:
        problems.append(f"{info.bits}-bit samples, but the requested encoding has {width * 8}-bit samples")
    return problems


def mpeg_problems(data: bytes) -> list[str]:
    if data[:3] == b"ID3" or (len(data) >= 2 and data[0] == 0xFF and (data[1] & 0xE0) == 0xE0):
        return []
    return [f"body is not MPEG audio (no ID3 tag or frame sync; starts with {data[:8]!r})"]


def zip_problems(data: bytes) -> list[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            bad = archive.testzip()
    except zipfile.BadZipFile as exc:
        return [f"body is not a zip archive: {exc}"]
    return [f"zip member {bad!r} is corrupt"] if bad else []


def raw_problems(data: bytes, width: int | None) -> list[str]:
    if width and len(data) % width:
        return [f"{len(data)} bytes of {width}-byte samples is not a whole number of samples"]
    return []


def base64_audio_problem(value: str, width: int) -> str | None:
    """A base64 audio field (SSE events, WebSocket messages) must decode, to whole samples of `width` bytes."""
    try:
        audio = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return f"base64 audio, got {value[:60]!r}"
    if width and len(audio) % width:
        return f"whole {width}-byte samples, got {len(audio)} bytes"
    return None


def body_problems(media_type: str, data: bytes, request: dict[str, Any] | None = None) -> list[str]:
    """Problems with `data` served as `media_type` for a request whose parameters are `request`."""
    media_type = media_type.split(";", 1)[0].strip().lower()
    rate, width = requested_format(request or {})
    if media_type in WAV_TYPES:
        return wav_problems(data, rate=rate, width=width)
    if media_type in MPEG_TYPES:
        return mpeg_problems(data)
    if media_type in ZIP_TYPES:
        return zip_problems(data)
    if media_type in RAW_TYPES or media_type.startswith("audio/"):
        container = _find(request or {}, ("container", "output_format"))
        if isinstance(container, str) and container.lower() in ("wav", "mp3"):
            return body_problems("audio/wav" if container.lower() == "wav" else "audio/mpeg", data, request)
        return raw_problems(data, width)
    return []


def requested_format(request: dict[str, Any]) -> tuple[int | None, int | None]:
    """(sample rate, sample width) the request asks for, searched through nested objects."""
    rate = _find(request, RATE_KEYS)
    encoding = _find(request, ENCODING_KEYS)
    try:
        rate = int(rate) if rate is not None and not isinstance(rate, bool) else None
    except (TypeError, ValueError):
        rate = None
    width = ENCODING_WIDTH.get(encoding.lower()) if isinstance(encoding, str) else None
    return rate, width


def _find(value: Any, keys: Iterable[str]) -> Any:
    keys = tuple(keys)
    if isinstance(value, dict):
        for key in keys:
            if key in value and not isinstance(value[key], (dict, list)):
                return value[key]
        for child in value.values():
            found = _find(child, keys)
            if found is not None:
                return found
    return None
