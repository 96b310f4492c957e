from enum import StrEnum


class VoiceVisibility(StrEnum):
    KIDS = "kids"
    PAID = "paid"
    PRIVATE = "private"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
