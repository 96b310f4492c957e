from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_type import VoiceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_responses import CustomResponses


T = TypeVar("T", bound="AgentCreateRequest")


@_attrs_define
class AgentCreateRequest:
    name: str
    """ Name of the voice agent. No length limit is documented. """
    language: str | Unset = "en-US"
    """ Language code. The supported list is not documented. """
    voice_type: VoiceType | Unset = UNSET
    personality: str | Unset = UNSET
    """ Free text such as `professional`; the accepted values are not documented. """
    custom_responses: CustomResponses | Unset = UNSET
    """ Canned phrases keyed by moment. The docs' example uses `greeting` and `farewell`; other keys are
    undocumented and allowed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language

        voice_type: str | Unset = UNSET
        if not isinstance(self.voice_type, Unset):
            voice_type = self.voice_type.value

        personality = self.personality

        custom_responses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_responses, Unset):
            custom_responses = self.custom_responses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if voice_type is not UNSET:
            field_dict["voice_type"] = voice_type
        if personality is not UNSET:
            field_dict["personality"] = personality
        if custom_responses is not UNSET:
            field_dict["custom_responses"] = custom_responses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_responses import CustomResponses  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        language = d.pop("language", UNSET)

        _voice_type = d.pop("voice_type", UNSET)
        voice_type: VoiceType | Unset
        if isinstance(_voice_type, Unset):
            voice_type = UNSET
        else:
            voice_type = VoiceType(_voice_type)

        personality = d.pop("personality", UNSET)

        _custom_responses = d.pop("custom_responses", UNSET)
        custom_responses: CustomResponses | Unset
        if isinstance(_custom_responses, Unset):
            custom_responses = UNSET
        else:
            custom_responses = CustomResponses.from_dict(_custom_responses)

        agent_create_request = cls(
            name=name,
            language=language,
            voice_type=voice_type,
            personality=personality,
            custom_responses=custom_responses,
        )

        agent_create_request.additional_properties = d
        return agent_create_request

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
