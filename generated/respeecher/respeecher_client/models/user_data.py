from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_calibration import UserCalibration
    from ..models.user_permissions import UserPermissions
    from ..models.user_rate_limits import UserRateLimits


T = TypeVar("T", bound="UserData")


@_attrs_define
class UserData:
    """Account settings and limits. The vendor document lists many more members (billing,
    promotions, onboarding state...); only the ones useful to an API client are typed here,
    the rest are kept as additional properties.

    """

    bucket: None | str | Unset = UNSET
    calibration: None | Unset | UserCalibration = UNSET
    rate_limits: None | Unset | UserRateLimits = UNSET
    permissions: None | Unset | UserPermissions = UNSET
    experimental: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_calibration import UserCalibration  # noqa: PLC0415
        from ..models.user_permissions import UserPermissions  # noqa: PLC0415
        from ..models.user_rate_limits import UserRateLimits  # noqa: PLC0415

        bucket: None | str | Unset
        if isinstance(self.bucket, Unset):
            bucket = UNSET
        else:
            bucket = self.bucket

        calibration: dict[str, Any] | None | Unset
        if isinstance(self.calibration, Unset):
            calibration = UNSET
        elif isinstance(self.calibration, UserCalibration):
            calibration = self.calibration.to_dict()
        else:
            calibration = self.calibration

        rate_limits: dict[str, Any] | None | Unset
        if isinstance(self.rate_limits, Unset):
            rate_limits = UNSET
        elif isinstance(self.rate_limits, UserRateLimits):
            rate_limits = self.rate_limits.to_dict()
        else:
            rate_limits = self.rate_limits

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, UserPermissions):
            permissions = self.permissions.to_dict()
        else:
            permissions = self.permissions

        experimental = self.experimental

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if calibration is not UNSET:
            field_dict["calibration"] = calibration
        if rate_limits is not UNSET:
            field_dict["rate_limits"] = rate_limits
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if experimental is not UNSET:
            field_dict["experimental"] = experimental

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_calibration import UserCalibration  # noqa: PLC0415
        from ..models.user_permissions import UserPermissions  # noqa: PLC0415
        from ..models.user_rate_limits import UserRateLimits  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket = _parse_bucket(d.pop("bucket", UNSET))

        def _parse_calibration(data: object) -> None | Unset | UserCalibration:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                calibration_type_0 = UserCalibration.from_dict(data)

                return calibration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserCalibration, data)

        calibration = _parse_calibration(d.pop("calibration", UNSET))

        def _parse_rate_limits(data: object) -> None | Unset | UserRateLimits:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rate_limits_type_0 = UserRateLimits.from_dict(data)

                return rate_limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserRateLimits, data)

        rate_limits = _parse_rate_limits(d.pop("rate_limits", UNSET))

        def _parse_permissions(data: object) -> None | Unset | UserPermissions:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                permissions_type_0 = UserPermissions.from_dict(data)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserPermissions, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        experimental = d.pop("experimental", UNSET)

        user_data = cls(
            bucket=bucket,
            calibration=calibration,
            rate_limits=rate_limits,
            permissions=permissions,
            experimental=experimental,
        )

        user_data.additional_properties = d
        return user_data

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
