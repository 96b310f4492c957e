from enum import StrEnum


class AudioEncoding(StrEnum):
    PCM_LINEAR = "pcm_linear"
    PCM_MULAW = "pcm_mulaw"

    def __str__(self) -> str:
        return str(self.value)
