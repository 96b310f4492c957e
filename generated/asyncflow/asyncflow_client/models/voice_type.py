from enum import StrEnum


class VoiceType(StrEnum):
    CUSTOM = "CUSTOM"
    PREDEFINED = "PREDEFINED"

    def __str__(self) -> str:
        return str(self.value)
