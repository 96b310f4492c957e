"""Upload test helpers (imported by the test modules next to it): audio files to send, and the
multipart body a client sent, read back part by part."""

from __future__ import annotations

import io
import wave

import httpx


def wav_bytes(seconds: float, rate: int = 8000) -> bytes:
    """A silent mono 16-bit WAV of the given length."""
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(b"\x00\x00" * int(seconds * rate))
    return out.getvalue()


def multipart_parts(request: httpx.Request) -> dict[str, tuple[bytes, str | None]]:
    """The multipart body's parts by name: (content, content type)."""
    boundary = request.headers["content-type"].split("boundary=", 1)[1].encode()
    result = {}
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        head, _, content = chunk[2:].partition(b"\r\n\r\n")
        headers = dict(line.split(": ", 1) for line in head.decode().split("\r\n") if ": " in line)
        name = headers["Content-Disposition"].split('name="', 1)[1].split('"', 1)[0]
        result[name] = (content[:-2], headers.get("Content-Type"))
    return result
