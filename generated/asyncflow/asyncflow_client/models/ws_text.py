from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsText")


@_attrs_define
class WsText:
    """Client → server text chunk ("sendText"). Each chunk always ends with a single space.
    `{"transcript": " "}` every 10 s keeps the connection alive (pipecat). `context_id` comes
    from pipecat 1.14 only (multiplexed contexts; not in the official docs).

        Example:
            {'transcript': 'Welcome to Async. ', 'force': False}

    """

    transcript: str
    force: bool | Unset = False
    """ Synthesise now even if too few characters are buffered. """
    context_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transcript = self.transcript

        force = self.force

        context_id = self.context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcript": transcript,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force
        if context_id is not UNSET:
            field_dict["context_id"] = context_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transcript = d.pop("transcript")

        force = d.pop("force", UNSET)

        context_id = d.pop("context_id", UNSET)

        ws_text = cls(
            transcript=transcript,
            force=force,
            context_id=context_id,
        )

        ws_text.additional_properties = d
        return ws_text

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
