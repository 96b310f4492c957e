from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="UpdateVoiceForm")


@_attrs_define
class UpdateVoiceForm:
    """Multipart form of update_voice. Name and tags are query parameters."""

    new_voice_file: File | Unset = UNSET
    """ New WAV or MP3 sample replacing the current one (at least 6 seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_voice_file: FileTypes | Unset = UNSET
        if not isinstance(self.new_voice_file, Unset):
            new_voice_file = self.new_voice_file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new_voice_file is not UNSET:
            field_dict["new_voice_file"] = new_voice_file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.new_voice_file, Unset):
            files.append(("new_voice_file", self.new_voice_file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _new_voice_file = d.pop("new_voice_file", UNSET)
        new_voice_file: File | Unset
        if isinstance(_new_voice_file, Unset):
            new_voice_file = UNSET
        else:
            new_voice_file = File(payload=BytesIO(_new_voice_file))

        update_voice_form = cls(
            new_voice_file=new_voice_file,
        )

        update_voice_form.additional_properties = d
        return update_voice_form

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
