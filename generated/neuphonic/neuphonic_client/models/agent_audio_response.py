from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgentAudioResponse")


@_attrs_define
class AgentAudioResponse:
    """A chunk of the agent's spoken reply."""

    type_: Literal["audio_response"]
    audio: str
    """ Base64 of audio in `return_encoding` at `return_sampling_rate`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        audio = self.audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "audio": audio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["audio_response"], d.pop("type"))
        if type_ != "audio_response":
            raise ValueError(f"type must match const 'audio_response', got '{type_}'")

        audio = d.pop("audio")

        agent_audio_response = cls(
            type_=type_,
            audio=audio,
        )

        agent_audio_response.additional_properties = d
        return agent_audio_response

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
