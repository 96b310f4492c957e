from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WordAlignment")


@_attrs_define
class WordAlignment:
    """Three parallel arrays, one entry per word."""

    words: list[str]
    word_start_times_milliseconds: list[float]
    word_end_times_milliseconds: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        words = self.words

        word_start_times_milliseconds = self.word_start_times_milliseconds

        word_end_times_milliseconds = self.word_end_times_milliseconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "words": words,
                "word_start_times_milliseconds": word_start_times_milliseconds,
                "word_end_times_milliseconds": word_end_times_milliseconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        words = cast(list[str], d.pop("words"))

        word_start_times_milliseconds = cast(list[float], d.pop("word_start_times_milliseconds"))

        word_end_times_milliseconds = cast(list[float], d.pop("word_end_times_milliseconds"))

        word_alignment = cls(
            words=words,
            word_start_times_milliseconds=word_start_times_milliseconds,
            word_end_times_milliseconds=word_end_times_milliseconds,
        )

        word_alignment.additional_properties = d
        return word_alignment

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
