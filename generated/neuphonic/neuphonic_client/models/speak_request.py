from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_encoding import AudioEncoding
from ..models.output_format import OutputFormat
from ..models.sampling_rate import SamplingRate
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpeakRequest")


@_attrs_define
class SpeakRequest:
    """Body of sse_speak: the text plus the TTS settings. pyneuphonic sends every non-null
    setting of its TTSConfig and allows extra keys (LiveKit sends `model`, e.g. `neu_hq`),
    so unknown keys are accepted. The partial spec names the voice `voice`; the SDKs and the
    docs use `voice_id`.

    """

    text: str
    """ Text to speak. """
    voice_id: str | Unset = UNSET
    """ Voice to use (an `id` from list_voices). When absent the server picks a default voice for the language. """
    lang_code: str | Unset = "en"
    """ Language; pyneuphonic repeats the path's `lang_code` here. """
    speed: float | Unset = 1.0
    """ Speaking-rate multiplier (the docs give 0.7-1.5 in one place and 0.7-2.0 in another). """
    temperature: float | Unset = UNSET
    """ Sampling temperature; higher is more varied. """
    sampling_rate: SamplingRate | Unset = UNSET
    """ Output sampling rate in Hz. pyneuphonic 3.1.2 defaults to 24000 (older SDKs, pipecat and LiveKit default to
    22050). """
    encoding: AudioEncoding | Unset = UNSET
    """ `pcm_linear`: signed 16-bit little-endian mono PCM. `pcm_mulaw`: 8-bit mu-law. """
    output_format: OutputFormat | Unset = UNSET
    """ Container of the audio, when one is wanted instead of raw samples. """
    model: str | Unset = UNSET
    """ TTS model, e.g. `neu_hq` or `neu_fast` (not a pyneuphonic 3.1.2 field; the voice may choose the model). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice_id = self.voice_id

        lang_code = self.lang_code

        speed = self.speed

        temperature = self.temperature

        sampling_rate: int | Unset = UNSET
        if not isinstance(self.sampling_rate, Unset):
            sampling_rate = self.sampling_rate.value

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if lang_code is not UNSET:
            field_dict["lang_code"] = lang_code
        if speed is not UNSET:
            field_dict["speed"] = speed
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        voice_id = d.pop("voice_id", UNSET)

        lang_code = d.pop("lang_code", UNSET)

        speed = d.pop("speed", UNSET)

        temperature = d.pop("temperature", UNSET)

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

        _output_format = d.pop("output_format", UNSET)
        output_format: OutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = OutputFormat(_output_format)

        model = d.pop("model", UNSET)

        speak_request = cls(
            text=text,
            voice_id=voice_id,
            lang_code=lang_code,
            speed=speed,
            temperature=temperature,
            sampling_rate=sampling_rate,
            encoding=encoding,
            output_format=output_format,
            model=model,
        )

        speak_request.additional_properties = d
        return speak_request

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
