from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.narration_style_info import NarrationStyleInfo
    from ..models.narration_style_settings import NarrationStyleSettings
    from ..models.tag import Tag


T = TypeVar("T", bound="NarrationStyle")


@_attrs_define
class NarrationStyle:
    """The vendor document gives `{id, is_default, info: {name}, settings}`; the official
    Python client reads `{id, is_default, tags: [{name}]}`, so the live shape may have moved
    on. Both `info` and `tags` are therefore optional.

    """

    id: UUID
    is_default: bool
    info: NarrationStyleInfo | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    settings: NarrationStyleSettings | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.narration_style_settings import NarrationStyleSettings  # noqa: PLC0415

        id = str(self.id)

        is_default = self.is_default

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, NarrationStyleSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "is_default": is_default,
            }
        )
        if info is not UNSET:
            field_dict["info"] = info
        if tags is not UNSET:
            field_dict["tags"] = tags
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.narration_style_info import NarrationStyleInfo  # noqa: PLC0415
        from ..models.narration_style_settings import NarrationStyleSettings  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        is_default = d.pop("is_default")

        _info = d.pop("info", UNSET)
        info: NarrationStyleInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = NarrationStyleInfo.from_dict(_info)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        def _parse_settings(data: object) -> NarrationStyleSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = NarrationStyleSettings.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NarrationStyleSettings | None | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        narration_style = cls(
            id=id,
            is_default=is_default,
            info=info,
            tags=tags,
            settings=settings,
        )

        narration_style.additional_properties = d
        return narration_style

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
