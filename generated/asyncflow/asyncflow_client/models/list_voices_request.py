from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_gender_filter import VoiceGenderFilter
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListVoicesRequest")


@_attrs_define
class ListVoicesRequest:
    limit: int | Unset = 10
    """ Page size. """
    after: str | Unset = UNSET
    """ Cursor; the `next_cursor` of the previous page (third-party). """
    gender: VoiceGenderFilter | Unset = UNSET
    """ Gender filter of `list_voices` (official values). """
    my_voice: bool | Unset = UNSET
    """ Only the caller's own (cloned) voices. """
    model_id: str | Unset = UNSET
    """ Only voices usable with this model (third-party). """
    language: str | Unset = UNSET
    """ ISO 639-1 filter (third-party). """
    accent: str | Unset = UNSET
    """ Accent filter (third-party). """
    style: str | Unset = UNSET
    """ Style filter (third-party). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        after = self.after

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        my_voice = self.my_voice

        model_id = self.model_id

        language = self.language

        accent = self.accent

        style = self.style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if after is not UNSET:
            field_dict["after"] = after
        if gender is not UNSET:
            field_dict["gender"] = gender
        if my_voice is not UNSET:
            field_dict["my_voice"] = my_voice
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if language is not UNSET:
            field_dict["language"] = language
        if accent is not UNSET:
            field_dict["accent"] = accent
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        after = d.pop("after", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: VoiceGenderFilter | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = VoiceGenderFilter(_gender)

        my_voice = d.pop("my_voice", UNSET)

        model_id = d.pop("model_id", UNSET)

        language = d.pop("language", UNSET)

        accent = d.pop("accent", UNSET)

        style = d.pop("style", UNSET)

        list_voices_request = cls(
            limit=limit,
            after=after,
            gender=gender,
            my_voice=my_voice,
            model_id=model_id,
            language=language,
            accent=accent,
            style=style,
        )

        list_voices_request.additional_properties = d
        return list_voices_request

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
