"""Contains all the data models used in inputs/outputs"""

from .audio_container import AudioContainer
from .audio_encoding import AudioEncoding
from .clone_voice_request import CloneVoiceRequest
from .clone_voice_version import CloneVoiceVersion
from .cloned_voice import ClonedVoice
from .delete_voice_version import DeleteVoiceVersion
from .error_code import ErrorCode
from .error_detail import ErrorDetail
from .error_detail_extra import ErrorDetailExtra
from .error_response import ErrorResponse
from .get_status_version import GetStatusVersion
from .get_voice_preview_version import GetVoicePreviewVersion
from .get_voice_version import GetVoiceVersion
from .list_voices_request import ListVoicesRequest
from .list_voices_response import ListVoicesResponse
from .list_voices_version import ListVoicesVersion
from .output_format import OutputFormat
from .status_response import StatusResponse
from .stream_audio_container import StreamAudioContainer
from .stream_output_format import StreamOutputFormat
from .text_to_speech_stream_version import TextToSpeechStreamVersion
from .text_to_speech_version import TextToSpeechVersion
from .text_to_speech_with_timestamps_version import TextToSpeechWithTimestampsVersion
from .tts_request import TtsRequest
from .tts_stream_request import TtsStreamRequest
from .tts_with_timestamps_response import TtsWithTimestampsResponse
from .update_voice_version import UpdateVoiceVersion
from .voice import Voice
from .voice_gender import VoiceGender
from .voice_gender_filter import VoiceGenderFilter
from .voice_mode import VoiceMode
from .voice_preview import VoicePreview
from .voice_spec import VoiceSpec
from .voice_summary import VoiceSummary
from .voice_type import VoiceType
from .voice_update_request import VoiceUpdateRequest
from .word_alignment import WordAlignment
from .ws_audio import WsAudio
from .ws_close import WsClose
from .ws_close_context import WsCloseContext
from .ws_error import WsError
from .ws_error_extra import WsErrorExtra
from .ws_final import WsFinal
from .ws_init import WsInit
from .ws_terminate import WsTerminate
from .ws_text import WsText

__all__ = (
    "AudioContainer",
    "AudioEncoding",
    "ClonedVoice",
    "CloneVoiceRequest",
    "CloneVoiceVersion",
    "DeleteVoiceVersion",
    "ErrorCode",
    "ErrorDetail",
    "ErrorDetailExtra",
    "ErrorResponse",
    "GetStatusVersion",
    "GetVoicePreviewVersion",
    "GetVoiceVersion",
    "ListVoicesRequest",
    "ListVoicesResponse",
    "ListVoicesVersion",
    "OutputFormat",
    "StatusResponse",
    "StreamAudioContainer",
    "StreamOutputFormat",
    "TextToSpeechStreamVersion",
    "TextToSpeechVersion",
    "TextToSpeechWithTimestampsVersion",
    "TtsRequest",
    "TtsStreamRequest",
    "TtsWithTimestampsResponse",
    "UpdateVoiceVersion",
    "Voice",
    "VoiceGender",
    "VoiceGenderFilter",
    "VoiceMode",
    "VoicePreview",
    "VoiceSpec",
    "VoiceSummary",
    "VoiceType",
    "VoiceUpdateRequest",
    "WordAlignment",
    "WsAudio",
    "WsClose",
    "WsCloseContext",
    "WsError",
    "WsErrorExtra",
    "WsFinal",
    "WsInit",
    "WsTerminate",
    "WsText",
)
