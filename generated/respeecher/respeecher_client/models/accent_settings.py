from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccentSettings")


@_attrs_define
class AccentSettings:
    """The account's own settings for this accent."""

    favorite: bool | Unset = False
    semitones_correction: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        favorite = self.favorite

        semitones_correction = self.semitones_correction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if favorite is not UNSET:
            field_dict["favorite"] = favorite
        if semitones_correction is not UNSET:
            field_dict["semitones_correction"] = semitones_correction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        favorite = d.pop("favorite", UNSET)

        semitones_correction = d.pop("semitones_correction", UNSET)

        accent_settings = cls(
            favorite=favorite,
            semitones_correction=semitones_correction,
        )

        accent_settings.additional_properties = d
        return accent_settings

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
