from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_state import OrderState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    id: UUID
    user_id: UUID
    original_id: UUID
    conversion_id: UUID
    """ The recording (type `converted`) this order produces. """
    tracking_id: UUID
    state: OrderState | str
    created_at: datetime.datetime
    transaction_id: None | Unset | UUID = UNSET
    moderation_id: None | Unset | UUID = UNSET
    calibration_id: None | Unset | UUID = UNSET
    f0: float | None | Unset = UNSET
    closed_at: datetime.datetime | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        user_id = str(self.user_id)

        original_id = str(self.original_id)

        conversion_id = str(self.conversion_id)

        tracking_id = str(self.tracking_id)

        state: str
        if isinstance(self.state, OrderState):
            state = self.state.value
        else:
            state = self.state

        created_at = self.created_at.isoformat()

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        elif isinstance(self.transaction_id, UUID):
            transaction_id = str(self.transaction_id)
        else:
            transaction_id = self.transaction_id

        moderation_id: None | str | Unset
        if isinstance(self.moderation_id, Unset):
            moderation_id = UNSET
        elif isinstance(self.moderation_id, UUID):
            moderation_id = str(self.moderation_id)
        else:
            moderation_id = self.moderation_id

        calibration_id: None | str | Unset
        if isinstance(self.calibration_id, Unset):
            calibration_id = UNSET
        elif isinstance(self.calibration_id, UUID):
            calibration_id = str(self.calibration_id)
        else:
            calibration_id = self.calibration_id

        f0: float | None | Unset
        if isinstance(self.f0, Unset):
            f0 = UNSET
        else:
            f0 = self.f0

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "original_id": original_id,
                "conversion_id": conversion_id,
                "tracking_id": tracking_id,
                "state": state,
                "created_at": created_at,
            }
        )
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if moderation_id is not UNSET:
            field_dict["moderation_id"] = moderation_id
        if calibration_id is not UNSET:
            field_dict["calibration_id"] = calibration_id
        if f0 is not UNSET:
            field_dict["f0"] = f0
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        user_id = UUID(d.pop("user_id"))

        original_id = UUID(d.pop("original_id"))

        conversion_id = UUID(d.pop("conversion_id"))

        tracking_id = UUID(d.pop("tracking_id"))

        def _parse_state(data: object) -> OrderState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = OrderState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderState | str, data)

        state = _parse_state(d.pop("state"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_transaction_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transaction_id_type_0 = UUID(data)

                return transaction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        transaction_id = _parse_transaction_id(d.pop("transaction_id", UNSET))

        def _parse_moderation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moderation_id_type_0 = UUID(data)

                return moderation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        moderation_id = _parse_moderation_id(d.pop("moderation_id", UNSET))

        def _parse_calibration_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                calibration_id_type_0 = UUID(data)

                return calibration_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        calibration_id = _parse_calibration_id(d.pop("calibration_id", UNSET))

        def _parse_f0(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        f0 = _parse_f0(d.pop("f0", UNSET))

        def _parse_closed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        order = cls(
            id=id,
            user_id=user_id,
            original_id=original_id,
            conversion_id=conversion_id,
            tracking_id=tracking_id,
            state=state,
            created_at=created_at,
            transaction_id=transaction_id,
            moderation_id=moderation_id,
            calibration_id=calibration_id,
            f0=f0,
            closed_at=closed_at,
            error=error,
        )

        order.additional_properties = d
        return order

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
