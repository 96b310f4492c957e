from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="RecordingUpload")


@_attrs_define
class RecordingUpload:
    """Multipart body of `upload_recording`."""

    data: File
    """ The audio (wav, ogg, mp3 or flac). """
    parent_folder_id: UUID
    """ Folder that will hold the recording. """
    microphone: str
    """ Name of the capture device; `file` for an uploaded file. """
    label: str | Unset = UNSET
    """ Label shown in the studio (letters, digits, spaces and hyphens). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_tuple()

        parent_folder_id = str(self.parent_folder_id)

        microphone = self.microphone

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "parent_folder_id": parent_folder_id,
                "microphone": microphone,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("data", self.data.to_tuple()))

        files.append(("parent_folder_id", (None, str(self.parent_folder_id), "text/plain")))

        files.append(("microphone", (None, str(self.microphone).encode(), "text/plain")))

        if not isinstance(self.label, Unset):
            files.append(("label", (None, str(self.label).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = File(payload=BytesIO(d.pop("data")))

        parent_folder_id = UUID(d.pop("parent_folder_id"))

        microphone = d.pop("microphone")

        label = d.pop("label", UNSET)

        recording_upload = cls(
            data=data,
            parent_folder_id=parent_folder_id,
            microphone=microphone,
            label=label,
        )

        recording_upload.additional_properties = d
        return recording_upload

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
