from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsFinal")


@_attrs_define
class WsFinal:
    """Server → client end of generation ("finalOutput"): `final` is true and `audio` is documented
    as always "" (not enforced). `context_id` per pipecat 1.14.

        Example:
            {'audio': '', 'final': True}

    """

    audio: str
    final: bool
    context_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio

        final = self.final

        context_id = self.context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "final": final,
            }
        )
        if context_id is not UNSET:
            field_dict["context_id"] = context_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio = d.pop("audio")

        final = d.pop("final")

        context_id = d.pop("context_id", UNSET)

        ws_final = cls(
            audio=audio,
            final=final,
            context_id=context_id,
        )

        ws_final.additional_properties = d
        return ws_final

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
