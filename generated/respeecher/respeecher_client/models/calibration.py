from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.calibration_state import CalibrationState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Calibration")


@_attrs_define
class Calibration:
    id: UUID
    name: str
    user_id: UUID
    bucket: str
    """ Storage bucket of the sample. """
    key: str
    """ Storage key of the sample. """
    state: CalibrationState | str
    created_at: datetime.datetime
    enabled: bool
    """ Whether this is the calibration used by default. """
    f0: float | None | Unset = UNSET
    """ Measured fundamental frequency of the speaker (Hz). """
    algorithm: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    calibrated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        user_id = str(self.user_id)

        bucket = self.bucket

        key = self.key

        state: str
        if isinstance(self.state, CalibrationState):
            state = self.state.value
        else:
            state = self.state

        created_at = self.created_at.isoformat()

        enabled = self.enabled

        f0: float | None | Unset
        if isinstance(self.f0, Unset):
            f0 = UNSET
        else:
            f0 = self.f0

        algorithm: None | str | Unset
        if isinstance(self.algorithm, Unset):
            algorithm = UNSET
        else:
            algorithm = self.algorithm

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        calibrated_at: None | str | Unset
        if isinstance(self.calibrated_at, Unset):
            calibrated_at = UNSET
        elif isinstance(self.calibrated_at, datetime.datetime):
            calibrated_at = self.calibrated_at.isoformat()
        else:
            calibrated_at = self.calibrated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "user_id": user_id,
                "bucket": bucket,
                "key": key,
                "state": state,
                "created_at": created_at,
                "enabled": enabled,
            }
        )
        if f0 is not UNSET:
            field_dict["f0"] = f0
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if error is not UNSET:
            field_dict["error"] = error
        if calibrated_at is not UNSET:
            field_dict["calibrated_at"] = calibrated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        user_id = UUID(d.pop("user_id"))

        bucket = d.pop("bucket")

        key = d.pop("key")

        def _parse_state(data: object) -> CalibrationState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = CalibrationState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CalibrationState | str, data)

        state = _parse_state(d.pop("state"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        enabled = d.pop("enabled")

        def _parse_f0(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        f0 = _parse_f0(d.pop("f0", UNSET))

        def _parse_algorithm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        algorithm = _parse_algorithm(d.pop("algorithm", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_calibrated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                calibrated_at_type_0 = datetime.datetime.fromisoformat(data)

                return calibrated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        calibrated_at = _parse_calibrated_at(d.pop("calibrated_at", UNSET))

        calibration = cls(
            id=id,
            name=name,
            user_id=user_id,
            bucket=bucket,
            key=key,
            state=state,
            created_at=created_at,
            enabled=enabled,
            f0=f0,
            algorithm=algorithm,
            error=error,
            calibrated_at=calibrated_at,
        )

        calibration.additional_properties = d
        return calibration

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
