# Copied from overlays/_core/audio.py by scripts/generate.py; edit that file, not this copy.
"""Audio chunks (PCM s16le, f32le, mu-law, or base64 of any of them) into WAV files or PCM bytes."""

from __future__ import annotations

import array
import binascii
import io
import json
import sys
import wave
from collections.abc import Iterable
from typing import Any, BinaryIO, Literal

from .errors import ProtocolError

Encoding = Literal["pcm_s16le", "pcm_f32le", "pcm_mulaw"]

# Vendor names for the same three encodings.
ENCODING_ALIASES: dict[str, Encoding] = {
    "pcm_s16le": "pcm_s16le",
    "pcm_linear": "pcm_s16le",
    "pcm_f32le": "pcm_f32le",
    "pcm_mulaw": "pcm_mulaw",
    "mulaw": "pcm_mulaw",
}
SAMPLE_WIDTH: dict[Encoding, int] = {"pcm_s16le": 2, "pcm_f32le": 4, "pcm_mulaw": 1}


def normalize_encoding(name: str) -> Encoding:
    try:
        return ENCODING_ALIASES[name]
    except KeyError:
        raise ValueError(f"encoding: unknown audio encoding {name!r}; known: {sorted(ENCODING_ALIASES)}") from None


def decode_base64_audio(text: str | bytes, *, field: str = "audio") -> bytes:
    """Base64 audio out of a JSON message; a `ProtocolError` naming the field if it is not base64."""
    data = text.encode("ascii", "replace") if isinstance(text, str) else text
    return _strict_b64(data, (field,))


def _mulaw_table() -> array.array[int]:
    table = array.array("h")
    for byte in range(256):
        u = ~byte & 0xFF
        sign, exponent, mantissa = u & 0x80, (u >> 4) & 0x07, u & 0x0F
        magnitude = ((mantissa << 3) + 0x84) << exponent
        table.append(-(magnitude - 0x84) if sign else magnitude - 0x84)
    return table


_MULAW = _mulaw_table()


def to_s16le(pcm: bytes, encoding: str) -> bytes:
    """Convert PCM in `encoding` to signed 16-bit little-endian."""
    enc = normalize_encoding(encoding)
    if enc == "pcm_s16le":
        return pcm
    if enc == "pcm_mulaw":
        out = array.array("h", (_MULAW[b] for b in pcm))
    else:
        floats = array.array("f")
        floats.frombytes(pcm[: len(pcm) - len(pcm) % 4])
        if sys.byteorder == "big":
            floats.byteswap()
        out = array.array("h", (int(max(-1.0, min(1.0, x)) * 32767) for x in floats))
    if sys.byteorder == "big":
        out.byteswap()
    return out.tobytes()


class AudioBuffer:
    """Collect audio chunks of one encoding and rate; write them out as WAV or raw PCM."""

    def __init__(self, *, sample_rate: int, encoding: str = "pcm_s16le", channels: int = 1) -> None:
        self.sample_rate = sample_rate
        self.encoding = normalize_encoding(encoding)
        self.channels = channels
        self._chunks: list[bytes] = []
        self.nbytes = 0

    def add(self, chunk: bytes) -> None:
        self._chunks.append(chunk)
        self.nbytes += len(chunk)

    def add_base64(self, text: str) -> None:
        self.add(decode_base64_audio(text))

    def extend(self, chunks: Iterable[bytes]) -> None:
        for chunk in chunks:
            self.add(chunk)

    @property
    def duration(self) -> float:
        return self.nbytes / (SAMPLE_WIDTH[self.encoding] * self.channels * self.sample_rate)

    def pcm(self) -> bytes:
        """The raw bytes, in the buffer's own encoding."""
        return b"".join(self._chunks)

    def write_wav(self, target: BinaryIO) -> None:
        """A 16-bit PCM WAV (mu-law and float input are converted, since `wave` writes only PCM)."""
        with wave.open(target, "wb") as wav:
            wav.setnchannels(self.channels)
            wav.setsampwidth(2)
            wav.setframerate(self.sample_rate)
            for chunk in self._chunks:
                wav.writeframes(to_s16le(chunk, self.encoding))

    def wav(self) -> bytes:
        out = io.BytesIO()
        self.write_wav(out)
        return out.getvalue()


def loads_with_audio(payload: bytes | str, path: tuple[str, ...]) -> tuple[Any, bytes | None]:
    """Parse a JSON message and decode the base64 audio at `path` (e.g. ("data", "audio")).

    Returns (message, audio); in the message the audio field is replaced by "" (the bytes are in
    `audio`), and audio is None when the field is absent or not a string. Why not plain
    `json.loads`: the base64 string is nearly the whole message, and scanning it into a `str`
    only to decode it again cost about a third of the decode time of SSE and WebSocket speech
    (benchmarks/README.md). The fast path cuts it out of the bytes and parses the small rest; it
    is taken only when the key occurs exactly once and the parsed rest proves the cut was that
    field, so any other shape falls back to `json.loads`. A `json.JSONDecodeError` or a
    `ProtocolError` (invalid base64) is raised for a broken message either way.
    """
    raw = payload.encode() if isinstance(payload, str) else payload
    key = b'"' + path[-1].encode() + b'"'
    start = raw.find(key)
    if start >= 0:
        after = start + len(key)
        quote = after + 2 if raw.startswith(b': "', after) else after + 1 if raw.startswith(b':"', after) else -1
        end = raw.find(b'"', quote + 1) if quote > 0 else -1
        # A base64 value holds no quote or backslash, so after `end` is the only place another
        # such key could hide; without one, the cut is the only occurrence of the key.
        if end > 0 and raw.find(b"\\", quote + 1, end) < 0 and raw.find(key, end) < 0:
            message = _JSON.decode((raw[: quote + 1] + raw[end:]).decode("utf-8"))
            holder = _container(message, path)
            if holder is not None and holder.get(path[-1]) == "":
                return message, _strict_b64(memoryview(raw)[quote + 1 : end], path)
    message = json.loads(raw)
    holder = _container(message, path)
    value = holder.get(path[-1]) if holder is not None else None
    if holder is None or not isinstance(value, str):
        return message, None
    holder[path[-1]] = ""
    return message, _strict_b64(value.encode("ascii", "replace"), path)


_JSON = json.JSONDecoder()


def _container(message: Any, path: tuple[str, ...]) -> dict[str, Any] | None:
    for name in path[:-1]:
        if not isinstance(message, dict):
            return None
        message = message.get(name)
    return message if isinstance(message, dict) else None


def _strict_b64(data: bytes | memoryview, path: tuple[str, ...]) -> bytes:
    try:
        return _b64decode(data)
    except (binascii.Error, ValueError):
        sample = bytes(data[:40]).decode("latin-1")
        raise ProtocolError(f"{'.'.join(path)}: not valid base64 audio: {sample!r}") from None


def _stdlib_b64decode(data: bytes | memoryview) -> bytes:
    return binascii.a2b_base64(data, strict_mode=True)


# Why pybase64: base64 is about half of the decode time of SSE and WebSocket speech, and the
# standard library's decoder capped the SSE helper at ~1.1x httpx-sse (benchmarks/README.md);
# pybase64's SIMD decoder is ~20x faster on 18 KB of audio. It validates as strictly; the
# standard library is the fallback where pybase64 is not installed.
try:
    import pybase64 as _pybase64
except ImportError:  # pragma: no cover - exercised only without the dependency
    _b64decode = _stdlib_b64decode
else:

    def _b64decode(data: bytes | memoryview) -> bytes:
        return _pybase64.b64decode(data, validate=True)
