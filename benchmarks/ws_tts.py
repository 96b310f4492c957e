"""TTS over WebSockets: our session helpers against a bare `websockets` client (and pyneuphonic).

Neuphonic `/speak/{lang}`: a passage `{"text": "... <STOP>"}` is answered with `{"data": {"audio":
<base64>, "text", "sampling_rate", "stop": false}}` messages and a last one with `stop: true`.
Contenders: voxspec `TtsWebSocket` (sync) and `AsyncTtsWebSocket`; a bare `websockets` client, sync
and asyncio, doing the same protocol by hand (`json.dumps` out, `json.loads` + `base64.b64decode`
in, until `stop`); pyneuphonic 3.1.2 `AsyncWebsocketClient` (its message handler gets pydantic
models with the audio decoded).

AsyncFlow `/text_to_speech/websocket/ws`: init on connect, `{"transcript": ...}`, `{"text": ""}`,
then `{"audio": <base64>, "final": false}` messages until `final: true` (the server then closes).
Contenders: voxspec `TtsWebSocket` / `AsyncTtsWebSocket` and bare `websockets`, sync and asyncio.

Connecting (and AsyncFlow's init message) happens before the clock starts, the same for everyone;
`ttfa_ms` runs from sending the text to the first decoded audio, `audio_mbps` from sending the
text to the final message. The replay server negotiates no compression, so no client inflates.
"""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any

from benchmarks._harness import Bench, Contender, Metrics, Timer, compare, progress, wrong_byte_counts
from benchmarks._streams import API_KEY, RATE, Prepared, _flow_init, server_voice

SIZES = (1, 60, 600)
QUICK_SIZES = (1,)
ROUNDS = {1: 25, 60: 7, 600: 5}

OURS = "voxspec TtsWebSocket"
OURS_ASYNC = "voxspec AsyncTtsWebSocket"
BARE = "bare websockets (sync)"
BARE_ASYNC = "bare websockets (asyncio)"
PYNEUPHONIC = "pyneuphonic AsyncWebsocketClient"


def neuphonic_contenders(bench: Bench, stream: Prepared, loop: asyncio.AbstractEventLoop) -> list[Contender]:
    import websockets
    from neuphonic_client.auth import create_client
    from neuphonic_client.realtime import AsyncTtsWebSocket, TtsWebSocket
    from pyneuphonic import Neuphonic, TTSConfig, WebsocketEvents
    from websockets.sync.client import connect

    client = create_client(API_KEY, base_url=bench.replay_url)
    text = stream.text
    url = f"ws://127.0.0.1:{bench.port}/speak/en?lang_code=en&sampling_rate={RATE}&encoding=pcm_linear"
    headers = {"X-API-KEY": API_KEY}
    passage = json.dumps({"text": f"{text} <STOP>"})
    sdk = Neuphonic(api_key=API_KEY, base_url=f"localhost:{bench.port}")

    def ours() -> Metrics:
        with TtsWebSocket(client, sampling_rate=RATE, encoding="pcm_linear") as tts:
            timer, n = Timer(), 0
            for chunk in tts.speak(text):
                if chunk.audio:
                    timer.mark_first()
                    n += len(chunk.audio)
            timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    async def ours_async() -> Metrics:
        async with AsyncTtsWebSocket(client, sampling_rate=RATE, encoding="pcm_linear") as tts:
            timer, n = Timer(), 0
            async for chunk in await tts.speak(text):
                if chunk.audio:
                    timer.mark_first()
                    n += len(chunk.audio)
            timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    def bare() -> Metrics:
        with connect(url, additional_headers=headers, max_size=None) as ws:
            timer, n = Timer(), 0
            ws.send(passage)
            while True:
                data = json.loads(ws.recv())["data"]
                audio = base64.b64decode(data["audio"])
                if audio:
                    timer.mark_first()
                    n += len(audio)
                if data.get("stop"):
                    break
            timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    async def bare_async() -> Metrics:
        async with websockets.connect(url, additional_headers=headers, max_size=None) as ws:
            timer, n = Timer(), 0
            await ws.send(passage)
            while True:
                data = json.loads(await ws.recv())["data"]
                audio = base64.b64decode(data["audio"])
                if audio:
                    timer.mark_first()
                    n += len(audio)
                if data.get("stop"):
                    break
            timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    async def pyneuphonic() -> Metrics:
        ws = sdk.tts.AsyncWebsocketClient()
        done = asyncio.Event()
        state = {"n": 0}
        timer = Timer()

        async def on_message(message: Any) -> None:
            audio = message.data.audio
            if audio:
                timer.mark_first()
                state["n"] += len(audio)
            if getattr(message.data, "stop", False):
                done.set()

        ws.on(WebsocketEvents.MESSAGE, on_message)
        await ws.open(TTSConfig(sampling_rate=RATE))
        timer = Timer()
        await ws.send({"text": f"{text} <STOP>"})
        await asyncio.wait_for(done.wait(), 120)
        timer.stop()
        await ws.close()
        return timer.metrics(state["n"], stream.wire_bytes)

    run = loop.run_until_complete
    return [
        Contender(OURS, ours, ours=True, role="our helper"),
        Contender(OURS_ASYNC, lambda: run(ours_async()), ours=True, role="our async helper"),
        Contender(BARE, bare, role="peer: protocol by hand"),
        Contender(BARE_ASYNC, lambda: run(bare_async()), role="peer: protocol by hand, asyncio"),
        Contender(PYNEUPHONIC, lambda: run(pyneuphonic()), role="peer: official SDK"),
    ]


