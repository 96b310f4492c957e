from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_mode import VoiceMode

T = TypeVar("T", bound="VoiceSpec")


@_attrs_define
class VoiceSpec:
    """The voice to speak with."""

    mode: VoiceMode
    """ How `voice.id` selects a voice. Only `id` is documented. """
    id: str
    """ A `voice_id` from `list_voices`, or the `id` of a cloned voice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = VoiceMode(d.pop("mode"))

        id = d.pop("id")

        voice_spec = cls(
            mode=mode,
            id=id,
        )

        voice_spec.additional_properties = d
        return voice_spec

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
