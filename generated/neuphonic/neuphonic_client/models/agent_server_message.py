from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_audio_response import AgentAudioResponse
    from ..models.agent_llm_response import AgentLlmResponse
    from ..models.agent_other_event import AgentOtherEvent
    from ..models.agent_stop_audio_response import AgentStopAudioResponse
    from ..models.agent_user_transcript import AgentUserTranscript


T = TypeVar("T", bound="AgentServerMessage")


@_attrs_define
class AgentServerMessage:
    """Text frame the server sends on the agent WebSocket. `data.type` is always present and
    selects the kind; each known kind is a schema with a `const` type.

    """

    data: AgentAudioResponse | AgentLlmResponse | AgentOtherEvent | AgentStopAudioResponse | AgentUserTranscript
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_audio_response import AgentAudioResponse  # noqa: PLC0415
        from ..models.agent_llm_response import AgentLlmResponse  # noqa: PLC0415
        from ..models.agent_stop_audio_response import AgentStopAudioResponse  # noqa: PLC0415
        from ..models.agent_user_transcript import AgentUserTranscript  # noqa: PLC0415

        data: dict[str, Any]
        if isinstance(self.data, AgentUserTranscript):
            data = self.data.to_dict()
        elif isinstance(self.data, AgentLlmResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, AgentAudioResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, AgentStopAudioResponse):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_audio_response import AgentAudioResponse  # noqa: PLC0415
        from ..models.agent_llm_response import AgentLlmResponse  # noqa: PLC0415
        from ..models.agent_other_event import AgentOtherEvent  # noqa: PLC0415
        from ..models.agent_stop_audio_response import AgentStopAudioResponse  # noqa: PLC0415
        from ..models.agent_user_transcript import AgentUserTranscript  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> AgentAudioResponse | AgentLlmResponse | AgentOtherEvent | AgentStopAudioResponse | AgentUserTranscript:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = AgentUserTranscript.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = AgentLlmResponse.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_2 = AgentAudioResponse.from_dict(data)

                return data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_3 = AgentStopAudioResponse.from_dict(data)

                return data_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_4 = AgentOtherEvent.from_dict(data)

            return data_type_4

        data = _parse_data(d.pop("data"))

        agent_server_message = cls(
            data=data,
        )

        agent_server_message.additional_properties = d
        return agent_server_message

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
