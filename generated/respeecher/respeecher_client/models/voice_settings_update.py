from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceSettingsUpdate")


@_attrs_define
class VoiceSettingsUpdate:
    voice_id: UUID
    accent_id: UUID | Unset = UNSET
    """ Accent to mark as favourite. """
    semitones_correction: float | Unset = UNSET
    """ Saved for `accent_id` (only meaningful with it). """
    narration_style_id: UUID | Unset = UNSET
    """ Narration style to mark as favourite. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = str(self.voice_id)

        accent_id: str | Unset = UNSET
        if not isinstance(self.accent_id, Unset):
            accent_id = str(self.accent_id)

        semitones_correction = self.semitones_correction

        narration_style_id: str | Unset = UNSET
        if not isinstance(self.narration_style_id, Unset):
            narration_style_id = str(self.narration_style_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
            }
        )
        if accent_id is not UNSET:
            field_dict["accent_id"] = accent_id
        if semitones_correction is not UNSET:
            field_dict["semitones_correction"] = semitones_correction
        if narration_style_id is not UNSET:
            field_dict["narration_style_id"] = narration_style_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = UUID(d.pop("voice_id"))

        _accent_id = d.pop("accent_id", UNSET)
        accent_id: UUID | Unset
        if isinstance(_accent_id, Unset):
            accent_id = UNSET
        else:
            accent_id = UUID(_accent_id)

        semitones_correction = d.pop("semitones_correction", UNSET)

        _narration_style_id = d.pop("narration_style_id", UNSET)
        narration_style_id: UUID | Unset
        if isinstance(_narration_style_id, Unset):
            narration_style_id = UNSET
        else:
            narration_style_id = UUID(_narration_style_id)

        voice_settings_update = cls(
            voice_id=voice_id,
            accent_id=accent_id,
            semitones_correction=semitones_correction,
            narration_style_id=narration_style_id,
        )

        voice_settings_update.additional_properties = d
        return voice_settings_update

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
