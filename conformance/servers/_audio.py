"""Synthetic speech: real PCM whose length follows the text, in every encoding the APIs use.

Each word becomes a short tone (its pitch picked from the word and the voice) followed by a short
silence, so audio length is proportional to the text and chunk boundaries fall on words. A tone is
built from one period tiled with bytes multiplication, which makes any length cheap: the first SSE
chunk is ready in microseconds, and a benchmark can ask for minutes of audio.

Encodings: signed 16-bit LE (`pcm_s16le`, Neuphonic's `pcm_linear`), 32-bit float LE (`pcm_f32le`)
and G.711 mu-law (`pcm_mulaw`), mono, at any sample rate. WAV files are 16-bit PCM written with the
`wave` module. `mp3_standin` is NOT an MP3 encoder: it returns an ID3 tag and silent MPEG-1 Layer III
frames, enough for magic-byte checks and frame parsers.
"""

from __future__ import annotations

import functools
import hashlib
import io
import math
import re
import struct
import wave
from collections.abc import Iterator
from dataclasses import dataclass

ENCODINGS = ("pcm_s16le", "pcm_f32le", "pcm_mulaw")
_ALIASES = {"pcm_linear": "pcm_s16le", "linear16": "pcm_s16le", "mulaw": "pcm_mulaw", "pcm_s16": "pcm_s16le"}
_WIDTH = {"pcm_s16le": 2, "pcm_f32le": 4, "pcm_mulaw": 1}
_SILENCE = {"pcm_s16le": b"\x00\x00", "pcm_f32le": b"\x00\x00\x00\x00", "pcm_mulaw": b"\xff"}
_PITCHES = (196.0, 220.0, 247.0, 262.0, 294.0, 330.0, 349.0, 392.0)
_AMPLITUDE = 0.3
_GAP = 0.15  # share of each word's time that is silence, so words are audible as separate
_TOKEN = re.compile(r"\s*\S+")

DEFAULT_SECONDS_PER_CHAR = 0.06  # ~15 characters per second, a normal speaking rate
MAX_CHUNK_SECONDS = 1.0  # longest audio in one streamed chunk (a 1 MB WebSocket message holds ~10 s)


def canonical_encoding(name: str) -> str:
    """`pcm_linear` -> `pcm_s16le` etc.; raises ValueError for an unknown encoding."""
    encoding = _ALIASES.get(name, name)
    if encoding not in _WIDTH:
        raise ValueError(f"unknown encoding {name!r}")
    return encoding


def sample_width(encoding: str) -> int:
    return _WIDTH[canonical_encoding(encoding)]


def silence(samples: int, encoding: str) -> bytes:
    return _SILENCE[canonical_encoding(encoding)] * max(0, samples)


@dataclass(frozen=True)
class Word:
    """One spoken token: its text (with the whitespace before it) and where it sits, in samples."""

    text: str
    start: int
    voiced: int
    total: int
    period: int


def plan(
    text: str,
    sample_rate: int,
    *,
    seconds_per_char: float = DEFAULT_SECONDS_PER_CHAR,
    speed: float = 1.0,
    voice: str = "",
) -> Iterator[Word]:
    """Split `text` into words, lazily, giving each a duration proportional to its length."""
    start = 0
    per_char = seconds_per_char / max(speed, 1e-3) * sample_rate
    for match in _TOKEN.finditer(text):
        token = match.group()
        chars = len(token.strip())
        total = max(1, round(chars * per_char))
        voiced = max(1, round(total * (1 - _GAP))) if total > 1 else total
        digest = hashlib.blake2s(f"{voice}|{token.strip().lower()}".encode(), digest_size=2).digest()
        pitch = _PITCHES[digest[0] % len(_PITCHES)]
        period = max(2, round(sample_rate / pitch))
        yield Word(token, start, voiced, total, period)
        start += total


@functools.lru_cache(maxsize=512)
def _period(period: int, encoding: str) -> bytes:
    values = [_AMPLITUDE * math.sin(2 * math.pi * k / period) for k in range(period)]
    return encode_floats(values, encoding)


