from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_event_type import AgentEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentOtherEvent")


@_attrs_define
class AgentOtherEvent:
    """Any other kind of agent message (a type added after this spec was written). Listed last
    so that the known kinds match first; `text` and `audio` are typed in case it carries them.

    """

    type_: AgentEventType | str
    """ The message kind. """
    text: str | Unset = UNSET
    audio: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, AgentEventType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        text = self.text

        audio = self.audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> AgentEventType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AgentEventType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentEventType | str, data)

        type_ = _parse_type_(d.pop("type"))

        text = d.pop("text", UNSET)

        audio = d.pop("audio", UNSET)

        agent_other_event = cls(
            type_=type_,
            text=text,
            audio=audio,
        )

        agent_other_event.additional_properties = d
        return agent_other_event

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
