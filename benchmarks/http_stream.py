"""AsyncFlow `POST /text_to_speech/streaming`: our byte-stream iterator against bare httpx.

Contenders: voxspec `text_to_speech_stream` (sync) and `async_text_to_speech_stream` on a
`create_client` client; bare `httpx` `Client.stream()` / `AsyncClient.stream()` + `iter_bytes()`
with the same headers (`x-api-key`, `version: v1`). The body is raw 24 kHz s16le PCM, so there is
nothing to decode: the helper's cost is its `Stream` wrapper, the content-type check and the
sample alignment (a sample split across network reads is held back until complete).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from benchmarks._harness import Bench, Contender, Metrics, Timer, compare, progress, wrong_byte_counts
from benchmarks._streams import API_KEY, RATE, Prepared, server_voice

SIZES = (1, 60, 600)
QUICK_SIZES = (1,)
ROUNDS = {1: 25, 60: 9, 600: 7}

OURS = "voxspec text_to_speech_stream"
OURS_ASYNC = "voxspec async_text_to_speech_stream"
BARE = "bare httpx iter_bytes"
BARE_ASYNC = "bare httpx async aiter_bytes"


def contenders(bench: Bench, stream: Prepared, loop: asyncio.AbstractEventLoop) -> list[Contender]:
    from asyncflow_client.auth import create_client
    from asyncflow_client.streaming import async_text_to_speech_stream, text_to_speech_stream

    client = create_client(API_KEY, base_url=bench.replay_url)
    voice = server_voice()
    headers = {"x-api-key": API_KEY, "version": "v1"}
    bare_client = httpx.Client(base_url=bench.replay_url, headers=headers, timeout=60)
    abare_client = httpx.AsyncClient(base_url=bench.replay_url, headers=headers, timeout=60)
    body = {
        "model_id": "async_flash_v1.0",
        "transcript": stream.text,
        "voice": {"mode": "id", "id": voice},
        "output_format": {"container": "raw", "encoding": "pcm_s16le", "sample_rate": RATE},
    }

    def ours() -> Metrics:
        timer, n = Timer(), 0
        with text_to_speech_stream(client, stream.text, voice_id=voice, sample_rate=RATE) as audio:
            for chunk in audio:
                timer.mark_first()
                n += len(chunk)
        timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    async def ours_async() -> Metrics:
        timer, n = Timer(), 0
        async with async_text_to_speech_stream(client, stream.text, voice_id=voice, sample_rate=RATE) as audio:
            async for chunk in audio:
                timer.mark_first()
                n += len(chunk)
        timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    def bare() -> Metrics:
        timer, n = Timer(), 0
        with bare_client.stream("POST", "/text_to_speech/streaming", json=body) as response:
            response.raise_for_status()
            for chunk in response.iter_bytes():
                timer.mark_first()
                n += len(chunk)
        timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    async def bare_async() -> Metrics:
        timer, n = Timer(), 0
        async with abare_client.stream("POST", "/text_to_speech/streaming", json=body) as response:
            response.raise_for_status()
            async for chunk in response.aiter_bytes():
                timer.mark_first()
                n += len(chunk)
        timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    run = loop.run_until_complete
    return [
        Contender(OURS, ours, ours=True, role="our helper"),
        Contender(OURS_ASYNC, lambda: run(ours_async()), ours=True, role="our async helper"),
        Contender(BARE, bare, role="peer: bare client"),
        Contender(BARE_ASYNC, lambda: run(bare_async()), role="peer: bare client, async"),
    ]


def run(bench: Bench) -> dict[str, Any]:
    loop = asyncio.new_event_loop()
    results: dict[str, Any] = {"comparisons": {}, "problems": []}
    try:
        for seconds in QUICK_SIZES if bench.quick else SIZES:
            stream = bench.streams.get("flow_http", seconds)
            progress(f"HTTP audio streaming (asyncflow), {stream.audio_seconds:.0f} s of audio")
            result = compare(
                f"HTTP audio streaming (asyncflow), {seconds} s stream",
                contenders(bench, stream, loop),
                rounds=bench.rounds(ROUNDS[seconds]),
                warmup=bench.warmup + (1 if seconds == 1 and not bench.quick else 0),
                params={"seconds": seconds, "audio_bytes": stream.audio_bytes, "wire_bytes": stream.wire_bytes},
            )
            results["comparisons"][str(seconds)] = result
            results["problems"] += wrong_byte_counts(result, stream.audio_bytes)
    finally:
        loop.close()
    return results