def encode_floats(values: list[float], encoding: str) -> bytes:
    """Samples in [-1, 1] to bytes of `encoding`."""
    encoding = canonical_encoding(encoding)
    if encoding == "pcm_f32le":
        return struct.pack(f"<{len(values)}f", *values)
    ints = [max(-32768, min(32767, round(v * 32767))) for v in values]
    if encoding == "pcm_s16le":
        return struct.pack(f"<{len(ints)}h", *ints)
    return bytes(_mulaw(sample) for sample in ints)


def _mulaw(sample: int) -> int:
    """G.711 mu-law of one signed 16-bit sample."""
    sign = 0x80 if sample < 0 else 0
    magnitude = min(-sample if sample < 0 else sample, 32635) + 0x84
    exponent = max(0, magnitude.bit_length() - 8)
    mantissa = (magnitude >> (exponent + 3)) & 0x0F
    return ~(sign | (exponent << 4) | mantissa) & 0xFF


def render(word: Word, encoding: str) -> bytes:
    """The bytes of one word: a tone for the voiced part, then silence."""
    encoding = canonical_encoding(encoding)
    width = _WIDTH[encoding]
    cycle = _period(word.period, encoding)
    repeats = word.voiced // word.period + 1
    tone = (cycle * repeats)[: word.voiced * width]
    return tone + silence(word.total - word.voiced, encoding)


def chunks(
    text: str,
    *,
    sample_rate: int,
    encoding: str,
    seconds_per_char: float = DEFAULT_SECONDS_PER_CHAR,
    speed: float = 1.0,
    voice: str = "",
    max_chunk_seconds: float = MAX_CHUNK_SECONDS,
) -> Iterator[tuple[str, bytes]]:
    """(word text, audio bytes) per word, lazily: the first chunk costs one word's work.

    A word longer than `max_chunk_seconds` of audio is split into several chunks (the text goes with
    the first, the rest carry ""), so no single message grows past what clients accept.
    """
    limit = max(1, round(max_chunk_seconds * sample_rate))
    for word in plan(text, sample_rate, seconds_per_char=seconds_per_char, speed=speed, voice=voice):
        data = render(word, encoding)
        if word.total <= limit:
            yield word.text, data
            continue
        for index, part in enumerate(split_bytes(data, limit, encoding)):
            yield (word.text if index == 0 else ""), part


def synthesize(
    text: str,
    *,
    sample_rate: int,
    encoding: str,
    seconds_per_char: float = DEFAULT_SECONDS_PER_CHAR,
    speed: float = 1.0,
    voice: str = "",
) -> bytes:
    return b"".join(
        audio
        for _, audio in chunks(
            text,
            sample_rate=sample_rate,
            encoding=encoding,
            seconds_per_char=seconds_per_char,
            speed=speed,
            voice=voice,
        )
    )


def tone(seconds: float, sample_rate: int, encoding: str = "pcm_s16le", voice: str = "") -> bytes:
    """`seconds` of one steady tone whose pitch depends on `voice` (e.g. a converted recording)."""
    total = max(1, round(seconds * sample_rate))
    digest = hashlib.blake2s(voice.encode(), digest_size=2).digest()
    period = max(2, round(sample_rate / _PITCHES[digest[0] % len(_PITCHES)]))
    return render(Word("", 0, total, total, period), encoding)


def split_bytes(data: bytes, chunk_samples: int, encoding: str) -> Iterator[bytes]:
    """Slice PCM into chunks that each hold a whole number of samples."""
    step = max(1, chunk_samples) * sample_width(encoding)
    for offset in range(0, len(data), step):
        yield data[offset : offset + step]


