from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.word_alignment import WordAlignment


T = TypeVar("T", bound="TtsWithTimestampsResponse")


@_attrs_define
class TtsWithTimestampsResponse:
    audio_base64: str
    """ The audio file in the requested format, base64-encoded. """
    alignment: WordAlignment
    """ Three parallel arrays, one entry per word. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_base64 = self.audio_base64

        alignment = self.alignment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_base64": audio_base64,
                "alignment": alignment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.word_alignment import WordAlignment  # noqa: PLC0415

        d = dict(src_dict)
        audio_base64 = d.pop("audio_base64")

        alignment = WordAlignment.from_dict(d.pop("alignment"))

        tts_with_timestamps_response = cls(
            audio_base64=audio_base64,
            alignment=alignment,
        )

        tts_with_timestamps_response.additional_properties = d
        return tts_with_timestamps_response

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
