from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_format import OutputFormat
    from ..models.voice_spec import VoiceSpec


T = TypeVar("T", bound="WsInit")


@_attrs_define
class WsInit:
    """Client → server, first message ("initializeConnection"). `output_format` defaults to
    `{container: raw, encoding: pcm_s16le, sample_rate: 44100}`. `language` is sent by pipecat
    but is not in the official WebSocket table.

        Example:
            {'model_id': 'async_flash_v1.0', 'voice': {'mode': 'id', 'id': 'e0f39dc4-f691-4e78-bba5-5c636692cc04'},
                'output_format': {'container': 'raw', 'encoding': 'pcm_s16le', 'sample_rate': 44100}}

    """

    model_id: str
    """ TTS model. Known values: `asyncflow_v2.0` (older docs), `async_flash_v1.0` (newer docs; the
    only one documented for the complete-file and with_timestamps endpoints), `async_flash_v1.5`
    (pipecat 1.14 default) and `async_pro_v1.0` (third-party). Not a closed enum because the list
    has changed with every docs revision.
     """
    voice: VoiceSpec
    """ The voice to speak with. """
    output_format: OutputFormat | Unset = UNSET
    """ Audio format of `text_to_speech` and `text_to_speech_with_timestamps` (and of the WebSocket
    init, where the whole object is optional and defaults to raw / pcm_s16le / 44100 Hz).
     """
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        voice = self.voice.to_dict()

        output_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.to_dict()

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "voice": voice,
            }
        )
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.output_format import OutputFormat  # noqa: PLC0415
        from ..models.voice_spec import VoiceSpec  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id")

        voice = VoiceSpec.from_dict(d.pop("voice"))

        _output_format = d.pop("output_format", UNSET)
        output_format: OutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = OutputFormat.from_dict(_output_format)

        language = d.pop("language", UNSET)

        ws_init = cls(
            model_id=model_id,
            voice=voice,
            output_format=output_format,
            language=language,
        )

        ws_init.additional_properties = d
        return ws_init

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
