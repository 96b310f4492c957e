from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_mode import AgentMode
from ..models.audio_encoding import AudioEncoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentConfig")


@_attrs_define
class AgentConfig:
    """Query-string settings of the agent WebSocket `/agents` (see asyncapi.yaml). pyneuphonic
    writes every non-null field as `key=value` without URL encoding (so `mcp_servers` may
    hold raw `:` and `/`). Extra keys are allowed (an SDK example passes `sampling_rate`).

    """

    agent_id: str | Unset = UNSET
    """ Agent to talk to (from create_agent). """
    voice_id: str | Unset = UNSET
    """ Voice the agent speaks with. """
    lang_code: str | Unset = "en"
    """ Conversation language. """
    endpointing: float | Unset = UNSET
    """ Silence in milliseconds after which the user's turn is considered finished. """
    mode: AgentMode | Unset = UNSET
    """ `asr-llm-tts`: the client streams microphone audio. `llm-tts`: the client sends text. """
    incoming_sampling_rate: int | Unset = 16000
    """ Sampling rate in Hz of the audio the client sends (8000 in the SDK's Twilio example). """
    return_sampling_rate: int | Unset = 24000
    """ Sampling rate in Hz of the audio the server returns. """
    incoming_encoding: AudioEncoding | Unset = UNSET
    """ `pcm_linear`: signed 16-bit little-endian mono PCM. `pcm_mulaw`: 8-bit mu-law. """
    return_encoding: AudioEncoding | Unset = UNSET
    """ `pcm_linear`: signed 16-bit little-endian mono PCM. `pcm_mulaw`: 8-bit mu-law. """
    mcp_servers: str | Unset = UNSET
    """ Comma-separated URLs of MCP servers the agent may use (pyneuphonic joins a list with `,`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        voice_id = self.voice_id

        lang_code = self.lang_code

        endpointing = self.endpointing

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        incoming_sampling_rate = self.incoming_sampling_rate

        return_sampling_rate = self.return_sampling_rate

        incoming_encoding: str | Unset = UNSET
        if not isinstance(self.incoming_encoding, Unset):
            incoming_encoding = self.incoming_encoding.value

        return_encoding: str | Unset = UNSET
        if not isinstance(self.return_encoding, Unset):
            return_encoding = self.return_encoding.value

        mcp_servers = self.mcp_servers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if lang_code is not UNSET:
            field_dict["lang_code"] = lang_code
        if endpointing is not UNSET:
            field_dict["endpointing"] = endpointing
        if mode is not UNSET:
            field_dict["mode"] = mode
        if incoming_sampling_rate is not UNSET:
            field_dict["incoming_sampling_rate"] = incoming_sampling_rate
        if return_sampling_rate is not UNSET:
            field_dict["return_sampling_rate"] = return_sampling_rate
        if incoming_encoding is not UNSET:
            field_dict["incoming_encoding"] = incoming_encoding
        if return_encoding is not UNSET:
            field_dict["return_encoding"] = return_encoding
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id", UNSET)

        voice_id = d.pop("voice_id", UNSET)

        lang_code = d.pop("lang_code", UNSET)

        endpointing = d.pop("endpointing", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: AgentMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = AgentMode(_mode)

        incoming_sampling_rate = d.pop("incoming_sampling_rate", UNSET)

        return_sampling_rate = d.pop("return_sampling_rate", UNSET)

        _incoming_encoding = d.pop("incoming_encoding", UNSET)
        incoming_encoding: AudioEncoding | Unset
        if isinstance(_incoming_encoding, Unset):
            incoming_encoding = UNSET
        else:
            incoming_encoding = AudioEncoding(_incoming_encoding)

        _return_encoding = d.pop("return_encoding", UNSET)
        return_encoding: AudioEncoding | Unset
        if isinstance(_return_encoding, Unset):
            return_encoding = UNSET
        else:
            return_encoding = AudioEncoding(_return_encoding)

        mcp_servers = d.pop("mcp_servers", UNSET)

        agent_config = cls(
            agent_id=agent_id,
            voice_id=voice_id,
            lang_code=lang_code,
            endpointing=endpointing,
            mode=mode,
            incoming_sampling_rate=incoming_sampling_rate,
            return_sampling_rate=return_sampling_rate,
            incoming_encoding=incoming_encoding,
            return_encoding=return_encoding,
            mcp_servers=mcp_servers,
        )

        agent_config.additional_properties = d
        return agent_config

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
