from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speaker_create_status import SpeakerCreateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpeakerCreated")


@_attrs_define
class SpeakerCreated:
    name: str
    language: str
    status: SpeakerCreateStatus | str
    """ `created` is the only documented value. """
    message: str | Unset = UNSET
    """ Human-readable next steps. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language

        status: str
        if isinstance(self.status, SpeakerCreateStatus):
            status = self.status.value
        else:
            status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "language": language,
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        language = d.pop("language")

        def _parse_status(data: object) -> SpeakerCreateStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SpeakerCreateStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SpeakerCreateStatus | str, data)

        status = _parse_status(d.pop("status"))

        message = d.pop("message", UNSET)

        speaker_created = cls(
            name=name,
            language=language,
            status=status,
            message=message,
        )

        speaker_created.additional_properties = d
        return speaker_created

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
