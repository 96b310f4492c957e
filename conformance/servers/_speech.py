"""Speakable text from AsyncFlow-style transcript markup, rendered as timed audio pieces.

Markup (AsyncFlow guides): `<break time='400ms'/>` inserts that much silence, `<digits>555 0100</digits>`
is read digit by digit, `<phonemes>IPA</phonemes>` is spoken as its content; any other tag is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import _audio as audio

_BREAK = re.compile(r"""<break\s+time\s*=\s*['"]?\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*['"]?\s*/?>""", re.IGNORECASE)
_DIGITS = re.compile(r"<digits>(.*?)</digits>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,200}>")
_MAX_BREAK = 10.0


@dataclass(frozen=True)
class Piece:
    """A word (`text` non-empty) or a pause (`text` empty), with its audio and position in samples."""

    text: str
    audio: bytes
    start: int
    samples: int
    voiced: int


def _segments(transcript: str) -> Iterator[str | float]:
    """Text runs and pause lengths (seconds), in order."""
    transcript = _DIGITS.sub(lambda m: " " + " ".join(ch for ch in m.group(1) if ch.isalnum()) + " ", transcript)
    position = 0
    for match in _BREAK.finditer(transcript):
        yield _TAG.sub(" ", transcript[position : match.start()])
        value = float(match.group(1)) / (1000.0 if match.group(2).lower() == "ms" else 1.0)
        yield min(value, _MAX_BREAK)
        position = match.end()
    yield _TAG.sub(" ", transcript[position:])


def spoken_text(transcript: str) -> str:
    return " ".join(part for part in _segments(transcript) if isinstance(part, str)).strip()


def pieces(
    transcript: str,
    *,
    sample_rate: int,
    encoding: str,
    seconds_per_char: float,
    speed: float = 1.0,
    voice: str = "",
) -> Iterator[Piece]:
    start = 0
    for segment in _segments(transcript):
        if isinstance(segment, float):
            samples = round(segment * sample_rate)
            if samples:
                yield Piece("", audio.silence(samples, encoding), start, samples, 0)
                start += samples
            continue
        for word in audio.plan(segment, sample_rate, seconds_per_char=seconds_per_char, speed=speed, voice=voice):
            yield Piece(word.text.strip(), audio.render(word, encoding), start, word.total, word.voiced)
            start += word.total
