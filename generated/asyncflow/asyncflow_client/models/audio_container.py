from enum import StrEnum


class AudioContainer(StrEnum):
    MP3 = "mp3"
    RAW = "raw"
    WAV = "wav"

    def __str__(self) -> str:
        return str(self.value)
