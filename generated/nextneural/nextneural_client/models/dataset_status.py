from enum import StrEnum


class DatasetStatus(StrEnum):
    READY = "ready"

    def __str__(self) -> str:
        return str(self.value)
