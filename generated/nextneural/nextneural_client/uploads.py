# Copied from overlays/nextneural/uploads.py by scripts/generate.py; edit that file, not this copy.
"""Speaker creation and dataset samples, checked against the documented limits before sending.

    from nextneural_client.uploads import create_speaker, upload_dataset_sample

    created = create_speaker(client, Path("aria.wav"), name="aria-custom", language="en-US")
    sample = upload_dataset_sample(client, "aria-custom", Path("s01.mp3"), transcript="Hi, good morning!")

The documented limits (`x-audio-formats` and `x-audio-duration-seconds` in the spec) are checked
locally, so a clip that would be refused never spends one of the few rate-limited calls (5 speaker
creations, 30 samples a minute): a reference clip is WAV or MP3 of 10 to 60 s, a dataset sample
WAV or MP3 of 5 to 30 s. Durations are measured for WAV and MP3 alike; a broken limit raises
`UploadError` naming it. The speaker name's documented form (lowercase letters and digits
separated by single hyphens) is checked too. Requests go out with a random multipart boundary;
each helper returns the parsed model or raises the typed error (`RateLimitError` once the retries
of `auth.RATE_LIMIT_RETRY` are spent).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import cast

from ._core.calls import acall, call
from ._core.errors import UploadError
from ._core.uploads import AudioLimits, prepare_audio
from .api.datasets import upload_dataset_sample as _sample_endpoint
from .api.speakers import create_speaker as _speaker_endpoint
from .client import AuthenticatedClient, Client
from .models.dataset_sample import DatasetSample
from .models.dataset_sample_form import DatasetSampleForm
from .models.speaker_create_form import SpeakerCreateForm
from .models.speaker_created import SpeakerCreated
from .types import UNSET, File, Unset

__all__ = [
    "DATASET_SAMPLE_LIMITS",
    "REFERENCE_AUDIO_LIMITS",
    "async_create_speaker",
    "async_upload_dataset_sample",
    "check_speaker_name",
    "create_speaker",
    "upload_dataset_sample",
]

# SpeakerCreateForm.reference_audio and DatasetSampleForm.audio in specs/nextneural/openapi.yaml.
REFERENCE_AUDIO_LIMITS = AudioLimits(formats=("wav", "mp3"), min_seconds=10.0, max_seconds=60.0)
DATASET_SAMPLE_LIMITS = AudioLimits(formats=("wav", "mp3"), min_seconds=5.0, max_seconds=30.0)

_SPEAKER_NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")

AnyClient = Client | AuthenticatedClient


def check_speaker_name(name: str) -> None:
    """`UploadError` unless `name` is lowercase letters and digits joined by single hyphens."""
    if not _SPEAKER_NAME.fullmatch(name):
        raise UploadError("name", "lowercase letters and digits separated by single hyphens", repr(name))


def _file(audio: bytes | Path, limits: AudioLimits, field: str, file_name: str | None) -> File:
    name, payload, media_type = prepare_audio(audio, limits, field=field, file_name=file_name)
    return File(payload=payload, file_name=name, mime_type=media_type)


def _speaker_form(
    audio: bytes | Path, name: str, language: str, description: str | Unset, file_name: str | None
) -> SpeakerCreateForm:
    check_speaker_name(name)
    reference = _file(audio, REFERENCE_AUDIO_LIMITS, "reference_audio", file_name)
    return SpeakerCreateForm(name=name, language=language, reference_audio=reference, description=description)


def _sample_form(audio: bytes | Path, transcript: str, file_name: str | None) -> DatasetSampleForm:
    if not transcript.strip():
        raise UploadError("transcript", "the exact text spoken in the audio", "an empty transcript")
    return DatasetSampleForm(audio=_file(audio, DATASET_SAMPLE_LIMITS, "audio", file_name), transcript=transcript)


def create_speaker(
    client: AnyClient,
    audio: bytes | Path,
    *,
    name: str,
    language: str,
    description: str | Unset = UNSET,
    file_name: str | None = None,
) -> SpeakerCreated:
    """`POST /api/voice/models/speakers`: zero-shot clone from one reference clip (not yet deployed)."""
    body = _speaker_form(audio, name, language, description, file_name)
    return cast(SpeakerCreated, call(_speaker_endpoint, client, body=body))


async def async_create_speaker(
    client: AnyClient,
    audio: bytes | Path,
    *,
    name: str,
    language: str,
    description: str | Unset = UNSET,
    file_name: str | None = None,
) -> SpeakerCreated:
    """Async twin of `create_speaker`."""
    body = _speaker_form(audio, name, language, description, file_name)
    return cast(SpeakerCreated, await acall(_speaker_endpoint, client, body=body))


def upload_dataset_sample(
    client: AnyClient, name: str, audio: bytes | Path, *, transcript: str, file_name: str | None = None
) -> DatasetSample:
    """`POST /api/voice/models/speakers/{name}/dataset/sample`: one transcribed LoRA training clip."""
    body = _sample_form(audio, transcript, file_name)
    return cast(DatasetSample, call(_sample_endpoint, client, name, body=body))


async def async_upload_dataset_sample(
    client: AnyClient, name: str, audio: bytes | Path, *, transcript: str, file_name: str | None = None
) -> DatasetSample:
    """Async twin of `upload_dataset_sample`."""
    body = _sample_form(audio, transcript, file_name)
    return cast(DatasetSample, await acall(_sample_endpoint, client, name, body=body))
