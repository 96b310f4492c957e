"""Streams rendered once by the reference servers, written where the replay server reads them.

Every benchmark stream is real reference-server output for a real text:
- Neuphonic SSE: the events `NeuphonicServer._sse_events` yields for `/sse/speak` (one per word),
  each becoming one HTTP chunk, as uvicorn sends them;
- AsyncFlow `/text_to_speech/streaming`: the chunks `AsyncFlowServer._stream` yields (a word each,
  at most a second of audio);
- the two TTS WebSockets: the frames the reference server sends over a real connection for the
  passage (captured with a `websockets` client, no compression).
Audio is 24 kHz, 16-bit mono PCM throughout. Streams longer than the 10-minute rendering repeat it:
the rendering is per word and deterministic, so the text repeated k times is the audio repeated k
times, and that is what the replay server sends.
"""

from __future__ import annotations

import asyncio
import base64
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks._replay import http_chunk, stream_key, ws_close_frame, ws_frame

RATE = 24000
WIDTH = 2
SECONDS_PER_CHAR = 0.06  # the reference servers' default (conformance/servers/_audio.py)
API_KEY = "bench-key"
REPEAT_UNIT = 600  # seconds; longer streams repeat the 10-minute rendering

_WORDS = (
    "the",
    "a",
    "voice",
    "model",
    "speech",
    "audio",
    "stream",
    "server",
    "client",
    "latency",
    "frame",
    "sample",
    "chunk",
    "buffer",
    "signal",
    "quick",
    "brown",
    "fox",
    "jumps",
    "over",
    "lazy",
    "dog",
    "while",
    "seven",
    "bright",
    "engineers",
    "measure",
    "every",
    "byte",
    "that",
    "arrives",
    "from",
    "distant",
    "synthesis",
    "clusters",
    "under",
    "heavy",
    "load",
    "through",
    "quiet",
    "nights",
    "and",
    "busy",
    "days",
    "wonderful",
    "unbelievable",
    "transcription",
    "conversation",
    "pronunciation",
    "characteristics",
)


def speech_text(seconds: float, seed: int = 7) -> str:
    """English-like text whose speech lasts `seconds` at the reference servers' default pace."""
    rng = random.Random(seed)
    words: list[str] = []
    chars = 0
    target = max(1, round(seconds / SECONDS_PER_CHAR))
    while chars < target:
        word = rng.choice(_WORDS)
        if len(words) % 13 == 12:
            word += "."
        words.append(word)
        chars += len(word)
    return " ".join(words)


@dataclass
class Prepared:
    """One prepared stream: what a client sends, and what it must receive."""

    kind: str
    seconds: float
    text: str
    audio_bytes: int
    wire_bytes: int
    sample: bytes = b""  # for SSE: the event stream itself (no HTTP framing), for in-process decoding

    @property
    def audio_seconds(self) -> float:
        return self.audio_bytes / (RATE * WIDTH)


