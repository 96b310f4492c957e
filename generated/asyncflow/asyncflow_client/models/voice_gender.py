from enum import StrEnum


class VoiceGender(StrEnum):
    FEMALE = "Female"
    MALE = "Male"
    NEUTRAL = "Neutral"
    UNSPECIFIED = "Unspecified"

    def __str__(self) -> str:
        return str(self.value)
