"""Peak memory growth while one hour of 24 kHz 16-bit audio streams through each helper.

Each helper runs in a fresh child process (`python -m benchmarks.memory child HELPER URL DIR`):
it imports what it needs, streams a 1-second warm-up (connection pools, lazy imports, first
buffers), resets the kernel's peak-RSS mark (`/proc/self/clear_refs` = 5), notes `VmRSS`, streams
the hour (172.8 MB of PCM; 231 MB of SSE or WebSocket text on the wire), discarding each chunk
as a player would after playing it, and reads `VmHWM`. Growth = `VmHWM` - `VmRSS` before the hour.
Peers run the same way for comparison; the target (< 20 MB per hour) is for voxspec's helpers.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks._harness import Bench, progress
from benchmarks._streams import API_KEY, RATE, server_voice

HOUR = 3600
QUICK_SECONDS = 60

# helper name -> (stream kind, ours?)
HELPERS: dict[str, tuple[str, bool]] = {
    "neuphonic sse_speak": ("sse", True),
    "neuphonic async_sse_speak": ("sse", True),
    "neuphonic TtsWebSocket": ("ws_neuphonic", True),
    "neuphonic AsyncTtsWebSocket": ("ws_neuphonic", True),
    "asyncflow text_to_speech_stream": ("flow_http", True),
    "asyncflow async_text_to_speech_stream": ("flow_http", True),
    "asyncflow TtsWebSocket": ("ws_flow", True),
    "asyncflow AsyncTtsWebSocket": ("ws_flow", True),
    "httpx-sse + json + base64": ("sse", False),
    "pyneuphonic SSEClient": ("sse", False),
    "pyneuphonic AsyncWebsocketClient": ("ws_neuphonic", False),
    "bare websockets (sync), Neuphonic": ("ws_neuphonic", False),
}


# ---------------------------------------------------------------------------- child side
def _status(field: str) -> int:
    match = re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.MULTILINE)
    return int(match.group(1)) if match else 0


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _streamer(helper: str, url: str) -> Callable[[str], int]:
    """A function that streams the speech for a text through `helper` and returns the audio bytes seen."""
    port = int(url.rsplit(":", 1)[1])
    if helper.startswith("neuphonic "):
        from neuphonic_client.auth import create_client as neuphonic_client

        client = neuphonic_client(API_KEY, base_url=url)
    elif helper.startswith("asyncflow "):
        from asyncflow_client.auth import create_client as asyncflow_client

        client = asyncflow_client(API_KEY, base_url=url)
    loop = asyncio.new_event_loop()
    voice = server_voice()

    if helper == "neuphonic sse_speak":
        from neuphonic_client.streaming import sse_speak

        def run(text: str) -> int:
            n = 0
            with sse_speak(client, text, sampling_rate=RATE) as stream:
                for chunk in stream:
                    n += len(chunk.audio)
            return n

        return run
    if helper == "neuphonic async_sse_speak":
        from neuphonic_client.streaming import async_sse_speak

        async def arun(text: str) -> int:
            n = 0
            async with async_sse_speak(client, text, sampling_rate=RATE) as stream:
                async for chunk in stream:
                    n += len(chunk.audio)
            return n

        return lambda text: loop.run_until_complete(arun(text))
    if helper == "neuphonic TtsWebSocket":
        from neuphonic_client.realtime import TtsWebSocket

        def run_ws(text: str) -> int:
            with TtsWebSocket(client, sampling_rate=RATE) as tts:
                return sum(len(chunk.audio) for chunk in tts.speak(text))

        return run_ws
    if helper == "neuphonic AsyncTtsWebSocket":
        from neuphonic_client.realtime import AsyncTtsWebSocket

        async def arun_ws(text: str) -> int:
            n = 0
            async with AsyncTtsWebSocket(client, sampling_rate=RATE) as tts:
                async for chunk in await tts.speak(text):
                    n += len(chunk.audio)
            return n

        return lambda text: loop.run_until_complete(arun_ws(text))
    if helper == "asyncflow text_to_speech_stream":
        from asyncflow_client.streaming import text_to_speech_stream

        def run_flow(text: str) -> int:
            with text_to_speech_stream(client, text, voice_id=voice, sample_rate=RATE) as stream:
                return sum(len(chunk) for chunk in stream)

        return run_flow
    if helper == "asyncflow async_text_to_speech_stream":
        from asyncflow_client.streaming import async_text_to_speech_stream

        async def arun_flow(text: str) -> int:
            n = 0
            async with async_text_to_speech_stream(client, text, voice_id=voice, sample_rate=RATE) as stream:
                async for chunk in stream:
                    n += len(chunk)
            return n

        return lambda text: loop.run_until_complete(arun_flow(text))
    if helper == "asyncflow TtsWebSocket":
        from asyncflow_client.realtime import TtsWebSocket as FlowSocket

        def run_flow_ws(text: str) -> int:
            with FlowSocket(client, voice_id=voice, sample_rate=RATE) as tts:
                return sum(len(chunk.audio) for chunk in tts.speak(text))

        return run_flow_ws
    if helper == "asyncflow AsyncTtsWebSocket":
        from asyncflow_client.realtime import AsyncTtsWebSocket as AsyncFlowSocket

        async def arun_flow_ws(text: str) -> int:
            n = 0
            async with AsyncFlowSocket(client, voice_id=voice, sample_rate=RATE) as tts:
                async for chunk in await tts.speak(text):
                    n += len(chunk.audio)
            return n

        return lambda text: loop.run_until_complete(arun_flow_ws(text))
    if helper == "httpx-sse + json + base64":
        import httpx
        from httpx_sse import connect_sse

        http = httpx.Client(base_url=url, headers={"X-API-KEY": API_KEY}, timeout=60)

        def run_sse(text: str) -> int:
            n = 0
            with connect_sse(http, "POST", "/sse/speak/en", json={"text": text, "sampling_rate": RATE}) as source:
                for event in source.iter_sse():
                    n += len(base64.b64decode(json.loads(event.data)["data"]["audio"]))
            return n

        return run_sse
    if helper.startswith("pyneuphonic"):
        from pyneuphonic import Neuphonic, TTSConfig, WebsocketEvents

        sdk = Neuphonic(api_key=API_KEY, base_url=f"localhost:{port}")
        if helper == "pyneuphonic SSEClient":

            def run_sdk(text: str) -> int:
                return sum(
                    len(m.data.audio or b"") for m in sdk.tts.SSEClient().send(text, TTSConfig(sampling_rate=RATE))
                )

            return run_sdk

        async def arun_sdk(text: str) -> int:
            ws = sdk.tts.AsyncWebsocketClient()
            done = asyncio.Event()
            seen = [0]

            async def on_message(message: Any) -> None:
                seen[0] += len(message.data.audio or b"")
                if getattr(message.data, "stop", False):
                    done.set()

            ws.on(WebsocketEvents.MESSAGE, on_message)
            await ws.open(TTSConfig(sampling_rate=RATE))
            await ws.send({"text": f"{text} <STOP>"})
            await asyncio.wait_for(done.wait(), 600)
            await ws.close()
            return seen[0]

        return lambda text: loop.run_until_complete(arun_sdk(text))
    if helper == "bare websockets (sync), Neuphonic":
        from websockets.sync.client import connect

        ws_url = f"ws://127.0.0.1:{port}/speak/en?sampling_rate={RATE}&encoding=pcm_linear"

        def run_bare(text: str) -> int:
            n = 0
            with connect(ws_url, additional_headers={"X-API-KEY": API_KEY}, max_size=None) as ws:
                ws.send(json.dumps({"text": f"{text} <STOP>"}))
                while True:
                    data = json.loads(ws.recv())["data"]
                    n += len(base64.b64decode(data["audio"]))
                    if data.get("stop"):
                        return n

        return run_bare
    raise SystemExit(f"unknown helper {helper!r}")


def child(helper: str, url: str, directory: str) -> int:
    kind = HELPERS[helper][0]
    texts = json.loads((Path(directory) / "memory-texts.json").read_text())
    run = _streamer(helper, url)
    run(texts[kind]["warmup"])
    import gc

    gc.collect()
    reset = _reset_peak()
    before = _status("VmRSS")
    started = time.perf_counter()
    audio = run(texts[kind]["long"])
    elapsed = time.perf_counter() - started
    peak = _status("VmHWM")
    print(
        json.dumps(
            {
                "helper": helper,
                "rss_before_kb": before,
                "peak_kb": peak,
                "growth_mb": (peak - before) / 1024,
                "audio_bytes": audio,
                "seconds": elapsed,
                "peak_reset": reset,
            }
        )
    )
    return 0


# ---------------------------------------------------------------------------- parent side
def measure(bench: Bench, helper: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", "child", helper, bench.replay_url, str(bench.workdir)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
    )
    if proc.returncode != 0:
        return {"helper": helper, "error": (proc.stderr or proc.stdout).strip()[-2000:]}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def run(bench: Bench) -> dict[str, Any]:
    seconds = QUICK_SECONDS if bench.quick else HOUR
    texts: dict[str, dict[str, str]] = {}
    expected: dict[str, int] = {}
    for kind in sorted({kind for kind, _ in HELPERS.values()}):
        long = bench.streams.get(kind, seconds)
        texts[kind] = {"warmup": bench.streams.get(kind, 1).text, "long": long.text}
        expected[kind] = long.audio_bytes
    (bench.workdir / "memory-texts.json").write_text(json.dumps(texts))
    helpers = list(HELPERS)
    if bench.quick:
        helpers = ["neuphonic sse_speak", "asyncflow TtsWebSocket"]
    results: dict[str, Any] = {"seconds": seconds, "helpers": {}, "problems": []}
    for helper in helpers:
        progress(f"memory: {helper}, {seconds} s of audio")
        result = measure(bench, helper)
        result["ours"] = HELPERS[helper][1]
        result["expected_audio_bytes"] = expected[HELPERS[helper][0]]
        results["helpers"][helper] = result
        if "error" in result:
            results["problems"].append(f"memory: {helper} failed: {result['error'][-300:]}")
        elif result["audio_bytes"] != result["expected_audio_bytes"]:
            results["problems"].append(
                f"memory: {helper} streamed {result['audio_bytes']} audio bytes, expected {result['expected_audio_bytes']}"
            )
    return results


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "child":
        sys.exit(child(sys.argv[2], sys.argv[3], sys.argv[4]))
    print("usage: python -m benchmarks.memory child HELPER URL DIR", file=sys.stderr)
    sys.exit(2)