def asyncflow_contenders(bench: Bench, stream: Prepared, loop: asyncio.AbstractEventLoop) -> list[Contender]:
    import websockets
    from asyncflow_client.auth import create_client
    from asyncflow_client.realtime import AsyncTtsWebSocket, TtsWebSocket
    from websockets.sync.client import connect

    client = create_client(API_KEY, base_url=bench.replay_url)
    text = stream.text
    voice = server_voice()
    url = f"ws://127.0.0.1:{bench.port}/text_to_speech/websocket/ws?api_key={API_KEY}&version=v1"
    init = json.dumps(_flow_init(voice))
    transcript = json.dumps({"transcript": text + " "})
    end = json.dumps({"text": ""})

    def ours() -> Metrics:
        with TtsWebSocket(client, voice_id=voice, sample_rate=RATE) as tts:
            timer, n = Timer(), 0
            for chunk in tts.speak(text):
                if chunk.audio:
                    timer.mark_first()
                    n += len(chunk.audio)
            timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    async def ours_async() -> Metrics:
        async with AsyncTtsWebSocket(client, voice_id=voice, sample_rate=RATE) as tts:
            timer, n = Timer(), 0
            async for chunk in await tts.speak(text):
                if chunk.audio:
                    timer.mark_first()
                    n += len(chunk.audio)
            timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    def _message(frame: str | bytes) -> dict[str, Any]:
        message: dict[str, Any] = json.loads(frame)
        if "error_code" in message:
            raise RuntimeError(f"server error: {message}")
        return message

    def bare() -> Metrics:
        with connect(url, max_size=None) as ws:
            ws.send(init)
            timer, n = Timer(), 0
            ws.send(transcript)
            ws.send(end)
            while True:
                message = _message(ws.recv())
                if message["audio"]:
                    timer.mark_first()
                    n += len(base64.b64decode(message["audio"]))
                if message.get("final"):
                    break
            timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    async def bare_async() -> Metrics:
        async with websockets.connect(url, max_size=None) as ws:
            await ws.send(init)
            timer, n = Timer(), 0
            await ws.send(transcript)
            await ws.send(end)
            while True:
                message = _message(await ws.recv())
                if message["audio"]:
                    timer.mark_first()
                    n += len(base64.b64decode(message["audio"]))
                if message.get("final"):
                    break
            timer.stop()
        return timer.metrics(n, stream.wire_bytes)

    run = loop.run_until_complete
    return [
        Contender(OURS, ours, ours=True, role="our helper"),
        Contender(OURS_ASYNC, lambda: run(ours_async()), ours=True, role="our async helper"),
        Contender(BARE, bare, role="peer: protocol by hand"),
        Contender(BARE_ASYNC, lambda: run(bare_async()), role="peer: protocol by hand, asyncio"),
    ]


def run(bench: Bench) -> dict[str, Any]:
    loop = asyncio.new_event_loop()
    results: dict[str, Any] = {"neuphonic": {}, "asyncflow": {}, "problems": []}
    try:
        for api, kind, build in (
            ("neuphonic", "ws_neuphonic", neuphonic_contenders),
            ("asyncflow", "ws_flow", asyncflow_contenders),
        ):
            for seconds in QUICK_SIZES if bench.quick else SIZES:
                stream = bench.streams.get(kind, seconds)
                progress(f"WebSocket TTS ({api}), {stream.audio_seconds:.0f} s of audio")
                result = compare(
                    f"WebSocket TTS ({api}), {seconds} s passage",
                    build(bench, stream, loop),
                    rounds=bench.rounds(ROUNDS[seconds]),
                    warmup=bench.warmup + (1 if seconds == 1 and not bench.quick else 0),
                    params={"seconds": seconds, "audio_bytes": stream.audio_bytes, "wire_bytes": stream.wire_bytes},
                )
                results[api][str(seconds)] = result
                results["problems"] += wrong_byte_counts(result, stream.audio_bytes)
    finally:
        loop.close()
    return results
