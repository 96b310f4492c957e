from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderConversion")


@_attrs_define
class OrderConversion:
    """`narration_style_id` and `label` are in the docs and sent by the official client but
    missing from the vendor's v0.6.0 document. The docs say `narration_style_id` is required
    for TTS originals; it is optional here because speech-to-speech orders do not use it.

    """

    voice_id: UUID
    """ Target voice, from `list_voices`. """
    narration_style_id: UUID | Unset = UNSET
    """ Narration style of the voice (TTS originals). """
    accent_id: UUID | Unset = UNSET
    """ Accent of the voice (speech-to-speech). """
    semitones_correction: float | Unset = UNSET
    """ Extra pitch shift in semitones, added to the voice's default shift
    (speech-to-speech only).
     """
    label: str | Unset = UNSET
    """ Label for the conversion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = str(self.voice_id)

        narration_style_id: str | Unset = UNSET
        if not isinstance(self.narration_style_id, Unset):
            narration_style_id = str(self.narration_style_id)

        accent_id: str | Unset = UNSET
        if not isinstance(self.accent_id, Unset):
            accent_id = str(self.accent_id)

        semitones_correction = self.semitones_correction

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
            }
        )
        if narration_style_id is not UNSET:
            field_dict["narration_style_id"] = narration_style_id
        if accent_id is not UNSET:
            field_dict["accent_id"] = accent_id
        if semitones_correction is not UNSET:
            field_dict["semitones_correction"] = semitones_correction
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = UUID(d.pop("voice_id"))

        _narration_style_id = d.pop("narration_style_id", UNSET)
        narration_style_id: UUID | Unset
        if isinstance(_narration_style_id, Unset):
            narration_style_id = UNSET
        else:
            narration_style_id = UUID(_narration_style_id)

        _accent_id = d.pop("accent_id", UNSET)
        accent_id: UUID | Unset
        if isinstance(_accent_id, Unset):
            accent_id = UNSET
        else:
            accent_id = UUID(_accent_id)

        semitones_correction = d.pop("semitones_correction", UNSET)

        label = d.pop("label", UNSET)

        order_conversion = cls(
            voice_id=voice_id,
            narration_style_id=narration_style_id,
            accent_id=accent_id,
            semitones_correction=semitones_correction,
            label=label,
        )

        order_conversion.additional_properties = d
        return order_conversion

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
