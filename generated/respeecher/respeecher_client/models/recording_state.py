from enum import StrEnum


class RecordingState(StrEnum):
    DONE = "done"
    ERROR = "error"
    POSTPROCESSING = "postprocessing"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
