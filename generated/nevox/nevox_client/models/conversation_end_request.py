from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_feedback import ConversationFeedback


T = TypeVar("T", bound="ConversationEndRequest")


@_attrs_define
class ConversationEndRequest:
    """Seed only (`reason`, `feedback`); not confirmed by the published docs."""

    reason: str | Unset = UNSET
    """ Why the conversation ended (example `resolved`); accepted values are undocumented. """
    feedback: ConversationFeedback | Unset = UNSET
    """ Seed only. The rating scale is undocumented (the example is 5). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        feedback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feedback, Unset):
            feedback = self.feedback.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if feedback is not UNSET:
            field_dict["feedback"] = feedback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_feedback import ConversationFeedback  # noqa: PLC0415

        d = dict(src_dict)
        reason = d.pop("reason", UNSET)

        _feedback = d.pop("feedback", UNSET)
        feedback: ConversationFeedback | Unset
        if isinstance(_feedback, Unset):
            feedback = UNSET
        else:
            feedback = ConversationFeedback.from_dict(_feedback)

        conversation_end_request = cls(
            reason=reason,
            feedback=feedback,
        )

        conversation_end_request.additional_properties = d
        return conversation_end_request

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
