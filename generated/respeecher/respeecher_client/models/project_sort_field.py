from enum import StrEnum


class ProjectSortField(StrEnum):
    CREATED_AT = "created_at"
    LAST_RECORDING_AT = "last_recording_at"
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)
