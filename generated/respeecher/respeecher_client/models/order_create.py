from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_conversion import OrderConversion


T = TypeVar("T", bound="OrderCreate")


@_attrs_define
class OrderCreate:
    original_id: UUID
    """ The original recording to convert. """
    conversions: list[OrderConversion]
    """ One entry per target voice. """
    calibration_id: UUID | Unset = UNSET
    """ Calibration to use when `use_calibration` is true (speech-to-speech only). """
    use_calibration: bool | Unset = False
    """ True: use `calibration_id`. False: use the calibration currently enabled on the
    account. Speech-to-speech only.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_id = str(self.original_id)

        conversions = []
        for conversions_item_data in self.conversions:
            conversions_item = conversions_item_data.to_dict()
            conversions.append(conversions_item)

        calibration_id: str | Unset = UNSET
        if not isinstance(self.calibration_id, Unset):
            calibration_id = str(self.calibration_id)

        use_calibration = self.use_calibration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "original_id": original_id,
                "conversions": conversions,
            }
        )
        if calibration_id is not UNSET:
            field_dict["calibration_id"] = calibration_id
        if use_calibration is not UNSET:
            field_dict["use_calibration"] = use_calibration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_conversion import OrderConversion  # noqa: PLC0415

        d = dict(src_dict)
        original_id = UUID(d.pop("original_id"))

        conversions = []
        _conversions = d.pop("conversions")
        for conversions_item_data in _conversions:
            conversions_item = OrderConversion.from_dict(conversions_item_data)

            conversions.append(conversions_item)

        _calibration_id = d.pop("calibration_id", UNSET)
        calibration_id: UUID | Unset
        if isinstance(_calibration_id, Unset):
            calibration_id = UNSET
        else:
            calibration_id = UUID(_calibration_id)

        use_calibration = d.pop("use_calibration", UNSET)

        order_create = cls(
            original_id=original_id,
            conversions=conversions,
            calibration_id=calibration_id,
            use_calibration=use_calibration,
        )

        order_create.additional_properties = d
        return order_create

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
