"""Contains all the data models used in inputs/outputs"""

from .agent import Agent
from .agent_audio_input import AgentAudioInput
from .agent_audio_response import AgentAudioResponse
from .agent_config import AgentConfig
from .agent_create import AgentCreate
from .agent_detail import AgentDetail
from .agent_event_type import AgentEventType
from .agent_list import AgentList
from .agent_llm_response import AgentLlmResponse
from .agent_mode import AgentMode
from .agent_other_event import AgentOtherEvent
from .agent_response import AgentResponse
from .agent_server_message import AgentServerMessage
from .agent_stop_audio_response import AgentStopAudioResponse
from .agent_summary import AgentSummary
from .agent_text_input import AgentTextInput
from .agent_token import AgentToken
from .agent_token_request import AgentTokenRequest
from .agent_token_response import AgentTokenResponse
from .agent_user_transcript import AgentUserTranscript
from .agents_response import AgentsResponse
from .audio_encoding import AudioEncoding
from .clone_voice_form import CloneVoiceForm
from .clone_voice_response import CloneVoiceResponse
from .cloned_voice import ClonedVoice
from .create_agent_response import CreateAgentResponse
from .created_agent import CreatedAgent
from .delete_agent_response import DeleteAgentResponse
from .delete_voice_response import DeleteVoiceResponse
from .deleted_agent import DeletedAgent
from .deleted_voice import DeletedVoice
from .error_detail import ErrorDetail
from .http_validation_error import HTTPValidationError
from .jwt_token import JwtToken
from .jwt_token_response import JwtTokenResponse
from .output_format import OutputFormat
from .ping_response import PingResponse
from .sampling_rate import SamplingRate
from .speak_request import SpeakRequest
from .sse_audio_chunk import SseAudioChunk
from .sse_message import SseMessage
from .tts_audio_chunk import TtsAudioChunk
from .tts_client_message import TtsClientMessage
from .tts_config import TtsConfig
from .tts_server_message import TtsServerMessage
from .update_voice_form import UpdateVoiceForm
from .update_voice_response import UpdateVoiceResponse
from .updated_voice import UpdatedVoice
from .validation_error import ValidationError
from .voice import Voice
from .voice_list import VoiceList
from .voices_response import VoicesResponse

__all__ = (
    "Agent",
    "AgentAudioInput",
    "AgentAudioResponse",
    "AgentConfig",
    "AgentCreate",
    "AgentDetail",
    "AgentEventType",
    "AgentList",
    "AgentLlmResponse",
    "AgentMode",
    "AgentOtherEvent",
    "AgentResponse",
    "AgentServerMessage",
    "AgentsResponse",
    "AgentStopAudioResponse",
    "AgentSummary",
    "AgentTextInput",
    "AgentToken",
    "AgentTokenRequest",
    "AgentTokenResponse",
    "AgentUserTranscript",
    "AudioEncoding",
    "ClonedVoice",
    "CloneVoiceForm",
    "CloneVoiceResponse",
    "CreateAgentResponse",
    "CreatedAgent",
    "DeleteAgentResponse",
    "DeletedAgent",
    "DeletedVoice",
    "DeleteVoiceResponse",
    "ErrorDetail",
    "HTTPValidationError",
    "JwtToken",
    "JwtTokenResponse",
    "OutputFormat",
    "PingResponse",
    "SamplingRate",
    "SpeakRequest",
    "SseAudioChunk",
    "SseMessage",
    "TtsAudioChunk",
    "TtsClientMessage",
    "TtsConfig",
    "TtsServerMessage",
    "UpdatedVoice",
    "UpdateVoiceForm",
    "UpdateVoiceResponse",
    "ValidationError",
    "Voice",
    "VoiceList",
    "VoicesResponse",
)
