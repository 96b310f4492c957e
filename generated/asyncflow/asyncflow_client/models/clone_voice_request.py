from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.voice_gender import VoiceGender
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CloneVoiceRequest")


@_attrs_define
class CloneVoiceRequest:
    audio: File
    """ Voice sample: wav, mp3, flac or aiff; at least 3 s of speech (newer docs; 5 s in the older
    docs). The size limit is not documented (413 FILE_TOO_LARGE).
     """
    name: str
    description: str | Unset = UNSET
    language: str | Unset = UNSET
    """ ISO 639-1 code of the sample (older snapshot enum `en`, required there). """
    accent: str | Unset = UNSET
    gender: VoiceGender | Unset = UNSET
    """ `Unspecified` is listed only by third-party specs (for cloning). """
    style: str | Unset = UNSET
    """ Comma-separated style tags (third-party). """
    enhance: bool | Unset = UNSET
    """ Remove background noise from the sample. """
    transcript: str | Unset = UNSET
    """ What is said in the sample. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio.to_tuple()

        name = self.name

        description = self.description

        language = self.language

        accent = self.accent

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        style = self.style

        enhance = self.enhance

        transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if language is not UNSET:
            field_dict["language"] = language
        if accent is not UNSET:
            field_dict["accent"] = accent
        if gender is not UNSET:
            field_dict["gender"] = gender
        if style is not UNSET:
            field_dict["style"] = style
        if enhance is not UNSET:
            field_dict["enhance"] = enhance
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("audio", self.audio.to_tuple()))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if not isinstance(self.accent, Unset):
            files.append(("accent", (None, str(self.accent).encode(), "text/plain")))

        if not isinstance(self.gender, Unset):
            files.append(("gender", (None, str(self.gender.value).encode(), "text/plain")))

        if not isinstance(self.style, Unset):
            files.append(("style", (None, str(self.style).encode(), "text/plain")))

        if not isinstance(self.enhance, Unset):
            files.append(("enhance", (None, str(self.enhance).encode(), "text/plain")))

        if not isinstance(self.transcript, Unset):
            files.append(("transcript", (None, str(self.transcript).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio = File(payload=BytesIO(d.pop("audio")))

        name = d.pop("name")

        description = d.pop("description", UNSET)

        language = d.pop("language", UNSET)

        accent = d.pop("accent", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: VoiceGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = VoiceGender(_gender)

        style = d.pop("style", UNSET)

        enhance = d.pop("enhance", UNSET)

        transcript = d.pop("transcript", UNSET)

        clone_voice_request = cls(
            audio=audio,
            name=name,
            description=description,
            language=language,
            accent=accent,
            gender=gender,
            style=style,
            enhance=enhance,
            transcript=transcript,
        )

        clone_voice_request.additional_properties = d
        return clone_voice_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
