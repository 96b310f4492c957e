from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_output_format import StreamOutputFormat
    from ..models.voice_spec import VoiceSpec


T = TypeVar("T", bound="TtsStreamRequest")


@_attrs_define
class TtsStreamRequest:
    """Body of `text_to_speech_stream`; as `TtsRequest` but with the stricter `StreamOutputFormat`."""

    model_id: str
    """ TTS model. Known values: `asyncflow_v2.0` (older docs), `async_flash_v1.0` (newer docs; the
    only one documented for the complete-file and with_timestamps endpoints), `async_flash_v1.5`
    (pipecat 1.14 default) and `async_pro_v1.0` (third-party). Not a closed enum because the list
    has changed with every docs revision.
     """
    transcript: str
    """ Text to speak. Inline markup is accepted: `<phonemes>IPA</phonemes>`, `<digits>123</digits>`
    (read digit by digit) and `<break time='400ms'/>` (self-closing; `ms` or `s`; not inside
    `<phonemes>`).
     """
    voice: VoiceSpec
    """ The voice to speak with. """
    output_format: StreamOutputFormat
    """ Audio format of `text_to_speech_stream`, where `encoding` and `sample_rate` are required. """
    language: str | Unset = UNSET
    """ ISO 639-1 code forcing the language; detected when absent. """
    speed_control: float | Unset = UNSET
    """ Speaking-rate multiplier (third-party). """
    stability: int | Unset = UNSET
    """ Voice stability (third-party). """
    normalize: bool | Unset = UNSET
    """ Text normalisation (third-party, tryAGI only; false when omitted). No `default` keyword,
    so the generated client does not send this undocumented field unless asked.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        transcript = self.transcript

        voice = self.voice.to_dict()

        output_format = self.output_format.to_dict()

        language = self.language

        speed_control = self.speed_control

        stability = self.stability

        normalize = self.normalize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "transcript": transcript,
                "voice": voice,
                "output_format": output_format,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if speed_control is not UNSET:
            field_dict["speed_control"] = speed_control
        if stability is not UNSET:
            field_dict["stability"] = stability
        if normalize is not UNSET:
            field_dict["normalize"] = normalize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_output_format import StreamOutputFormat  # noqa: PLC0415
        from ..models.voice_spec import VoiceSpec  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id")

        transcript = d.pop("transcript")

        voice = VoiceSpec.from_dict(d.pop("voice"))

        output_format = StreamOutputFormat.from_dict(d.pop("output_format"))

        language = d.pop("language", UNSET)

        speed_control = d.pop("speed_control", UNSET)

        stability = d.pop("stability", UNSET)

        normalize = d.pop("normalize", UNSET)

        tts_stream_request = cls(
            model_id=model_id,
            transcript=transcript,
            voice=voice,
            output_format=output_format,
            language=language,
            speed_control=speed_control,
            stability=stability,
            normalize=normalize,
        )

        tts_stream_request.additional_properties = d
        return tts_stream_request

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
