from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accent_info import AccentInfo
    from ..models.accent_settings import AccentSettings
    from ..models.tier import Tier


T = TypeVar("T", bound="Accent")


@_attrs_define
class Accent:
    id: UUID
    is_default: bool
    native: bool
    info: AccentInfo
    tiers: list[Tier]
    available: bool | Unset = False
    settings: AccentSettings | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.accent_settings import AccentSettings  # noqa: PLC0415

        id = str(self.id)

        is_default = self.is_default

        native = self.native

        info = self.info.to_dict()

        tiers = []
        for tiers_item_data in self.tiers:
            tiers_item = tiers_item_data.to_dict()
            tiers.append(tiers_item)

        available = self.available

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, AccentSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "is_default": is_default,
                "native": native,
                "info": info,
                "tiers": tiers,
            }
        )
        if available is not UNSET:
            field_dict["available"] = available
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accent_info import AccentInfo  # noqa: PLC0415
        from ..models.accent_settings import AccentSettings  # noqa: PLC0415
        from ..models.tier import Tier  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        is_default = d.pop("is_default")

        native = d.pop("native")

        info = AccentInfo.from_dict(d.pop("info"))

        tiers = []
        _tiers = d.pop("tiers")
        for tiers_item_data in _tiers:
            tiers_item = Tier.from_dict(tiers_item_data)

            tiers.append(tiers_item)

        available = d.pop("available", UNSET)

        def _parse_settings(data: object) -> AccentSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = AccentSettings.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccentSettings | None | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        accent = cls(
            id=id,
            is_default=is_default,
            native=native,
            info=info,
            tiers=tiers,
            available=available,
            settings=settings,
        )

        accent.additional_properties = d
        return accent

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
