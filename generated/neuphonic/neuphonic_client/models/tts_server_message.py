from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tts_audio_chunk import TtsAudioChunk


T = TypeVar("T", bound="TtsServerMessage")


@_attrs_define
class TtsServerMessage:
    """Text frame the server sends on the TTS WebSocket (binary frames are ignored by
    pyneuphonic). Older docs also put `version` and `timestamp` at the top level; they are
    kept as additional properties.

    """

    data: TtsAudioChunk
    """ One message's payload on the TTS WebSocket. The last message of a passage (after `<STOP>`)
    has `stop: true`; it keeps an `audio` key, possibly an empty string, because LiveKit
    base64-decodes `audio` before looking at `stop`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tts_audio_chunk import TtsAudioChunk  # noqa: PLC0415

        d = dict(src_dict)
        data = TtsAudioChunk.from_dict(d.pop("data"))

        tts_server_message = cls(
            data=data,
        )

        tts_server_message.additional_properties = d
        return tts_server_message

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
