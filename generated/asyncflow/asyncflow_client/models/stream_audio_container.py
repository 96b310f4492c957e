from enum import StrEnum


class StreamAudioContainer(StrEnum):
    MP3 = "mp3"
    RAW = "raw"

    def __str__(self) -> str:
        return str(self.value)
