from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    PREPAID = "prepaid"
    REVIEWER = "reviewer"
    TECHSMITH = "techsmith"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
