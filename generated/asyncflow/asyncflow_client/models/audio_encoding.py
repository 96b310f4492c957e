from enum import StrEnum


class AudioEncoding(StrEnum):
    PCM_F32LE = "pcm_f32le"
    PCM_MULAW = "pcm_mulaw"
    PCM_S16LE = "pcm_s16le"

    def __str__(self) -> str:
        return str(self.value)
