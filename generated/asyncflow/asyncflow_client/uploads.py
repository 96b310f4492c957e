# Copied from overlays/asyncflow/uploads.py by scripts/generate.py; edit that file, not this copy.
"""Voice cloning (`POST /voices/clone`): the sample checked against the documented limits first,
then sent with a random multipart boundary.

    from asyncflow_client.uploads import clone_voice

    voice = clone_voice(client, Path("me.wav"), name="Narrator", enhance=True)
    voice.id          # the `voice_id` of the other voice operations

Limits (specs/asyncflow/openapi.yaml, `CloneVoiceRequest.audio`: `x-audio-formats`,
`x-audio-duration-seconds`): wav, mp3, flac or aiff, at least 3 s (newer docs; the older ones said
5 s, so the server may be stricter). The duration is measured locally where the core can (WAV, MP3);
no size limit is documented (the server answers 413 FILE_TOO_LARGE). Error statuses raise the typed
errors of `asyncflow_client.exceptions` (e.g. `BadRequestError` with `SHORT_SPEECH_DURATION`).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ._core.calls import acall, call
from ._core.errors import ProtocolError
from ._core.uploads import AudioLimits, check_audio, sniff_format
from .api.voices import clone_voice as _endpoint
from .client import AuthenticatedClient, Client
from .models.clone_voice_request import CloneVoiceRequest
from .models.cloned_voice import ClonedVoice
from .models.voice_gender import VoiceGender
from .types import UNSET, File, Unset

__all__ = ["CLONE_SAMPLE_LIMITS", "async_clone_voice", "clone_voice"]

CLONE_SAMPLE_LIMITS = AudioLimits(formats=("wav", "mp3", "flac", "aiff"), min_seconds=3.0)

_MIME = {"wav": "audio/wav", "mp3": "audio/mpeg", "flac": "audio/flac", "aiff": "audio/aiff"}


def _request(
    audio: bytes | Path,
    *,
    name: str,
    file_name: str | None,
    description: str | Unset,
    language: str | Unset,
    accent: str | Unset,
    gender: VoiceGender | str | Unset,
    style: str | Unset,
    enhance: bool | Unset,
    transcript: str | Unset,
) -> CloneVoiceRequest:
    data = audio.read_bytes() if isinstance(audio, Path) else bytes(audio)
    check_audio(data, CLONE_SAMPLE_LIMITS, field="audio")
    kind = sniff_format(data) or "wav"
    default_name = audio.name if isinstance(audio, Path) else f"sample.{kind}"
    request = CloneVoiceRequest(
        audio=File(payload=io.BytesIO(data), file_name=file_name or default_name, mime_type=_MIME.get(kind)),
        name=name,
        description=description,
        language=language,
        accent=accent,
        gender=VoiceGender(gender) if isinstance(gender, str) else gender,
        style=style,
        transcript=transcript,
    )
    if not isinstance(enhance, Unset):
        # The generated form writes Python's `True`/`False`; send the JSON spelling.
        request.additional_properties["enhance"] = "true" if enhance else "false"
    return request


def _voice(parsed: Any) -> ClonedVoice:
    if not isinstance(parsed, ClonedVoice):
        raise ProtocolError(f"POST /voices/clone: expected a ClonedVoice, got {type(parsed).__name__}")
    return parsed


def clone_voice(
    client: Client | AuthenticatedClient,
    audio: bytes | Path,
    *,
    name: str,
    description: str | Unset = UNSET,
    language: str | Unset = UNSET,
    accent: str | Unset = UNSET,
    gender: VoiceGender | str | Unset = UNSET,
    style: str | Unset = UNSET,
    enhance: bool | Unset = UNSET,
    transcript: str | Unset = UNSET,
    file_name: str | None = None,
) -> ClonedVoice:
    """Create a custom voice from a recording; raises `UploadError` before sending a sample that breaks a limit."""
    request = _request(
        audio,
        name=name,
        file_name=file_name,
        description=description,
        language=language,
        accent=accent,
        gender=gender,
        style=style,
        enhance=enhance,
        transcript=transcript,
    )
    return _voice(call(_endpoint, client, body=request))


async def async_clone_voice(
    client: Client | AuthenticatedClient,
    audio: bytes | Path,
    *,
    name: str,
    description: str | Unset = UNSET,
    language: str | Unset = UNSET,
    accent: str | Unset = UNSET,
    gender: VoiceGender | str | Unset = UNSET,
    style: str | Unset = UNSET,
    enhance: bool | Unset = UNSET,
    transcript: str | Unset = UNSET,
    file_name: str | None = None,
) -> ClonedVoice:
    """Async twin of `clone_voice`."""
    request = _request(
        audio,
        name=name,
        file_name=file_name,
        description=description,
        language=language,
        accent=accent,
        gender=gender,
        style=style,
        enhance=enhance,
        transcript=transcript,
    )
    return _voice(await acall(_endpoint, client, body=request))
