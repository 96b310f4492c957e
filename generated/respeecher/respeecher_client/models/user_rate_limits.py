from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rate_limit import RateLimit


T = TypeVar("T", bound="UserRateLimits")


@_attrs_define
class UserRateLimits:
    """Request budgets: `times` requests per `seconds`. A third-party listing gives 500 per 300 s
    (fast) and 100 per 300 s (slow); the split between the two is not documented.

    """

    fast: RateLimit
    slow: RateLimit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fast = self.fast.to_dict()

        slow = self.slow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fast": fast,
                "slow": slow,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rate_limit import RateLimit  # noqa: PLC0415

        d = dict(src_dict)
        fast = RateLimit.from_dict(d.pop("fast"))

        slow = RateLimit.from_dict(d.pop("slow"))

        user_rate_limits = cls(
            fast=fast,
            slow=slow,
        )

        user_rate_limits.additional_properties = d
        return user_rate_limits

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
