from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentResult")


@_attrs_define
class DeploymentResult:
    """Result of deploy or undeploy. Undocumented: the seed shows `{name, deployed, voice_sample_uuid}`
    for deploy and nothing for undeploy, so every field is optional and unknown fields are kept.

    """

    name: str | Unset = UNSET
    deployed: bool | Unset = UNSET
    voice_sample_uuid: None | str | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        deployed = self.deployed

        voice_sample_uuid: None | str | Unset
        if isinstance(self.voice_sample_uuid, Unset):
            voice_sample_uuid = UNSET
        else:
            voice_sample_uuid = self.voice_sample_uuid

        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if deployed is not UNSET:
            field_dict["deployed"] = deployed
        if voice_sample_uuid is not UNSET:
            field_dict["voice_sample_uuid"] = voice_sample_uuid
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        deployed = d.pop("deployed", UNSET)

        def _parse_voice_sample_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_sample_uuid = _parse_voice_sample_uuid(d.pop("voice_sample_uuid", UNSET))

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        deployment_result = cls(
            name=name,
            deployed=deployed,
            voice_sample_uuid=voice_sample_uuid,
            status=status,
            message=message,
        )

        deployment_result.additional_properties = d
        return deployment_result

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
