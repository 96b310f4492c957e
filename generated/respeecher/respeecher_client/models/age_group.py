from enum import StrEnum


class AgeGroup(StrEnum):
    ADULT = "adult"
    CHILD = "child"
    SENIOR = "senior"
    YOUNG = "young"

    def __str__(self) -> str:
        return str(self.value)
