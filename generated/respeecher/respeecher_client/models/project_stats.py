from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversion_stats import ConversionStats
    from ..models.duration_stats import DurationStats


T = TypeVar("T", bound="ProjectStats")


@_attrs_define
class ProjectStats:
    project_id: UUID
    time_converted: DurationStats
    """ Converted time (unit not documented; seconds in practice). """
    conversions: ConversionStats
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = str(self.project_id)

        time_converted = self.time_converted.to_dict()

        conversions = self.conversions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "time_converted": time_converted,
                "conversions": conversions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversion_stats import ConversionStats  # noqa: PLC0415
        from ..models.duration_stats import DurationStats  # noqa: PLC0415

        d = dict(src_dict)
        project_id = UUID(d.pop("project_id"))

        time_converted = DurationStats.from_dict(d.pop("time_converted"))

        conversions = ConversionStats.from_dict(d.pop("conversions"))

        project_stats = cls(
            project_id=project_id,
            time_converted=time_converted,
            conversions=conversions,
        )

        project_stats.additional_properties = d
        return project_stats

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
