from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Speaker")


@_attrs_define
class Speaker:
    """A custom speaker. `description` and `voice_sample_uuid` are shown in the docs' example but may be absent or null (no
    description given; not yet deployed).

    """

    name: str
    """ Speaker name (unique, lowercase with hyphens). """
    language: str
    """ BCP-47 language tag, e.g. `en-US`. """
    deployed: bool
    """ Whether the speaker is published in the shared voice catalog. """
    created_at: datetime.datetime
    description: None | str | Unset = UNSET
    voice_sample_uuid: None | str | Unset = UNSET
    """ Catalog voice-sample id (`vs_...`) of the deployed speaker; use it when creating agents and campaigns. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language

        deployed = self.deployed

        created_at = self.created_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        voice_sample_uuid: None | str | Unset
        if isinstance(self.voice_sample_uuid, Unset):
            voice_sample_uuid = UNSET
        else:
            voice_sample_uuid = self.voice_sample_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "language": language,
                "deployed": deployed,
                "created_at": created_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if voice_sample_uuid is not UNSET:
            field_dict["voice_sample_uuid"] = voice_sample_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        language = d.pop("language")

        deployed = d.pop("deployed")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_voice_sample_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_sample_uuid = _parse_voice_sample_uuid(d.pop("voice_sample_uuid", UNSET))

        speaker = cls(
            name=name,
            language=language,
            deployed=deployed,
            created_at=created_at,
            description=description,
            voice_sample_uuid=voice_sample_uuid,
        )

        speaker.additional_properties = d
        return speaker

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
