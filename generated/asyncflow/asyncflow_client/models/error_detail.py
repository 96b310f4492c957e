from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail_extra import ErrorDetailExtra


T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    error_code: ErrorCode | str
    """ Machine-readable code. The list grows, so unknown codes are accepted as strings. """
    message: str
    """ Human-readable message. """
    extra: ErrorDetailExtra | Unset = UNSET
    """ Additional details; shape undocumented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code: str
        if isinstance(self.error_code, ErrorCode):
            error_code = self.error_code.value
        else:
            error_code = self.error_code

        message = self.message

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
                "message": message,
            }
        )
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_detail_extra import ErrorDetailExtra  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_error_code(data: object) -> ErrorCode | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_code_type_0 = ErrorCode(data)

                return error_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorCode | str, data)

        error_code = _parse_error_code(d.pop("error_code"))

        message = d.pop("message")

        _extra = d.pop("extra", UNSET)
        extra: ErrorDetailExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = ErrorDetailExtra.from_dict(_extra)

        error_detail = cls(
            error_code=error_code,
            message=message,
            extra=extra,
        )

        error_detail.additional_properties = d
        return error_detail

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
