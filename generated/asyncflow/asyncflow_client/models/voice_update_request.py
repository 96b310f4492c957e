from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_gender import VoiceGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceUpdateRequest")


@_attrs_define
class VoiceUpdateRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    gender: VoiceGender | Unset = UNSET
    """ `Unspecified` is listed only by third-party specs (for cloning). """
    accent: str | Unset = UNSET
    style: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        accent = self.accent

        style = self.style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if gender is not UNSET:
            field_dict["gender"] = gender
        if accent is not UNSET:
            field_dict["accent"] = accent
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: VoiceGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = VoiceGender(_gender)

        accent = d.pop("accent", UNSET)

        style = d.pop("style", UNSET)

        voice_update_request = cls(
            name=name,
            description=description,
            gender=gender,
            accent=accent,
            style=style,
        )

        voice_update_request.additional_properties = d
        return voice_update_request

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
