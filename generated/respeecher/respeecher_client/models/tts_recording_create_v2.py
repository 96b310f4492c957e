from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TtsRecordingCreateV2")


@_attrs_define
class TtsRecordingCreateV2:
    """`text_language` is in the docs and sent by the official client but missing from the
    vendor's v0.6.0 document.

    """

    parent_folder_id: UUID
    """ Folder that will hold the recording. """
    text: str
    tts_voice_id: UUID | Unset = UNSET
    """ A TTS voice id from `list_tts_voices`; the account default when omitted. """
    text_language: str | Unset = UNSET
    """ ISO 639 language code of the text; detected automatically when omitted. """
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_folder_id = str(self.parent_folder_id)

        text = self.text

        tts_voice_id: str | Unset = UNSET
        if not isinstance(self.tts_voice_id, Unset):
            tts_voice_id = str(self.tts_voice_id)

        text_language = self.text_language

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parent_folder_id": parent_folder_id,
                "text": text,
            }
        )
        if tts_voice_id is not UNSET:
            field_dict["tts_voice_id"] = tts_voice_id
        if text_language is not UNSET:
            field_dict["text_language"] = text_language
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_folder_id = UUID(d.pop("parent_folder_id"))

        text = d.pop("text")

        _tts_voice_id = d.pop("tts_voice_id", UNSET)
        tts_voice_id: UUID | Unset
        if isinstance(_tts_voice_id, Unset):
            tts_voice_id = UNSET
        else:
            tts_voice_id = UUID(_tts_voice_id)

        text_language = d.pop("text_language", UNSET)

        label = d.pop("label", UNSET)

        tts_recording_create_v2 = cls(
            parent_folder_id=parent_folder_id,
            text=text,
            tts_voice_id=tts_voice_id,
            text_language=text_language,
            label=label,
        )

        tts_recording_create_v2.additional_properties = d
        return tts_recording_create_v2

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
