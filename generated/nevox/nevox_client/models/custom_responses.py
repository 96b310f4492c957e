from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomResponses")


@_attrs_define
class CustomResponses:
    """Canned phrases keyed by moment. The docs' example uses `greeting` and `farewell`; other keys are undocumented and
    allowed.

    """

    greeting: str | Unset = UNSET
    farewell: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        greeting = self.greeting

        farewell = self.farewell

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if greeting is not UNSET:
            field_dict["greeting"] = greeting
        if farewell is not UNSET:
            field_dict["farewell"] = farewell

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        greeting = d.pop("greeting", UNSET)

        farewell = d.pop("farewell", UNSET)

        custom_responses = cls(
            greeting=greeting,
            farewell=farewell,
        )

        custom_responses.additional_properties = d
        return custom_responses

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
