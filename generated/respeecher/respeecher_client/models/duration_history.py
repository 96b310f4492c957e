from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.month_duration import MonthDuration


T = TypeVar("T", bound="DurationHistory")


@_attrs_define
class DurationHistory:
    """Converted time with a per-month history. `previous_monthes` is spelt that way by the
    vendor.

    """

    total: int
    current_month: int
    previous_monthes: list[MonthDuration]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        current_month = self.current_month

        previous_monthes = []
        for previous_monthes_item_data in self.previous_monthes:
            previous_monthes_item = previous_monthes_item_data.to_dict()
            previous_monthes.append(previous_monthes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "current_month": current_month,
                "previous_monthes": previous_monthes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.month_duration import MonthDuration  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        current_month = d.pop("current_month")

        previous_monthes = []
        _previous_monthes = d.pop("previous_monthes")
        for previous_monthes_item_data in _previous_monthes:
            previous_monthes_item = MonthDuration.from_dict(previous_monthes_item_data)

            previous_monthes.append(previous_monthes_item)

        duration_history = cls(
            total=total,
            current_month=current_month,
            previous_monthes=previous_monthes,
        )

        duration_history.additional_properties = d
        return duration_history

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
