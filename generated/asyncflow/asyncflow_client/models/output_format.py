from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_container import AudioContainer
from ..models.audio_encoding import AudioEncoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputFormat")


@_attrs_define
class OutputFormat:
    """Audio format of `text_to_speech` and `text_to_speech_with_timestamps` (and of the WebSocket
    init, where the whole object is optional and defaults to raw / pcm_s16le / 44100 Hz).

    """

    container: AudioContainer
    """ `raw` is headerless PCM in `encoding`; `mp3` uses `bit_rate`; `wav` is audio with a RIFF
    header. No source says whether a `wav` carries the requested `encoding` (e.g. 32-bit float)
    or 16-bit PCM; both conform, and clients should read the WAV header rather than assume.
     """
    encoding: AudioEncoding | Unset = UNSET
    """ PCM sample encoding, ignored for mp3. `pcm_f32le` and `pcm_s16le` are official; `pcm_mulaw`
    appears only in third-party specs.
     """
    sample_rate: int | Unset = UNSET
    """ Hz. Only the range is documented, not the list of accepted rates. """
    bit_rate: int | Unset = UNSET
    """ Bits per second; used only with mp3. The server default is 192000; it is not written as
    `default` because the generated client would then send it with every format.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container = self.container.value

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        sample_rate = self.sample_rate

        bit_rate = self.bit_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container": container,
            }
        )
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if bit_rate is not UNSET:
            field_dict["bit_rate"] = bit_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container = AudioContainer(d.pop("container"))

        _encoding = d.pop("encoding", UNSET)
        encoding: AudioEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = AudioEncoding(_encoding)

        sample_rate = d.pop("sample_rate", UNSET)

        bit_rate = d.pop("bit_rate", UNSET)

        output_format = cls(
            container=container,
            encoding=encoding,
            sample_rate=sample_rate,
            bit_rate=bit_rate,
        )

        output_format.additional_properties = d
        return output_format

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
