from enum import StrEnum


class AgentEventType(StrEnum):
    AUDIO_RESPONSE = "audio_response"
    LLM_RESPONSE = "llm_response"
    STOP_AUDIO_RESPONSE = "stop_audio_response"
    USER_TRANSCRIPT = "user_transcript"

    def __str__(self) -> str:
        return str(self.value)
