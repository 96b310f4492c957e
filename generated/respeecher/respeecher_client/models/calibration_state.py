from enum import StrEnum


class CalibrationState(StrEnum):
    CALIBRATED = "calibrated"
    ERROR = "error"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
