from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_encoding import AudioEncoding
from ..models.output_format import OutputFormat
from ..models.sampling_rate import SamplingRate
from ..types import UNSET, Unset

T = TypeVar("T", bound="TtsConfig")


@_attrs_define
class TtsConfig:
    """Query-string settings of the TTS WebSocket `/speak/{lang_code}` (see asyncapi.yaml).
    pyneuphonic writes every non-null field as `key=value` joined by `&` without URL
    encoding, in this order: speed, lang_code, voice_id, sampling_rate, encoding, then
    temperature, output_format and extras such as `model`.

    """

    speed: float | Unset = 1.0
    """ Speaking-rate multiplier. """
    lang_code: str | Unset = "en"
    """ Language (also in the path). """
    voice_id: str | Unset = UNSET
    """ Voice to use. """
    sampling_rate: SamplingRate | Unset = UNSET
    """ Output sampling rate in Hz. pyneuphonic 3.1.2 defaults to 24000 (older SDKs, pipecat and LiveKit default to
    22050). """
    encoding: AudioEncoding | Unset = UNSET
    """ `pcm_linear`: signed 16-bit little-endian mono PCM. `pcm_mulaw`: 8-bit mu-law. """
    temperature: float | Unset = UNSET
    """ Sampling temperature. """
    output_format: OutputFormat | Unset = UNSET
    """ Container of the audio, when one is wanted instead of raw samples. """
    model: str | Unset = UNSET
    """ TTS model, e.g. `neu_hq` (sent by LiveKit). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speed = self.speed

        lang_code = self.lang_code

        voice_id = self.voice_id

        sampling_rate: int | Unset = UNSET
        if not isinstance(self.sampling_rate, Unset):
            sampling_rate = self.sampling_rate.value

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        temperature = self.temperature

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if speed is not UNSET:
            field_dict["speed"] = speed
        if lang_code is not UNSET:
            field_dict["lang_code"] = lang_code
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        speed = d.pop("speed", UNSET)

        lang_code = d.pop("lang_code", UNSET)

        voice_id = d.pop("voice_id", UNSET)

        _sampling_rate = d.pop("sampling_rate", UNSET)
        sampling_rate: SamplingRate | Unset
        if isinstance(_sampling_rate, Unset):
            sampling_rate = UNSET
        else:
            sampling_rate = SamplingRate(_sampling_rate)

        _encoding = d.pop("encoding", UNSET)
        encoding: AudioEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = AudioEncoding(_encoding)

        temperature = d.pop("temperature", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: OutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = OutputFormat(_output_format)

        model = d.pop("model", UNSET)

        tts_config = cls(
            speed=speed,
            lang_code=lang_code,
            voice_id=voice_id,
            sampling_rate=sampling_rate,
            encoding=encoding,
            temperature=temperature,
            output_format=output_format,
            model=model,
        )

        tts_config.additional_properties = d
        return tts_config

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
