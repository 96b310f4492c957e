from enum import StrEnum


class AgentMode(StrEnum):
    ASR_LLM_TTS = "asr-llm-tts"
    LLM_TTS = "llm-tts"

    def __str__(self) -> str:
        return str(self.value)
