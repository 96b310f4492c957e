from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TtsAudioChunk")


@_attrs_define
class TtsAudioChunk:
    """One message's payload on the TTS WebSocket. The last message of a passage (after `<STOP>`)
    has `stop: true`; it keeps an `audio` key, possibly an empty string, because LiveKit
    base64-decodes `audio` before looking at `stop`.

    """

    audio: str
    """ Base64 of raw audio in the connection's encoding and sampling rate (may be empty on the stop message). """
    text: str
    """ Text spoken in this chunk. """
    sampling_rate: int
    """ Sampling rate of `audio` in Hz. """
    stop: bool
    """ True on the last message of a passage. """
    context_id: str | Unset = UNSET
    """ The `context_id` of the client message this audio answers, when one was given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio

        text = self.text

        sampling_rate = self.sampling_rate

        stop = self.stop

        context_id = self.context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "text": text,
                "sampling_rate": sampling_rate,
                "stop": stop,
            }
        )
        if context_id is not UNSET:
            field_dict["context_id"] = context_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio = d.pop("audio")

        text = d.pop("text")

        sampling_rate = d.pop("sampling_rate")

        stop = d.pop("stop")

        context_id = d.pop("context_id", UNSET)

        tts_audio_chunk = cls(
            audio=audio,
            text=text,
            sampling_rate=sampling_rate,
            stop=stop,
            context_id=context_id,
        )

        tts_audio_chunk.additional_properties = d
        return tts_audio_chunk

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
