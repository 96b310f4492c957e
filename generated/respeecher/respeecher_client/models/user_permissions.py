from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPermissions")


@_attrs_define
class UserPermissions:
    long_conversions: bool | Unset = False
    download: bool | Unset = False
    can_read: bool | Unset = True
    can_write: bool | Unset = False
    access_level: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        long_conversions = self.long_conversions

        download = self.download

        can_read = self.can_read

        can_write = self.can_write

        access_level: None | str | Unset
        if isinstance(self.access_level, Unset):
            access_level = UNSET
        else:
            access_level = self.access_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if long_conversions is not UNSET:
            field_dict["long_conversions"] = long_conversions
        if download is not UNSET:
            field_dict["download"] = download
        if can_read is not UNSET:
            field_dict["can_read"] = can_read
        if can_write is not UNSET:
            field_dict["can_write"] = can_write
        if access_level is not UNSET:
            field_dict["access_level"] = access_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        long_conversions = d.pop("long_conversions", UNSET)

        download = d.pop("download", UNSET)

        can_read = d.pop("can_read", UNSET)

        can_write = d.pop("can_write", UNSET)

        def _parse_access_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_level = _parse_access_level(d.pop("access_level", UNSET))

        user_permissions = cls(
            long_conversions=long_conversions,
            download=download,
            can_read=can_read,
            can_write=can_write,
            access_level=access_level,
        )

        user_permissions.additional_properties = d
        return user_permissions

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
