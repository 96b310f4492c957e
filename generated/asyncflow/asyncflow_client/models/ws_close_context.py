from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsCloseContext")


@_attrs_define
class WsCloseContext:
    """Client → server, closes one context (pipecat 1.14 only; not in the official docs).

    Example:
        {'context_id': 'ctx-1', 'close_context': True, 'transcript': ''}

    """

    context_id: str
    close_context: bool
    transcript: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context_id = self.context_id

        close_context = self.close_context

        transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context_id": context_id,
                "close_context": close_context,
            }
        )
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context_id = d.pop("context_id")

        close_context = d.pop("close_context")

        transcript = d.pop("transcript", UNSET)

        ws_close_context = cls(
            context_id=context_id,
            close_context=close_context,
            transcript=transcript,
        )

        ws_close_context.additional_properties = d
        return ws_close_context

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