class StreamSet:
    """Renders streams on demand (cached per kind and length) into `directory` and its manifest."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self.manifest: dict[str, dict[str, dict[str, Any]]] = {}
        self._cache: dict[tuple[str, float], Prepared] = {}
        self.render_seconds: dict[str, float] = {}

    # -------------------------------------------------------------- public
    def get(self, kind: str, seconds: float) -> Prepared:
        key = (kind, seconds)
        if key not in self._cache:
            if seconds > REPEAT_UNIT and seconds % REPEAT_UNIT == 0:
                self._cache[key] = self._repeat(self.get(kind, REPEAT_UNIT), int(seconds // REPEAT_UNIT))
            else:
                self._cache[key] = self._render(kind, seconds)
        return self._cache[key]

    # -------------------------------------------------------------- internals
    def _save(self, route: str, prepared: Prepared, body: bytes, tail: bytes, content_type: str = "") -> None:
        name = stream_key(prepared.text)
        (self.directory / f"{route}-{name}.body").write_bytes(body)
        (self.directory / f"{route}-{name}.tail").write_bytes(tail)
        self.manifest.setdefault(route, {})[name] = {
            "body": f"{route}-{name}.body",
            "tail": f"{route}-{name}.tail",
            "repeat": 1,
            "content_type": content_type,
        }
        self._write_manifest()

    def _write_manifest(self) -> None:
        (self.directory / "manifest.json").write_text(json.dumps(self.manifest, indent=1))

    def _repeat(self, unit: Prepared, times: int) -> Prepared:
        text = " ".join([unit.text] * times)
        route = unit.kind
        entry = dict(self.manifest[route][stream_key(unit.text)])
        entry["repeat"] = times
        self.manifest[route][stream_key(text)] = entry
        self._write_manifest()
        tail = len((self.directory / entry["tail"]).read_bytes())
        return Prepared(
            unit.kind, unit.seconds * times, text, unit.audio_bytes * times, (unit.wire_bytes - tail) * times + tail
        )

    def _render(self, kind: str, seconds: float) -> Prepared:
        import time

        started = time.perf_counter()
        text = speech_text(seconds)
        if kind == "sse":
            prepared = self._render_sse(text, seconds)
        elif kind == "flow_http":
            prepared = self._render_flow_http(text, seconds)
        elif kind == "ws_neuphonic":
            prepared = self._render_ws_neuphonic(text, seconds)
        elif kind == "ws_flow":
            prepared = self._render_ws_flow(text, seconds)
        else:
            raise ValueError(f"unknown stream kind {kind!r}")
        elapsed = time.perf_counter() - started
        self.render_seconds[f"{kind}:{seconds:g}"] = elapsed
        return prepared

    def _render_sse(self, text: str, seconds: float) -> Prepared:
        from conformance.servers.neuphonic import NeuphonicServer

        server = NeuphonicServer(API_KEY)
        settings = {"sampling_rate": RATE, "encoding": "pcm_linear", "speed": 1.0, "voice": ""}

        async def collect() -> list[bytes]:
            return [event async for event in server._sse_events(text, settings, None)]

        events = asyncio.run(collect())
        audio = 0
        for event in events:
            data = event.split(b"\ndata: ", 1)[1].rstrip(b"\n")
            audio += len(base64.b64decode(json.loads(data)["data"]["audio"]))
        body = b"".join(http_chunk(event) for event in events)
        prepared = Prepared("sse", seconds, text, audio, len(body) + 5, sample=b"".join(events))
        self._save("sse", prepared, body, b"0\r\n\r\n", "text/event-stream")
        return prepared

    def _render_flow_http(self, text: str, seconds: float) -> Prepared:
        from conformance.servers.asyncflow import AsyncFlowServer

        server = AsyncFlowServer(API_KEY)
        request = {"transcript": text, "voice": {"mode": "id", "id": server_voice()}, "model_id": "async_flash_v1.0"}
        fmt = {"container": "raw", "encoding": "pcm_s16le", "sample_rate": RATE}

        async def collect() -> list[bytes]:
            return [part async for part in server._stream(request, fmt)]

        parts = asyncio.run(collect())
        body = b"".join(http_chunk(part) for part in parts)
        prepared = Prepared("flow_http", seconds, text, sum(map(len, parts)), len(body) + 5)
        self._save("flow_http", prepared, body, b"0\r\n\r\n", "application/octet-stream")
        return prepared

    def _render_ws_neuphonic(self, text: str, seconds: float) -> Prepared:
        from websockets.sync.client import connect

        from conformance.servers import ReferenceServer

        frames: list[bytes] = []
        with ReferenceServer("neuphonic", api_key=API_KEY) as server:
            url = f"{server.ws_url}/speak/en?sampling_rate={RATE}&encoding=pcm_linear"
            with connect(url, additional_headers={"X-API-KEY": API_KEY}, compression=None, max_size=None) as ws:
                ws.send(json.dumps({"text": f"{text} <STOP>"}))
                while True:
                    frame = ws.recv(timeout=60)
                    frames.append(frame.encode() if isinstance(frame, str) else frame)
                    if json.loads(frame)["data"].get("stop"):
                        break
        audio = sum(len(base64.b64decode(json.loads(f)["data"]["audio"])) for f in frames)
        body = b"".join(ws_frame(f) for f in frames[:-1])
        tail = ws_frame(frames[-1])
        prepared = Prepared("ws_neuphonic", seconds, text, audio, len(body) + len(tail))
        self._save("ws_neuphonic", prepared, body, tail)
        return prepared

    def _render_ws_flow(self, text: str, seconds: float) -> Prepared:
        from websockets.sync.client import connect

        from conformance.servers import ReferenceServer

        frames: list[bytes] = []
        with ReferenceServer("asyncflow", api_key=API_KEY) as server:
            url = f"{server.ws_url}/text_to_speech/websocket/ws?api_key={API_KEY}&version=v1"
            with connect(url, compression=None, max_size=None) as ws:
                ws.send(json.dumps(_flow_init(server_voice())))
                ws.send(json.dumps({"transcript": text + " "}))
                ws.send(json.dumps({"text": ""}))
                while True:
                    frame = ws.recv(timeout=60)
                    message = json.loads(frame)
                    if "error_code" in message:
                        raise RuntimeError(f"AsyncFlow reference server refused the benchmark session: {message}")
                    if message.get("final"):
                        break
                    frames.append(frame.encode() if isinstance(frame, str) else frame)
        audio = sum(len(base64.b64decode(json.loads(f)["audio"])) for f in frames)
        body = b"".join(ws_frame(f) for f in frames)
        tail = ws_frame(b'{"audio": "", "final": true}') + ws_close_frame(1000, "done")
        prepared = Prepared("ws_flow", seconds, text, audio, len(body) + len(tail))
        self._save("ws_flow", prepared, body, b"")
        return prepared


def server_voice() -> str:
    """A voice the AsyncFlow reference server knows (its library's first entry)."""
    from conformance.servers.asyncflow import LIBRARY

    return str(LIBRARY[0][0])


def _flow_init(voice: str) -> dict[str, Any]:
    return {
        "model_id": "async_flash_v1.0",
        "voice": {"mode": "id", "id": voice},
        "output_format": {"container": "raw", "encoding": "pcm_s16le", "sample_rate": RATE},
    }
