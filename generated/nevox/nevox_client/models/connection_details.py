from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConnectionDetails")


@_attrs_define
class ConnectionDetails:
    """Where and how to join the conversation over WebSocket (see `asyncapi.yaml`)."""

    websocket_url: str
    """ `wss://api.nevoxai.com/v1/ws/{conversation_id}`. """
    token: str
    """ Conversation token (`cvt_...`) for the WebSocket. Its lifetime is undocumented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        websocket_url = self.websocket_url

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "websocket_url": websocket_url,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        websocket_url = d.pop("websocket_url")

        token = d.pop("token")

        connection_details = cls(
            websocket_url=websocket_url,
            token=token,
        )

        connection_details.additional_properties = d
        return connection_details

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
