from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_context import ConversationContext


T = TypeVar("T", bound="ConversationStartedData")


@_attrs_define
class ConversationStartedData:
    conversation_id: str
    agent_id: str
    user_id: str
    initial_context: ConversationContext | Unset = UNSET
    """ Free-form context for the agent (the docs' example has `customer_name` and `previous_interaction`); it is
    echoed in the `conversation.started` webhook. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        agent_id = self.agent_id

        user_id = self.user_id

        initial_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_context, Unset):
            initial_context = self.initial_context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "agent_id": agent_id,
                "user_id": user_id,
            }
        )
        if initial_context is not UNSET:
            field_dict["initial_context"] = initial_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_context import ConversationContext  # noqa: PLC0415

        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        agent_id = d.pop("agent_id")

        user_id = d.pop("user_id")

        _initial_context = d.pop("initial_context", UNSET)
        initial_context: ConversationContext | Unset
        if isinstance(_initial_context, Unset):
            initial_context = UNSET
        else:
            initial_context = ConversationContext.from_dict(_initial_context)

        conversation_started_data = cls(
            conversation_id=conversation_id,
            agent_id=agent_id,
            user_id=user_id,
            initial_context=initial_context,
        )

        conversation_started_data.additional_properties = d
        return conversation_started_data

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
