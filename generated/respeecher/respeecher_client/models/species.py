from enum import StrEnum


class Species(StrEnum):
    ANIMAL = "animal"
    HUMAN = "human"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
