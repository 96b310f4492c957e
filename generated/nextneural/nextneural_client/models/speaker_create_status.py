from enum import StrEnum


class SpeakerCreateStatus(StrEnum):
    CREATED = "created"

    def __str__(self) -> str:
        return str(self.value)
