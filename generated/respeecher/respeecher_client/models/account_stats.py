from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversion_stats import ConversionStats
    from ..models.duration_history import DurationHistory
    from ..models.model_stats import ModelStats


T = TypeVar("T", bound="AccountStats")


@_attrs_define
class AccountStats:
    time_converted: DurationHistory
    """ Converted time with a per-month history. `previous_monthes` is spelt that way by the
    vendor.
     """
    conversions: ConversionStats
    models: list[ModelStats]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_converted = self.time_converted.to_dict()

        conversions = self.conversions.to_dict()

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time_converted": time_converted,
                "conversions": conversions,
                "models": models,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversion_stats import ConversionStats  # noqa: PLC0415
        from ..models.duration_history import DurationHistory  # noqa: PLC0415
        from ..models.model_stats import ModelStats  # noqa: PLC0415

        d = dict(src_dict)
        time_converted = DurationHistory.from_dict(d.pop("time_converted"))

        conversions = ConversionStats.from_dict(d.pop("conversions"))

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = ModelStats.from_dict(models_item_data)

            models.append(models_item)

        account_stats = cls(
            time_converted=time_converted,
            conversions=conversions,
            models=models,
        )

        account_stats.additional_properties = d
        return account_stats

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
