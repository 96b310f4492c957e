from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_gender import VoiceGender
from ..models.voice_type import VoiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceSummary")


@_attrs_define
class VoiceSummary:
    """A voice in a `list_voices` page. Only `voice_id` and `name` are required: the official list
    example omits fields on some items (and misspells `voice_type` as `vocie_type` once; such
    unknown keys end up in `additional_properties`).

    """

    voice_id: str
    name: str
    voice_type: str | Unset | VoiceType = UNSET
    description: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    gender: None | str | Unset | VoiceGender = UNSET
    """ Newer docs capitalise (`Female`); an older snapshot used `male`/`female`. """
    accent: None | str | Unset = UNSET
    style: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    """ ISO 8601 timestamp without a timezone, e.g. `2025-05-19T14:37:07.297056`. """
    updated_at: str | Unset = UNSET
    """ ISO 8601 timestamp without a timezone. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        name = self.name

        voice_type: str | Unset
        if isinstance(self.voice_type, Unset):
            voice_type = UNSET
        elif isinstance(self.voice_type, VoiceType):
            voice_type = self.voice_type.value
        else:
            voice_type = self.voice_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, VoiceGender):
            gender = self.gender.value
        else:
            gender = self.gender

        accent: None | str | Unset
        if isinstance(self.accent, Unset):
            accent = UNSET
        else:
            accent = self.accent

        style: None | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        else:
            style = self.style

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "name": name,
            }
        )
        if voice_type is not UNSET:
            field_dict["voice_type"] = voice_type
        if description is not UNSET:
            field_dict["description"] = description
        if language is not UNSET:
            field_dict["language"] = language
        if gender is not UNSET:
            field_dict["gender"] = gender
        if accent is not UNSET:
            field_dict["accent"] = accent
        if style is not UNSET:
            field_dict["style"] = style
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = d.pop("voice_id")

        name = d.pop("name")

        def _parse_voice_type(data: object) -> str | Unset | VoiceType:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_type_type_0 = VoiceType(data)

                return voice_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | VoiceType, data)

        voice_type = _parse_voice_type(d.pop("voice_type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_gender(data: object) -> None | str | Unset | VoiceGender:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = VoiceGender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | VoiceGender, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_accent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accent = _parse_accent(d.pop("accent", UNSET))

        def _parse_style(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        style = _parse_style(d.pop("style", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        voice_summary = cls(
            voice_id=voice_id,
            name=name,
            voice_type=voice_type,
            description=description,
            language=language,
            gender=gender,
            accent=accent,
            style=style,
            created_at=created_at,
            updated_at=updated_at,
        )

        voice_summary.additional_properties = d
        return voice_summary

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
