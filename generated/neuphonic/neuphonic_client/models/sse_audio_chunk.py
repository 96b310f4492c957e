from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SseAudioChunk")


@_attrs_define
class SseAudioChunk:
    """One chunk of synthesized audio in an SSE event."""

    audio: str
    """ Base64 of raw audio in the requested encoding and sampling rate. """
    text: str
    """ The text spoken in this chunk (roughly one word). """
    sampling_rate: int
    """ Sampling rate of `audio` in Hz. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio

        text = self.text

        sampling_rate = self.sampling_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "text": text,
                "sampling_rate": sampling_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio = d.pop("audio")

        text = d.pop("text")

        sampling_rate = d.pop("sampling_rate")

        sse_audio_chunk = cls(
            audio=audio,
            text=text,
            sampling_rate=sampling_rate,
        )

        sse_audio_chunk.additional_properties = d
        return sse_audio_chunk

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
