# Copied from overlays/respeecher/uploads.py by scripts/generate.py; edit that file, not this copy.
"""Audio uploads (originals and calibration samples), format-checked and sent with a random boundary.

    from respeecher_client.uploads import upload_recording, create_calibration

    recording = upload_recording(client, Path("take-01.wav"), parent_folder_id=folder.id, label="take 01")
    calibration = create_calibration(client, Path("mic.flac"), name="studio mic")

Respeecher documents the accepted formats (wav, ogg, mp3 or flac) and no size or duration limit,
so only the format is checked locally; anything else raises `UploadError` before a byte is sent.
The generated functions send a fixed multipart boundary that a file containing it would cut
short; these send a random one. Each returns the parsed model or raises the typed error.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast
from uuid import UUID

from ._core.calls import acall, call
from ._core.uploads import AudioLimits, prepare_audio
from .api.calibration import create_calibration as _calibration_endpoint
from .api.recordings import upload_recording as _recording_endpoint
from .client import AuthenticatedClient, Client
from .models.calibration import Calibration
from .models.calibration_upload import CalibrationUpload
from .models.recording import Recording
from .models.recording_upload import RecordingUpload
from .types import UNSET, File, Unset

__all__ = [
    "AUDIO_LIMITS",
    "async_create_calibration",
    "async_upload_recording",
    "create_calibration",
    "upload_recording",
]

# "Supported audio formats: wav, ogg, mp3 or flac" (both upload operations of the spec).
AUDIO_LIMITS = AudioLimits(formats=("wav", "ogg", "mp3", "flac"))

AnyClient = Client | AuthenticatedClient


def _file(audio: bytes | Path, file_name: str | None) -> File:
    name, payload, media_type = prepare_audio(audio, AUDIO_LIMITS, field="data", file_name=file_name)
    return File(payload=payload, file_name=name, mime_type=media_type)


def _recording_body(
    audio: bytes | Path, parent_folder_id: UUID, label: str | Unset, microphone: str, file_name: str | None
) -> RecordingUpload:
    return RecordingUpload(
        data=_file(audio, file_name), parent_folder_id=parent_folder_id, microphone=microphone, label=label
    )


def upload_recording(
    client: AnyClient,
    audio: bytes | Path,
    *,
    parent_folder_id: UUID,
    label: str | Unset = UNSET,
    microphone: str = "file",
    file_name: str | None = None,
) -> Recording:
    """`POST /api/recordings`: a new original in the folder (`microphone="file"` for an uploaded file)."""
    body = _recording_body(audio, parent_folder_id, label, microphone, file_name)
    return cast(Recording, call(_recording_endpoint, client, body=body))


async def async_upload_recording(
    client: AnyClient,
    audio: bytes | Path,
    *,
    parent_folder_id: UUID,
    label: str | Unset = UNSET,
    microphone: str = "file",
    file_name: str | None = None,
) -> Recording:
    """Async twin of `upload_recording`."""
    body = _recording_body(audio, parent_folder_id, label, microphone, file_name)
    return cast(Recording, await acall(_recording_endpoint, client, body=body))


def create_calibration(
    client: AnyClient, audio: bytes | Path, *, name: str, file_name: str | None = None
) -> Calibration:
    """`POST /api/calibration`: a calibration from a voice sample (state `processing` at first)."""
    body = CalibrationUpload(name=name, data=_file(audio, file_name))
    return cast(Calibration, call(_calibration_endpoint, client, body=body))


async def async_create_calibration(
    client: AnyClient, audio: bytes | Path, *, name: str, file_name: str | None = None
) -> Calibration:
    """Async twin of `create_calibration`."""
    body = CalibrationUpload(name=name, data=_file(audio, file_name))
    return cast(Calibration, await acall(_calibration_endpoint, client, body=body))
