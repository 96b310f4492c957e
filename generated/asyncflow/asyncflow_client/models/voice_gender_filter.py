from enum import StrEnum


class VoiceGenderFilter(StrEnum):
    FEMALE = "Female"
    MALE = "Male"
    NEUTRAL = "Neutral"

    def __str__(self) -> str:
        return str(self.value)
