from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TtsRecordingCreate")


@_attrs_define
class TtsRecordingCreate:
    """Body of the deprecated `create_tts_recording`. The docs example also sends `project_id`,
    which the vendor document does not list; it is accepted here as optional.

    """

    parent_folder_id: UUID
    text: str
    voice_id: UUID
    """ A TTS voice id from `list_tts_voices`. """
    label: str | Unset = UNSET
    project_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_folder_id = str(self.parent_folder_id)

        text = self.text

        voice_id = str(self.voice_id)

        label = self.label

        project_id: str | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = str(self.project_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parent_folder_id": parent_folder_id,
                "text": text,
                "voice_id": voice_id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_folder_id = UUID(d.pop("parent_folder_id"))

        text = d.pop("text")

        voice_id = UUID(d.pop("voice_id"))

        label = d.pop("label", UNSET)

        _project_id = d.pop("project_id", UNSET)
        project_id: UUID | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = UUID(_project_id)

        tts_recording_create = cls(
            parent_folder_id=parent_folder_id,
            text=text,
            voice_id=voice_id,
            label=label,
            project_id=project_id,
        )

        tts_recording_create.additional_properties = d
        return tts_recording_create

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
