from enum import StrEnum


class VoiceSortField(StrEnum):
    CREATED_AT = "created_at"
    DEFAULT = "default"
    NAME = "name"
    PITCH = "pitch"
    RATING = "rating"

    def __str__(self) -> str:
        return str(self.value)
