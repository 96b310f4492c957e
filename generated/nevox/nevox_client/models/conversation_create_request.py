from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_context import ConversationContext
    from ..models.conversation_settings import ConversationSettings


T = TypeVar("T", bound="ConversationCreateRequest")


@_attrs_define
class ConversationCreateRequest:
    agent_id: str
    user_id: str
    """ Your identifier for the user (the example uses `usr_...`; the format is yours to choose). """
    language: str | Unset = "en-US"
    """ Conversation language code. """
    initial_context: ConversationContext | Unset = UNSET
    """ Free-form context for the agent (the docs' example has `customer_name` and `previous_interaction`); it is
    echoed in the `conversation.started` webhook. """
    settings: ConversationSettings | Unset = UNSET
    """ Shown in the docs' request example but missing from their parameter table; value ranges are undocumented.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        user_id = self.user_id

        language = self.language

        initial_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_context, Unset):
            initial_context = self.initial_context.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "user_id": user_id,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if initial_context is not UNSET:
            field_dict["initial_context"] = initial_context
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_context import ConversationContext  # noqa: PLC0415
        from ..models.conversation_settings import ConversationSettings  # noqa: PLC0415

        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        user_id = d.pop("user_id")

        language = d.pop("language", UNSET)

        _initial_context = d.pop("initial_context", UNSET)
        initial_context: ConversationContext | Unset
        if isinstance(_initial_context, Unset):
            initial_context = UNSET
        else:
            initial_context = ConversationContext.from_dict(_initial_context)

        _settings = d.pop("settings", UNSET)
        settings: ConversationSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ConversationSettings.from_dict(_settings)

        conversation_create_request = cls(
            agent_id=agent_id,
            user_id=user_id,
            language=language,
            initial_context=initial_context,
            settings=settings,
        )

        conversation_create_request.additional_properties = d
        return conversation_create_request

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
