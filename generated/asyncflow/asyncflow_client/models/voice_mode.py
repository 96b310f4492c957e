from enum import StrEnum


class VoiceMode(StrEnum):
    ID = "id"

    def __str__(self) -> str:
        return str(self.value)
