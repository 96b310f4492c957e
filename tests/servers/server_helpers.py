"""Constants and small helpers shared by the reference-server tests (fixtures are in conftest.py)."""

from __future__ import annotations

import json
from typing import Any

from conformance.servers import _audio as audio

NEUPHONIC_KEY = "nk_test_secret"
ASYNCFLOW_KEY = "sk_test_secret"
HOLLY = "8e9c4bc8-3979-48ab-8626-df53befc2090"  # a standard Neuphonic voice
AVA = "e0f39dc4-f691-4e78-bba5-5c636692cc04"  # a library AsyncFlow voice
AF_HEADERS = {"x-api-key": ASYNCFLOW_KEY, "version": "v1"}
NP_HEADERS = {"x-api-key": NEUPHONIC_KEY}


def wav_sample(seconds: float, sample_rate: int = 16000) -> bytes:
    """A WAV file holding `seconds` of synthetic speech."""
    text = "x" * max(1, round(seconds / audio.DEFAULT_SECONDS_PER_CHAR))
    pcm = audio.synthesize(text, sample_rate=sample_rate, encoding="pcm_s16le")
    return audio.wav_bytes(pcm, sample_rate)


def tts_body(transcript: str = "Hello there world", **output_format: Any) -> dict[str, Any]:
    """An AsyncFlow TTS request body (raw 16-bit PCM at 24 kHz unless overridden)."""
    fmt = {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 24000, **output_format}
    return {
        "model_id": "async_flash_v1.0",
        "transcript": transcript,
        "voice": {"mode": "id", "id": AVA},
        "output_format": fmt,
    }


def decode_all(messages: list[str | bytes]) -> list[dict[str, Any]]:
    return [json.loads(message) for message in messages]
