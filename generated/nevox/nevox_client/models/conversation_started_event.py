from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversation_started_data import ConversationStartedData


T = TypeVar("T", bound="ConversationStartedEvent")


@_attrs_define
class ConversationStartedEvent:
    """Webhook payload. Envelope common to all events: `{event, created_at, data}`."""

    event: Literal["conversation.started"]
    created_at: datetime.datetime
    data: ConversationStartedData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "created_at": created_at,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_started_data import ConversationStartedData  # noqa: PLC0415

        d = dict(src_dict)
        event = cast(Literal["conversation.started"], d.pop("event"))
        if event != "conversation.started":
            raise ValueError(f"event must match const 'conversation.started', got '{event}'")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        data = ConversationStartedData.from_dict(d.pop("data"))

        conversation_started_event = cls(
            event=event,
            created_at=created_at,
            data=data,
        )

        conversation_started_event.additional_properties = d
        return conversation_started_event

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
