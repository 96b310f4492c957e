from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationSettings")


@_attrs_define
class ConversationSettings:
    """Shown in the docs' request example but missing from their parameter table; value ranges are undocumented."""

    voice_speed: float | Unset = UNSET
    """ Speech rate multiplier (example `1.0`); the allowed range is undocumented. """
    voice_pitch: str | Unset = UNSET
    """ Example `medium`; the accepted values are undocumented. """
    recording_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_speed = self.voice_speed

        voice_pitch = self.voice_pitch

        recording_enabled = self.recording_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice_speed is not UNSET:
            field_dict["voice_speed"] = voice_speed
        if voice_pitch is not UNSET:
            field_dict["voice_pitch"] = voice_pitch
        if recording_enabled is not UNSET:
            field_dict["recording_enabled"] = recording_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_speed = d.pop("voice_speed", UNSET)

        voice_pitch = d.pop("voice_pitch", UNSET)

        recording_enabled = d.pop("recording_enabled", UNSET)

        conversation_settings = cls(
            voice_speed=voice_speed,
            voice_pitch=voice_pitch,
            recording_enabled=recording_enabled,
        )

        conversation_settings.additional_properties = d
        return conversation_settings

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
