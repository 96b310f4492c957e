from enum import StrEnum


class RecordingType(StrEnum):
    CONVERTED = "converted"
    ORIGINAL = "original"

    def __str__(self) -> str:
        return str(self.value)
