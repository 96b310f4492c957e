from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="SpeakerCreateForm")


@_attrs_define
class SpeakerCreateForm:
    """Multipart form for zero-shot cloning."""

    name: str
    """ Unique speaker identifier, lowercase with hyphens (e.g. `aria-custom`). No maximum length is documented. """
    language: str
    """ BCP-47 language tag with region, as in the docs' examples `en-US` and `hi-IN`. The full list of supported
    languages is not documented. """
    reference_audio: File
    """ Clean speech, WAV or MP3, 10 to 60 seconds long. """
    description: str | Unset = UNSET
    """ Free text. No length limit is documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language

        reference_audio = self.reference_audio.to_tuple()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "language": language,
                "reference_audio": reference_audio,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("language", (None, str(self.language).encode(), "text/plain")))

        files.append(("reference_audio", self.reference_audio.to_tuple()))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        language = d.pop("language")

        reference_audio = File(payload=BytesIO(d.pop("reference_audio")))

        description = d.pop("description", UNSET)

        speaker_create_form = cls(
            name=name,
            language=language,
            reference_audio=reference_audio,
            description=description,
        )

        speaker_create_form.additional_properties = d
        return speaker_create_form

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
