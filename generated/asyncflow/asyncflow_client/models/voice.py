from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_gender import VoiceGender
from ..models.voice_type import VoiceType

T = TypeVar("T", bound="Voice")


@_attrs_define
class Voice:
    """A voice as returned by `get_voice` (newer snapshot, where every field is listed as required).
    `description`, `accent` and `style` also accept null, since a cloned voice need not have them
    (undocumented). Timestamps have no timezone, e.g. `2025-05-19T14:37:07.297056`.

    """

    voice_id: str
    name: str
    description: None | str
    language: str
    """ ISO 639-1 code (the snapshot's enum held only `en`), or a comma-separated list. """
    gender: str | VoiceGender
    accent: None | str
    style: None | str
    created_at: str
    updated_at: str
    voice_type: str | VoiceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        name = self.name

        description: None | str
        description = self.description

        language = self.language

        gender: str
        if isinstance(self.gender, VoiceGender):
            gender = self.gender.value
        else:
            gender = self.gender

        accent: None | str
        accent = self.accent

        style: None | str
        style = self.style

        created_at = self.created_at

        updated_at = self.updated_at

        voice_type: str
        if isinstance(self.voice_type, VoiceType):
            voice_type = self.voice_type.value
        else:
            voice_type = self.voice_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "name": name,
                "description": description,
                "language": language,
                "gender": gender,
                "accent": accent,
                "style": style,
                "created_at": created_at,
                "updated_at": updated_at,
                "voice_type": voice_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = d.pop("voice_id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        language = d.pop("language")

        def _parse_gender(data: object) -> str | VoiceGender:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = VoiceGender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VoiceGender, data)

        gender = _parse_gender(d.pop("gender"))

        def _parse_accent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        accent = _parse_accent(d.pop("accent"))

        def _parse_style(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        style = _parse_style(d.pop("style"))

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        def _parse_voice_type(data: object) -> str | VoiceType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_type_type_0 = VoiceType(data)

                return voice_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VoiceType, data)

        voice_type = _parse_voice_type(d.pop("voice_type"))

        voice = cls(
            voice_id=voice_id,
            name=name,
            description=description,
            language=language,
            gender=gender,
            accent=accent,
            style=style,
            created_at=created_at,
            updated_at=updated_at,
            voice_type=voice_type,
        )

        voice.additional_properties = d
        return voice

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
