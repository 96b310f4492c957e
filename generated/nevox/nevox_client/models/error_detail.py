from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """Error details. `code` and `message` appear in the docs' only error example; `type`,
    `retry_count` and `next_retry` appear there too (for a webhook delivery failure) and are
    optional. The list of codes and types is not documented; further fields are kept.

    """

    code: str
    message: str
    type_: str | Unset = UNSET
    retry_count: int | Unset = UNSET
    next_retry: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        type_ = self.type_

        retry_count = self.retry_count

        next_retry: str | Unset = UNSET
        if not isinstance(self.next_retry, Unset):
            next_retry = self.next_retry.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if retry_count is not UNSET:
            field_dict["retry_count"] = retry_count
        if next_retry is not UNSET:
            field_dict["next_retry"] = next_retry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        type_ = d.pop("type", UNSET)

        retry_count = d.pop("retry_count", UNSET)

        _next_retry = d.pop("next_retry", UNSET)
        next_retry: datetime.datetime | Unset
        if isinstance(_next_retry, Unset):
            next_retry = UNSET
        else:
            next_retry = datetime.datetime.fromisoformat(_next_retry)

        error_detail = cls(
            code=code,
            message=message,
            type_=type_,
            retry_count=retry_count,
            next_retry=next_retry,
        )

        error_detail.additional_properties = d
        return error_detail

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
