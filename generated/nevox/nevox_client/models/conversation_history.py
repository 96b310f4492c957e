from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_status import ConversationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_message import ConversationMessage
    from ..models.conversation_metrics import ConversationMetrics


T = TypeVar("T", bound="ConversationHistory")


@_attrs_define
class ConversationHistory:
    conversation_id: str
    status: ConversationStatus | str
    """ Documented values are `active` and `completed`; others arrive as plain strings. """
    messages: list[ConversationMessage]
    duration: float | Unset = UNSET
    """ Length in seconds. Shown for a completed conversation; whether a live one carries it is undocumented. """
    metrics: ConversationMetrics | Unset = UNSET
    """ Shown by the seed only; every field is optional and unknown fields are kept. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        status: str
        if isinstance(self.status, ConversationStatus):
            status = self.status.value
        else:
            status = self.status

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        duration = self.duration

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "status": status,
                "messages": messages,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_message import ConversationMessage  # noqa: PLC0415
        from ..models.conversation_metrics import ConversationMetrics  # noqa: PLC0415

        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        def _parse_status(data: object) -> ConversationStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ConversationStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationStatus | str, data)

        status = _parse_status(d.pop("status"))

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = ConversationMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        duration = d.pop("duration", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: ConversationMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = ConversationMetrics.from_dict(_metrics)

        conversation_history = cls(
            conversation_id=conversation_id,
            status=status,
            messages=messages,
            duration=duration,
            metrics=metrics,
        )

        conversation_history.additional_properties = d
        return conversation_history

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
