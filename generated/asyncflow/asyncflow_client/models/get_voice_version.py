from enum import StrEnum


class GetVoiceVersion(StrEnum):
    V1 = "v1"

    def __str__(self) -> str:
        return str(self.value)
