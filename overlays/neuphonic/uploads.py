"""Voice cloning uploads: checked against Neuphonic's documented limits, sent with a random boundary.

    from neuphonic_client.uploads import clone_voice
    cloned = clone_voice(client, Path("me.wav").read_bytes(), voice_name="Me")
    cloned.data.voice_id
"""

from __future__ import annotations

from pathlib import Path
from ._core.calls import acall, call
from ._core.uploads import AudioLimits, check_audio
from .api.voices import clone_voice as _clone_endpoint
from .api.voices import update_voice as _update_endpoint
from .client import AuthenticatedClient, Client
from .models.clone_voice_form import CloneVoiceForm
from .models.clone_voice_response import CloneVoiceResponse
from .models.update_voice_form import UpdateVoiceForm
from .models.update_voice_response import UpdateVoiceResponse
from .types import UNSET, File, Unset

__all__ = ["VOICE_SAMPLE_LIMITS", "async_clone_voice", "clone_voice", "update_voice"]

# pyneuphonic README: "MP3 or WAV, at least 6 seconds, under 10 MB" (specs/neuphonic/openapi.yaml).
VOICE_SAMPLE_LIMITS = AudioLimits(formats=("wav", "mp3"), min_seconds=6.0, max_bytes=10 * 1024 * 1024)


def _file(audio: bytes | Path, field: str, file_name: str | None) -> File:
    data = audio.read_bytes() if isinstance(audio, Path) else audio
    check_audio(data, VOICE_SAMPLE_LIMITS, field=field)
    name = file_name or (audio.name if isinstance(audio, Path) else "sample.wav")
    import io

    return File(payload=io.BytesIO(data), file_name=name, mime_type="application/octet-stream")


def clone_voice(
    client: Client | AuthenticatedClient,
    audio: bytes | Path,
    *,
    voice_name: str | Unset = UNSET,
    voice_tags: list[str] | str | Unset = UNSET,
    lang_code: str = "en",
    file_name: str | None = None,
) -> CloneVoiceResponse:
    """`POST /voices`: the parsed `CloneVoiceResponse`, or the typed `APIStatusError`."""
    tags = ", ".join(voice_tags) if isinstance(voice_tags, list) else voice_tags
    body = CloneVoiceForm(voice_file=_file(audio, "voice_file", file_name))
    cloned: CloneVoiceResponse = call(
        _clone_endpoint, client, body=body, voice_name=voice_name, voice_tags=tags, lang_code=lang_code
    )
    return cloned


async def async_clone_voice(
    client: Client | AuthenticatedClient,
    audio: bytes | Path,
    *,
    voice_name: str | Unset = UNSET,
    voice_tags: list[str] | str | Unset = UNSET,
    lang_code: str = "en",
    file_name: str | None = None,
) -> CloneVoiceResponse:
    """Async twin of `clone_voice`."""
    tags = ", ".join(voice_tags) if isinstance(voice_tags, list) else voice_tags
    body = CloneVoiceForm(voice_file=_file(audio, "voice_file", file_name))
    cloned: CloneVoiceResponse = await acall(
        _clone_endpoint, client, body=body, voice_name=voice_name, voice_tags=tags, lang_code=lang_code
    )
    return cloned


def update_voice(
    client: Client | AuthenticatedClient,
    voice_id: str,
    *,
    audio: bytes | Path | None = None,
    new_voice_name: str | Unset = UNSET,
    new_voice_tags: list[str] | str | Unset = UNSET,
    file_name: str | None = None,
) -> UpdateVoiceResponse:
    """`PATCH /voices/{voice_id}` with a new sample (checked like a clone) and/or a new name and tags.

    Returns the parsed `UpdateVoiceResponse`, or raises the typed `APIStatusError`.
    """
    tags = ", ".join(new_voice_tags) if isinstance(new_voice_tags, list) else new_voice_tags
    body = UpdateVoiceForm(new_voice_file=_file(audio, "new_voice_file", file_name)) if audio is not None else UNSET
    updated: UpdateVoiceResponse = call(
        _update_endpoint, client, voice_id, body=body, new_voice_name=new_voice_name, new_voice_tags=tags
    )
    return updated
