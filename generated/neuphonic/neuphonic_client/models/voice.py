from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Voice")


@_attrs_define
class Voice:
    """A voice as the SDKs read it (neuphonic-js zod schema; pyneuphonic uses `voice_id` to find
    a voice by name and `id` to find it by id, so both are required and carry the same value).
    The partial spec shows `voice_name` and `is_cloned` instead of `name` and `type`; no SDK
    reads those, and if sent they are kept as additional properties.

    """

    id: str
    """ Voice id (same value as `voice_id`). """
    voice_id: str
    """ Voice id (same value as `id`). """
    name: str
    """ Display name. """
    tags: list[str] | None | Unset = UNSET
    """ Tags of the voice, or null when it has none. """
    model_availability: list[str] | Unset = UNSET
    """ TTS models that can speak with this voice. """
    created_at: str | Unset = UNSET
    """ Creation time as sent by the server (neuphonic-js reads it as a plain string; its format is not documented).
    """
    updated_at: str | Unset = UNSET
    """ Last update time as sent by the server (format not documented). """
    type_: str | Unset = UNSET
    """ Kind of voice, e.g. standard or cloned; the set of values is not documented. """
    lang_code: str | Unset = UNSET
    """ Language of the voice, e.g. `en`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        voice_id = self.voice_id

        name = self.name

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        model_availability: list[str] | Unset = UNSET
        if not isinstance(self.model_availability, Unset):
            model_availability = self.model_availability

        created_at = self.created_at

        updated_at = self.updated_at

        type_ = self.type_

        lang_code = self.lang_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "voice_id": voice_id,
                "name": name,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if model_availability is not UNSET:
            field_dict["model_availability"] = model_availability
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if lang_code is not UNSET:
            field_dict["lang_code"] = lang_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        voice_id = d.pop("voice_id")

        name = d.pop("name")

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        model_availability = cast(list[str], d.pop("model_availability", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        type_ = d.pop("type", UNSET)

        lang_code = d.pop("lang_code", UNSET)

        voice = cls(
            id=id,
            voice_id=voice_id,
            name=name,
            tags=tags,
            model_availability=model_availability,
            created_at=created_at,
            updated_at=updated_at,
            type_=type_,
            lang_code=lang_code,
        )

        voice.additional_properties = d
        return voice

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
