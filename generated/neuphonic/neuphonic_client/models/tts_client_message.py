from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TtsClientMessage")


@_attrs_define
class TtsClientMessage:
    """Text frame a client sends on the TTS WebSocket, JSON-encoded. Text can be sent in pieces;
    the token `<STOP>` (inline, e.g. "Hello <STOP>", or alone as " <STOP>") ends a passage,
    and the server waits for more text until it sees it. `{"text": ""}` is used as a
    keepalive (pipecat, every 10 s). Servers also accept a bare, non-JSON text frame holding
    just the text: pyneuphonic sends a `str` passed to `send()` raw.

    """

    text: str
    """ Text to speak, possibly containing `<STOP>`. """
    context_id: str | Unset = UNSET
    """ Optional id grouping the messages of one passage; echoed in the server's messages (neuphonic-js). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        context_id = self.context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if context_id is not UNSET:
            field_dict["context_id"] = context_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        context_id = d.pop("context_id", UNSET)

        tts_client_message = cls(
            text=text,
            context_id=context_id,
        )

        tts_client_message.additional_properties = d
        return tts_client_message

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
