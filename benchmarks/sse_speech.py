"""Neuphonic SSE speech: our `sse_speak` against the peers, on the same prepared stream.

Contenders (all over loopback to the replay server, except the two marked in-process):
- voxspec `sse_speak` (sync) and `async_sse_speak`, on a `create_client` client (keep-alive);
- httpx-sse `connect_sse` + `iter_sse()` + `json.loads` + `base64.b64decode`, on a keep-alive
  `httpx.Client`: what a user would write by hand;
- pyneuphonic 3.1.2 `SSEClient.send()` (it opens a new `httpx` client and connection per call,
  reads `iter_lines()` and validates each message with pydantic);
- bare `httpx` `iter_bytes()`: no decoding at all, the floor for time to first byte;
- in-process decode limit: the same event bytes already in memory, split on blank lines, then
  `json.loads` + `base64.b64decode` (framing, JSON and base64 only: no network, no HTTP);
- in-process voxspec decoder: `SSEDecoder.feed_raw` + the speech-event decoder on the same bytes
  in 64 KiB pieces (what `sse_speak` does after the network).

Metrics: time to first audio (`ttfa_ms`: request start to the first decoded audio bytes; the first
network bytes for bare httpx) and decoded-audio throughput (`audio_mbps`: audio bytes per second
of the whole transfer; wire bytes per second for bare httpx).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import time
from typing import Any

import httpx

from benchmarks._harness import Bench, Comparison, Contender, Metrics, Timer, compare, progress, wrong_byte_counts
from benchmarks._streams import API_KEY, RATE, Prepared

SIZES = (1, 60, 600)
QUICK_SIZES = (1,)
ROUNDS = {1: 25, 60: 7, 600: 5}

OURS = "voxspec sse_speak"
OURS_ASYNC = "voxspec async_sse_speak"
HTTPX_SSE = "httpx-sse + json + base64"
HTTPX_SSE_ASYNC = "httpx-sse async + json + base64"
PYNEUPHONIC = "pyneuphonic SSEClient"
BARE = "bare httpx iter_bytes"
BARE_ASYNC = "bare httpx async aiter_bytes"
LIMIT = "in-process decode limit"
OURS_INPROC = "voxspec decoder in-process"


def contenders(bench: Bench, stream: Prepared, loop: asyncio.AbstractEventLoop) -> list[Contender]:
    from httpx_sse import aconnect_sse, connect_sse
    from neuphonic_client.auth import create_client
    from neuphonic_client.streaming import async_sse_speak, sse_speak
    from pyneuphonic import Neuphonic, TTSConfig

    url = bench.replay_url
    text = stream.text
    client = create_client(API_KEY, base_url=url)
    bare = httpx.Client(base_url=url, headers={"X-API-KEY": API_KEY}, timeout=60)
    abare = httpx.AsyncClient(base_url=url, headers={"X-API-KEY": API_KEY}, timeout=60)
    body = {"text": text, "sampling_rate": RATE}
    sdk = Neuphonic(api_key=API_KEY, base_url=f"localhost:{bench.port}")

    def ours() -> Metrics:
        timer, n = Timer(), 0
        with sse_speak(client, text, sampling_rate=RATE) as speech:
            for chunk in speech:
                if chunk.audio:
                    timer.mark_first()
                    n += len(chunk.audio)
        timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    async def ours_async_run() -> Metrics:
        timer, n = Timer(), 0
        async with async_sse_speak(client, text, sampling_rate=RATE) as speech:
            async for chunk in speech:
                if chunk.audio:
                    timer.mark_first()
                    n += len(chunk.audio)
        timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    def httpx_sse() -> Metrics:
        timer, n = Timer(), 0
        with connect_sse(bare, "POST", "/sse/speak/en", json=body) as source:
            for event in source.iter_sse():
                message = json.loads(event.data)
                if event.event == "error" or message.get("errors"):
                    raise RuntimeError(f"stream error: {message}")
                audio = base64.b64decode(message["data"]["audio"])
                if audio:
                    timer.mark_first()
                    n += len(audio)
        timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    async def httpx_sse_async_run() -> Metrics:
        timer, n = Timer(), 0
        async with aconnect_sse(abare, "POST", "/sse/speak/en", json=body) as source:
            async for event in source.aiter_sse():
                message = json.loads(event.data)
                if event.event == "error" or message.get("errors"):
                    raise RuntimeError(f"stream error: {message}")
                audio = base64.b64decode(message["data"]["audio"])
                if audio:
                    timer.mark_first()
                    n += len(audio)
        timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    def pyneuphonic() -> Metrics:
        timer, n = Timer(), 0
        for message in sdk.tts.SSEClient().send(text, TTSConfig(sampling_rate=RATE)):
            audio = message.data.audio
            if audio:
                timer.mark_first()
                n += len(audio)
        timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    def bare_bytes() -> Metrics:
        timer, n = Timer(), 0
        with bare.stream("POST", "/sse/speak/en", json=body) as response:
            for raw in response.iter_bytes():
                timer.mark_first()
                n += len(raw)
        timer.stop()
        metrics = timer.metrics(0, stream.wire_bytes)
        metrics["audio_mbps"] = float("nan")  # nothing decoded
        metrics["read_bytes"] = float(n)
        return metrics

    async def bare_async_run() -> Metrics:
        timer, n = Timer(), 0
        async with abare.stream("POST", "/sse/speak/en", json=body) as response:
            async for raw in response.aiter_bytes():
                timer.mark_first()
                n += len(raw)
        timer.stop()
        metrics = timer.metrics(0, stream.wire_bytes)
        metrics["audio_mbps"] = float("nan")
        metrics["read_bytes"] = float(n)
        return metrics

    return [
        Contender(OURS, ours, ours=True, role="our helper"),
        Contender(OURS_ASYNC, lambda: loop.run_until_complete(ours_async_run()), ours=True, role="our async helper"),
        Contender(HTTPX_SSE, httpx_sse, role="peer: hand-written decoding"),
        Contender(
            HTTPX_SSE_ASYNC,
            lambda: loop.run_until_complete(httpx_sse_async_run()),
            role="peer: hand-written decoding, async",
        ),
        Contender(PYNEUPHONIC, pyneuphonic, role="peer: official SDK"),
        Contender(BARE, bare_bytes, role="floor: no decoding"),
        Contender(BARE_ASYNC, lambda: loop.run_until_complete(bare_async_run()), role="floor: no decoding, async"),
        Contender(LIMIT, lambda: decode_limit(stream.sample), role="ceiling: in-process decode"),
        Contender(OURS_INPROC, lambda: our_decoder(stream.sample), ours=True, role="our decoder, no network"),
    ]


def decode_limit(events: bytes) -> Metrics:
    """Framing, JSON and base64 of in-memory bytes, nothing else: the stream has one data line per
    event, so the framing is a split on line ends; then `json.loads` and `binascii.a2b_base64`.
    (Of the plain variants tried - split on blank lines, on line ends, as bytes or as str - this
    was the fastest.)"""
    timer, n = Timer(), 0
    for line in events.split(b"\n"):
        if line.startswith(b"data:"):
            n += len(binascii.a2b_base64(json.loads(line[5:])["data"]["audio"]))
    timer.stop()
    metrics = timer.metrics(n)
    metrics["ttfa_ms"] = float("nan")
    return metrics


def our_decoder(events: bytes, piece: int = 65536) -> Metrics:
    from neuphonic_client._core.sse import SSEDecoder
    from neuphonic_client.streaming import _speech_chunk

    timer, n = Timer(), 0
    decoder = SSEDecoder()
    view = memoryview(events)
    for offset in range(0, len(events), piece):
        for event, data in decoder.feed_raw(bytes(view[offset : offset + piece])):
            chunk = _speech_chunk(event, data)
            if chunk is not None:
                n += len(chunk.audio)
    decoder.close()
    timer.stop()
    metrics = timer.metrics(n)
    metrics["ttfa_ms"] = float("nan")
    return metrics


def check(result: Comparison, stream: Prepared) -> list[str]:
    """Every decoding contender must have received exactly the prepared audio (bare httpx: the body)."""
    body = ("read_bytes", len(stream.sample))
    return wrong_byte_counts(result, stream.audio_bytes, {BARE: body, BARE_ASYNC: body})


def decomposition(events: bytes, repeats: int = 15) -> dict[str, Any]:
    """Where the decoding time goes, in-process: CPU milliseconds (best of `repeats`, the steps
    interleaved) of each step on the same event bytes, for httpx-sse's path and for voxspec's."""
    import codecs

    from httpx_sse._decoders import SSEDecoder as PeerDecoder
    from httpx_sse._decoders import SSELineDecoder
    from neuphonic_client._core.audio import loads_with_audio
    from neuphonic_client._core.sse import SSEDecoder

    pieces = [events[i : i + 65536] for i in range(0, len(events), 65536)]
    datas = [line[5:].lstrip() for line in events.split(b"\n") if line.startswith(b"data:")]
    texts = [d.decode() for d in datas]
    audio_text = [json.loads(t)["data"]["audio"] for t in texts]
    audio_bytes = [a.encode() for a in audio_text]

    def peer_framing() -> None:
        lines, decoder, utf8 = SSELineDecoder(), PeerDecoder(), codecs.getincrementaldecoder("utf-8")()
        for piece in pieces:
            for line in lines.decode(utf8.decode(piece)):
                decoder.decode(line.rstrip("\n"))

    def our_framing() -> None:
        decoder = SSEDecoder()
        for piece in pieces:
            decoder.feed_raw(piece)

    def json_loads() -> None:
        for text in texts:
            json.loads(text)

    def base64_stdlib() -> None:
        for text in audio_text:
            base64.b64decode(text)

    def base64_strict() -> None:
        for raw in audio_bytes:
            binascii.a2b_base64(raw, strict_mode=True)

    def our_fast_path() -> None:
        for data in datas:
            loads_with_audio(data, ("data", "audio"))

    def peer_total() -> None:
        httpx_sse_decode(pieces)

    def ours_total() -> None:
        our_decoder(events)

    steps = {
        "httpx-sse framing (bytes -> str -> lines -> events)": peer_framing,
        "json.loads of each event": json_loads,
        "base64.b64decode of each audio string": base64_stdlib,
        "httpx-sse + json.loads + base64, whole path": peer_total,
        "voxspec framing (SSEDecoder.feed_raw, bytes)": our_framing,
        "binascii.a2b_base64(strict_mode=True) of each audio field": base64_strict,
        "voxspec JSON + base64 cut (loads_with_audio)": our_fast_path,
        "voxspec decoder, whole path (framing + event decoding)": ours_total,
    }
    try:
        import pybase64  # type: ignore[import-not-found]

        def base64_simd() -> None:
            for raw in audio_bytes:
                pybase64.b64decode(raw, validate=True)

        steps["pybase64.b64decode(validate=True) of each audio field"] = base64_simd
    except ImportError:
        pass
    out: dict[str, Any] = {"events": len(datas), "audio_bytes": sum(len(a) * 3 // 4 for a in audio_text), "cpu_ms": {}}
    best = dict.fromkeys(steps, float("inf"))
    for _ in range(repeats):  # interleaved, so a busy moment hits every step alike
        for name, step in steps.items():
            started = time.process_time()
            step()
            best[name] = min(best[name], time.process_time() - started)
    out["cpu_ms"] = {name: value * 1000 for name, value in best.items()}
    return out


def httpx_sse_decode(pieces: list[bytes]) -> int:
    """httpx-sse's own decoders + json.loads + base64 over in-memory pieces (what `iter_sse` does
    after the network)."""
    import codecs

    from httpx_sse._decoders import SSEDecoder as PeerDecoder
    from httpx_sse._decoders import SSELineDecoder

    n = 0
    lines, decoder, utf8 = SSELineDecoder(), PeerDecoder(), codecs.getincrementaldecoder("utf-8")()
    for piece in pieces:
        for line in lines.decode(utf8.decode(piece)):
            event = decoder.decode(line.rstrip("\n"))
            if event is not None:
                n += len(base64.b64decode(json.loads(event.data)["data"]["audio"]))
    return n


def run(bench: Bench) -> dict[str, Any]:
    loop = asyncio.new_event_loop()
    results: dict[str, Any] = {"comparisons": {}, "problems": []}
    unit = bench.streams.get("sse", 1 if bench.quick else 60)
    progress("SSE speech: in-process decomposition of the decoding time")
    results["decomposition"] = decomposition(unit.sample, repeats=1 if bench.quick else 15)
    results["decomposition"]["seconds"] = unit.seconds
    try:
        for seconds in QUICK_SIZES if bench.quick else SIZES:
            stream = bench.streams.get("sse", seconds)
            progress(
                f"SSE speech, {stream.audio_seconds:.0f} s of audio ({stream.wire_bytes / 1e6:.1f} MB on the wire)"
            )
            result = compare(
                f"SSE speech, {seconds} s stream",
                contenders(bench, stream, loop),
                rounds=bench.rounds(ROUNDS[seconds]),
                warmup=bench.warmup + (1 if seconds == 1 and not bench.quick else 0),
                params={
                    "seconds": seconds,
                    "audio_bytes": stream.audio_bytes,
                    "wire_bytes": stream.wire_bytes,
                    "events": stream.sample.count(b"\n\n"),
                },
            )
            results["comparisons"][str(seconds)] = result
            results["problems"] += check(result, stream)
    finally:
        loop.close()
    return results
