from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_status import DatasetStatus

T = TypeVar("T", bound="Dataset")


@_attrs_define
class Dataset:
    """LoRA fine-tuning dataset summary."""

    name: str
    """ Speaker name. """
    sample_count: int
    total_duration_seconds: float
    status: DatasetStatus | str
    """ `ready` is the only documented value; other states (e.g. while training) are undocumented and arrive as
    plain strings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sample_count = self.sample_count

        total_duration_seconds = self.total_duration_seconds

        status: str
        if isinstance(self.status, DatasetStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "sample_count": sample_count,
                "total_duration_seconds": total_duration_seconds,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        sample_count = d.pop("sample_count")

        total_duration_seconds = d.pop("total_duration_seconds")

        def _parse_status(data: object) -> DatasetStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DatasetStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetStatus | str, data)

        status = _parse_status(d.pop("status"))

        dataset = cls(
            name=name,
            sample_count=sample_count,
            total_duration_seconds=total_duration_seconds,
            status=status,
        )

        dataset.additional_properties = d
        return dataset

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
