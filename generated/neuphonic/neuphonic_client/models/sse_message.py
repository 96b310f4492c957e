from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sse_audio_chunk import SseAudioChunk


T = TypeVar("T", bound="SseMessage")


@_attrs_define
class SseMessage:
    """JSON payload of one server-sent event of sse_speak (the text after `data: `). Normal events
    have `status_code` 200 and an audio chunk in `data`; an error event has `data` null and a
    non-empty `errors` list. The docs render `status_code` as the string "200", which
    pyneuphonic coerces; the server sends an integer.

    """

    status_code: int
    """ HTTP-like status of this event. """
    data: None | SseAudioChunk
    """ The audio chunk, or null in an error event. """
    errors: list[str] | None | Unset = UNSET
    """ Error messages; present and non-null only in an error event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sse_audio_chunk import SseAudioChunk  # noqa: PLC0415

        status_code = self.status_code

        data: dict[str, Any] | None
        if isinstance(self.data, SseAudioChunk):
            data = self.data.to_dict()
        else:
            data = self.data

        errors: list[str] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_code": status_code,
                "data": data,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sse_audio_chunk import SseAudioChunk  # noqa: PLC0415

        d = dict(src_dict)
        status_code = d.pop("status_code")

        def _parse_data(data: object) -> None | SseAudioChunk:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = SseAudioChunk.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SseAudioChunk, data)

        data = _parse_data(d.pop("data"))

        def _parse_errors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = cast(list[str], data)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        sse_message = cls(
            status_code=status_code,
            data=data,
            errors=errors,
        )

        sse_message.additional_properties = d
        return sse_message

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