def wav_bytes(pcm_s16le: bytes, sample_rate: int) -> bytes:
    """A mono 16-bit WAV file around `pcm_s16le`."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm_s16le)
    return buffer.getvalue()


_MP3_KBPS = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_MP3_RATES = {44100: 0, 48000: 1, 32000: 2}
ID3_TAG = b"ID3\x04\x00\x00\x00\x00\x00\x00"  # an empty ID3v2.4 tag


def mp3_frame(sample_rate: int = 44100, bit_rate: int = 128000) -> bytes:
    """One silent MPEG-1 Layer III mono frame (all-zero side info decodes as silence)."""
    rate = sample_rate if sample_rate in _MP3_RATES else 44100
    kbps = min(_MP3_KBPS, key=lambda value: abs(value * 1000 - bit_rate))
    header = bytes([0xFF, 0xFB, ((_MP3_KBPS.index(kbps) + 1) << 4) | (_MP3_RATES[rate] << 2), 0xC0])
    return header + bytes(144 * kbps * 1000 // rate - 4)


def mp3_standin(seconds: float, sample_rate: int = 44100, bit_rate: int = 128000, *, tag: bool = True) -> bytes:
    """ID3 tag + enough silent frames to last `seconds` (a stand-in, not encoded speech)."""
    rate = sample_rate if sample_rate in _MP3_RATES else 44100
    frames = max(1, math.ceil(seconds * rate / 1152))
    return (ID3_TAG if tag else b"") + mp3_frame(sample_rate, bit_rate) * frames


def pcm_seconds(nbytes: int, sample_rate: int, encoding: str) -> float:
    return nbytes / sample_width(encoding) / sample_rate


# ---------------------------------------------------------------------------- uploaded samples
def sniff(data: bytes) -> str | None:
    """The container of an uploaded sample: wav, mp3, flac, aiff, ogg, or None if unrecognised."""
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "wav"
    if data[:3] == b"ID3" or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0):
        return "mp3"
    if data[:4] == b"fLaC":
        return "flac"
    if data[:4] == b"FORM" and data[8:12] in (b"AIFF", b"AIFC"):
        return "aiff"
    if data[:4] == b"OggS":
        return "ogg"
    return None


def is_silent_wav(data: bytes) -> bool:
    """True for a readable WAV whose samples are all zero (nothing to clone from)."""
    try:
        with wave.open(io.BytesIO(data), "rb") as clip:
            width = clip.getsampwidth()
            frames = clip.readframes(clip.getnframes())
    except (wave.Error, EOFError, struct.error, ValueError):
        return False
    zero = b"\x80" if width == 1 else b"\x00"  # 8-bit WAV is unsigned
    return bool(frames) and not frames.strip(zero)


def duration_seconds(data: bytes) -> float | None:
    """Length of a WAV or MP3 sample, or None when it cannot be measured (other or broken files)."""
    kind = sniff(data)
    if kind == "wav":
        try:
            with wave.open(io.BytesIO(data), "rb") as clip:
                # Count the frames actually present: a cut-off upload keeps its header's frame count.
                frame_size = clip.getsampwidth() * clip.getnchannels() or 1
                present = len(clip.readframes(clip.getnframes())) // frame_size
                return present / float(clip.getframerate() or 1)
        except (wave.Error, EOFError, struct.error, ValueError):
            return None
    if kind == "mp3":
        return _mp3_seconds(data)
    return None


_MP3_V1_RATES = (44100, 48000, 32000)


def _mp3_seconds(data: bytes) -> float | None:
    offset = 0
    if data[:3] == b"ID3" and len(data) >= 10:
        size = (data[6] << 21) | (data[7] << 14) | (data[8] << 7) | data[9]
        offset = 10 + size
    seconds = 0.0
    frames = 0
    while offset + 4 <= len(data):
        b1, b2 = data[offset + 1], data[offset + 2]
        if data[offset] != 0xFF or b1 & 0xE0 != 0xE0:
            break
        version = (b1 >> 3) & 0x3  # 3 = MPEG-1
        layer = (b1 >> 1) & 0x3  # 1 = Layer III
        bitrate_index = b2 >> 4
        rate_index = (b2 >> 2) & 0x3
        if version != 3 or layer != 1 or bitrate_index in (0, 15) or rate_index == 3:
            break
        rate = _MP3_V1_RATES[rate_index]
        length = 144 * _MP3_KBPS[bitrate_index - 1] * 1000 // rate + ((b2 >> 1) & 1)
        seconds += 1152 / rate
        frames += 1
        offset += length
    return seconds if frames else None
