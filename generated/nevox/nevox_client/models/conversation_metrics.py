from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationMetrics")


@_attrs_define
class ConversationMetrics:
    """Shown by the seed only; every field is optional and unknown fields are kept."""

    sentiment_score: float | Unset = UNSET
    user_satisfaction: str | Unset = UNSET
    resolution_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sentiment_score = self.sentiment_score

        user_satisfaction = self.user_satisfaction

        resolution_status = self.resolution_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sentiment_score is not UNSET:
            field_dict["sentiment_score"] = sentiment_score
        if user_satisfaction is not UNSET:
            field_dict["user_satisfaction"] = user_satisfaction
        if resolution_status is not UNSET:
            field_dict["resolution_status"] = resolution_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sentiment_score = d.pop("sentiment_score", UNSET)

        user_satisfaction = d.pop("user_satisfaction", UNSET)

        resolution_status = d.pop("resolution_status", UNSET)

        conversation_metrics = cls(
            sentiment_score=sentiment_score,
            user_satisfaction=user_satisfaction,
            resolution_status=resolution_status,
        )

        conversation_metrics.additional_properties = d
        return conversation_metrics

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
