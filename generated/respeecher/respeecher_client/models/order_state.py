from enum import StrEnum


class OrderState(StrEnum):
    DONE = "done"
    ERROR = "error"
    NEW = "new"
    POST_PROCESSING = "post_processing"
    PRE_PROCESSING = "pre_processing"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
