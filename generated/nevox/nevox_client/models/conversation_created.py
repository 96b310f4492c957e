from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_status import ConversationStatus

if TYPE_CHECKING:
    from ..models.connection_details import ConnectionDetails


T = TypeVar("T", bound="ConversationCreated")


@_attrs_define
class ConversationCreated:
    conversation_id: str
    status: ConversationStatus | str
    """ Documented values are `active` and `completed`; others arrive as plain strings. """
    created_at: datetime.datetime
    connection_details: ConnectionDetails
    """ Where and how to join the conversation over WebSocket (see `asyncapi.yaml`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        status: str
        if isinstance(self.status, ConversationStatus):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at.isoformat()

        connection_details = self.connection_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "status": status,
                "created_at": created_at,
                "connection_details": connection_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connection_details import ConnectionDetails  # noqa: PLC0415

        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        def _parse_status(data: object) -> ConversationStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ConversationStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationStatus | str, data)

        status = _parse_status(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        connection_details = ConnectionDetails.from_dict(d.pop("connection_details"))

        conversation_created = cls(
            conversation_id=conversation_id,
            status=status,
            created_at=created_at,
            connection_details=connection_details,
        )

        conversation_created.additional_properties = d
        return conversation_created

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
