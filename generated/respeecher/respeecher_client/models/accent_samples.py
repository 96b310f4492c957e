from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accent_sample_map import AccentSampleMap


T = TypeVar("T", bound="AccentSamples")


@_attrs_define
class AccentSamples:
    """The structure of `samples` is not documented anywhere (the vendor document types it as
    a bare object and no example is published).

    """

    samples: AccentSampleMap | Unset = UNSET
    """ Samples of an accent, keyed by a name the vendor does not document. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        samples: dict[str, Any] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = self.samples.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if samples is not UNSET:
            field_dict["samples"] = samples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accent_sample_map import AccentSampleMap  # noqa: PLC0415

        d = dict(src_dict)
        _samples = d.pop("samples", UNSET)
        samples: AccentSampleMap | Unset
        if isinstance(_samples, Unset):
            samples = UNSET
        else:
            samples = AccentSampleMap.from_dict(_samples)

        accent_samples = cls(
            samples=samples,
        )

        accent_samples.additional_properties = d
        return accent_samples

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
