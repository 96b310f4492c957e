# Copied from overlays/asyncflow/timestamps.py by scripts/generate.py; edit that file, not this copy.
"""Speech with word timings (`POST /text_to_speech/with_timestamps`), decoded.

    from asyncflow_client.timestamps import text_to_speech_with_timestamps

    speech = text_to_speech_with_timestamps(client, "Welcome to Async", voice_id="e0f39dc4-...")
    Path("welcome.mp3").write_bytes(speech.audio)
    for word in speech.words:
        print(word.text, word.start, word.end)      # seconds

The endpoint answers `{"audio_base64": ..., "alignment": {"words": [...],
"word_start_times_milliseconds": [...], "word_end_times_milliseconds": [...]}}`: the audio file
in the requested format, base64-encoded, and three parallel arrays. Here the audio is decoded and
the arrays are zipped into `WordTiming`s; arrays of different lengths are a `ProtocolError`.
Error statuses raise the typed errors of `asyncflow_client.exceptions`.
"""

from __future__ import annotations

from typing import Any

import attrs

from ._core.audio import decode_base64_audio
from ._core.calls import acall, call
from ._core.errors import ProtocolError
from .api.tts import text_to_speech_with_timestamps as _endpoint
from .client import AuthenticatedClient, Client
from .models.tts_request import TtsRequest
from .models.tts_with_timestamps_response import TtsWithTimestampsResponse
from .streaming import DEFAULT_MODEL, speech_body

__all__ = [
    "TimestampedSpeech",
    "WordTiming",
    "async_text_to_speech_with_timestamps",
    "decode_timestamps",
    "text_to_speech_with_timestamps",
]

_PATH = "POST /text_to_speech/with_timestamps"


@attrs.frozen(slots=True)
class WordTiming:
    """One spoken word and when it is heard, in milliseconds from the start of the audio."""

    text: str
    start_ms: float
    end_ms: float

    @property
    def start(self) -> float:
        """Start in seconds."""
        return self.start_ms / 1000.0

    @property
    def end(self) -> float:
        """End in seconds."""
        return self.end_ms / 1000.0


@attrs.frozen(slots=True)
class TimestampedSpeech:
    """The decoded audio file (in the requested `output_format`) and its word timings."""

    audio: bytes
    words: tuple[WordTiming, ...]

    @property
    def transcript(self) -> str:
        """The words joined by spaces, as the server aligned them."""
        return " ".join(word.text for word in self.words)


def decode_timestamps(response: TtsWithTimestampsResponse) -> TimestampedSpeech:
    """Decode the generated response model: base64 audio to bytes, parallel arrays to `WordTiming`s."""
    alignment = response.alignment
    words = alignment.words
    starts = alignment.word_start_times_milliseconds
    ends = alignment.word_end_times_milliseconds
    if not len(words) == len(starts) == len(ends):
        raise ProtocolError(
            f"{_PATH}: alignment arrays differ in length: {len(words)} words, "
            f"{len(starts)} start times, {len(ends)} end times"
        )
    audio = decode_base64_audio(response.audio_base64, field=f"{_PATH} audio_base64")
    return TimestampedSpeech(
        audio=audio,
        words=tuple(WordTiming(str(w), float(s), float(e)) for w, s, e in zip(words, starts, ends, strict=True)),
    )


def _request(
    transcript: str | TtsRequest,
    voice_id: str | None,
    model_id: str,
    container: str,
    encoding: str | None,
    sample_rate: int | None,
    bit_rate: int | None,
    language: str | None,
    extra: dict[str, Any],
) -> TtsRequest:
    if isinstance(transcript, TtsRequest):
        return transcript
    output = {"container": container, "encoding": encoding, "sample_rate": sample_rate, "bit_rate": bit_rate}
    body = speech_body(
        transcript, voice_id=voice_id, model_id=model_id, output_format=output, language=language, extra=extra
    )
    return TtsRequest.from_dict(body)


def _result(parsed: Any) -> TimestampedSpeech:
    if not isinstance(parsed, TtsWithTimestampsResponse):
        raise ProtocolError(f"{_PATH}: expected a TtsWithTimestampsResponse, got {type(parsed).__name__}")
    return decode_timestamps(parsed)


def _malformed(exc: Exception) -> ProtocolError:
    return ProtocolError(f"{_PATH}: the 200 body is not the documented JSON ({type(exc).__name__}: {exc})")


def text_to_speech_with_timestamps(
    client: Client | AuthenticatedClient,
    transcript: str | TtsRequest,
    *,
    voice_id: str | None = None,
    model_id: str = DEFAULT_MODEL,
    container: str = "mp3",
    encoding: str | None = None,
    sample_rate: int | None = None,
    bit_rate: int | None = None,
    language: str | None = None,
    **extra: Any,
) -> TimestampedSpeech:
    """Synthesise `transcript` and return its audio with word timings.

    `container` is `mp3` (default, as in the docs' example), `wav` or `raw` (with `encoding`);
    `extra` keywords are further `TtsRequest` fields. A `TtsRequest` may be passed instead of the
    text, in which case the other request keywords are ignored.
    """
    request = _request(transcript, voice_id, model_id, container, encoding, sample_rate, bit_rate, language, extra)
    try:
        parsed = call(_endpoint, client, body=request)
    except (KeyError, TypeError, ValueError) as exc:
        raise _malformed(exc) from None
    return _result(parsed)


async def async_text_to_speech_with_timestamps(
    client: Client | AuthenticatedClient,
    transcript: str | TtsRequest,
    *,
    voice_id: str | None = None,
    model_id: str = DEFAULT_MODEL,
    container: str = "mp3",
    encoding: str | None = None,
    sample_rate: int | None = None,
    bit_rate: int | None = None,
    language: str | None = None,
    **extra: Any,
) -> TimestampedSpeech:
    """Async twin of `text_to_speech_with_timestamps`."""
    request = _request(transcript, voice_id, model_id, container, encoding, sample_rate, bit_rate, language, extra)
    try:
        parsed = await acall(_endpoint, client, body=request)
    except (KeyError, TypeError, ValueError) as exc:
        raise _malformed(exc) from None
    return _result(parsed)
