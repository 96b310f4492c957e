"""Robustness: 50 concurrent clients without a 5xx or a lost write, and garbage at every operation.

The load test runs for VOXSPEC_STRESS_SECONDS (default 3; the issue's full scenario is 30) and stops early
once VOXSPEC_STRESS_REQUESTS requests (default 5000) were made.
"""

from __future__ import annotations

import asyncio
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
import pytest
import websockets
from server_helpers import AF_HEADERS, ASYNCFLOW_KEY, HOLLY, NEUPHONIC_KEY, NP_HEADERS, tts_body

from conformance.servers import ReferenceServer
from conformance.servers._spec import ApiSpec

pytestmark = pytest.mark.e2e
CLIENTS = 50
SECONDS = float(os.environ.get("VOXSPEC_STRESS_SECONDS", "3"))
MAX_REQUESTS = int(os.environ.get("VOXSPEC_STRESS_REQUESTS", "5000"))

Worker = Callable[[httpx.AsyncClient, int], Coroutine[Any, Any, list[int]]]


async def _hammer(base_url: str, headers: dict[str, str], worker: Worker) -> tuple[Counter[int], int]:
    statuses: Counter[int] = Counter()
    deadline = time.monotonic() + SECONDS
    budget = [MAX_REQUESTS]
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)

    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=30, limits=limits) as http:

        async def loop(index: int) -> int:
            done = 0
            while time.monotonic() < deadline and budget[0] > 0:
                for status in await worker(http, index):
                    statuses[status] += 1
                    budget[0] -= 1
                done += 1
            return done

        rounds = await asyncio.gather(*(loop(i) for i in range(CLIENTS)))
    return statuses, sum(rounds)


def test_neuphonic_under_50_concurrent_clients() -> None:
    with ReferenceServer("neuphonic", api_key=NEUPHONIC_KEY) as server:
        created: list[str] = []

        async def worker(http: httpx.AsyncClient, index: int) -> list[int]:
            made = await http.post("/agents", json={"name": f"agent-{index}", "prompt": None, "greeting": None})
            if made.status_code == 200:
                created.append(made.json()["data"]["agent_id"])
            listed = await http.get("/voices")
            spoken = await http.post("/sse/speak/en", json={"text": "load test", "voice_id": HOLLY})
            bad = await http.post("/agents", content=b"\xff{garbage")
            return [made.status_code, listed.status_code, spoken.status_code, bad.status_code]

        statuses, rounds = asyncio.run(_hammer(server.base_url, NP_HEADERS, worker))
        assert rounds >= CLIENTS
        assert not [s for s in statuses if s >= 500], statuses
        assert statuses[422] == rounds  # every garbage body refused, every time
        listed = httpx.get(server.base_url + "/agents", headers=NP_HEADERS).json()["data"]["agents"]
        assert sorted(agent["agent_id"] for agent in listed) == sorted(created)  # no lost writes
        assert server.app.state.internal_errors == []


def test_asyncflow_under_50_concurrent_clients() -> None:
    with ReferenceServer("asyncflow", api_key=ASYNCFLOW_KEY) as server:
        http = httpx.Client(base_url=server.base_url, headers=AF_HEADERS)
        from server_helpers import wav_sample

        voice_id = http.post(
            "/voices/clone",
            data={"name": "shared", "description": "0"},
            files={"audio": ("s.wav", wav_sample(3.5), "audio/wav")},
        ).json()["id"]
        writes: Counter[str] = Counter()

        async def worker(client: httpx.AsyncClient, index: int) -> list[int]:
            put = await client.put(f"/voices/{voice_id}", json={"description": f"{index}"})
            if put.status_code == 204:
                writes[str(index)] += 1
            tts = await client.post("/text_to_speech", json=tts_body("short text"))
            page = await client.post("/voices", json={"limit": 3})
            bad = await client.post("/text_to_speech", json={"transcript": 5})
            return [put.status_code, tts.status_code, page.status_code, bad.status_code]

        statuses, rounds = asyncio.run(_hammer(server.base_url, AF_HEADERS, worker))
        assert not [s for s in statuses if s >= 500], statuses
        assert statuses[204] == sum(writes.values()) == rounds
        assert http.get(f"/voices/{voice_id}").json()["description"] in writes  # the last write is kept whole
        assert server.app.state.internal_errors == []


# ---------------------------------------------------------------------------- garbage at every operation
GARBAGE: list[dict[str, Any]] = [
    {"content": b"\x00\xff\xfe garbage", "headers": {"content-type": "application/json"}},
    {"content": b'{"unterminated": ', "headers": {"content-type": "application/json"}},
    {"content": b"a=b&c", "headers": {"content-type": "application/x-www-form-urlencoded"}},
    {"content": b"plain", "headers": {"content-type": "text/plain"}},
    {
        "content": b'--zz\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n\r\npartial',
        "headers": {"content-type": "multipart/form-data; boundary=zz"},
    },
    {"content": b"--zz\r\n\r\n--zz--\r\n", "headers": {"content-type": "multipart/form-data"}},
    {"content": b"[]" * 10, "headers": {"content-type": "application/json; charset=latin-1"}},
    {"json": {"a": [{"b": None}] * 50}},
    {"json": "just a string"},
    {"json": 1e308},
]


def _operations(slug: str) -> list[tuple[str, str]]:
    spec = ApiSpec.load(slug)
    found = []
    for path, item in spec.document["paths"].items():
        for method in ("get", "post", "put", "patch", "delete"):
            if method in item:
                found.append((method.upper(), re.sub(r"\{[^}]+\}", "garbage-id", path)))
    return found


@pytest.mark.parametrize(
    ("slug", "key", "headers", "shape"),
    [
        ("neuphonic", NEUPHONIC_KEY, NP_HEADERS, "ErrorDetail|HTTPValidationError"),
        ("asyncflow", ASYNCFLOW_KEY, AF_HEADERS, "ErrorResponse"),
        ("respeecher", "rs_key", {"api-key": "rs_key"}, "ErrorResponse|HTTPValidationError"),
        ("nextneural", "nn_k_key", {"Authorization": "Bearer nn_k_key"}, "HTTPError|ValidationErrorBody"),
        ("nevox", "nvx_key", {"Authorization": "Bearer nvx_key"}, "ErrorResponse"),
    ],
)
def test_garbage_bodies_at_every_operation_get_the_apis_4xx(
    slug: str, key: str, headers: dict[str, str], shape: str
) -> None:
    spec = ApiSpec.load(slug)
    with ReferenceServer(slug, api_key=key, **({"rate_limits": False} if slug == "nextneural" else {})) as server:
        http = httpx.Client(base_url=server.base_url, headers=headers, timeout=10)
        for method, path in _operations(slug):
            for garbage in GARBAGE:
                response = http.request(method, path, **garbage)
                assert response.status_code < 500, (method, path, garbage, response.text)
                if response.status_code >= 400:
                    body = response.json()
                    assert any(spec.check_named(name, body) == [] for name in shape.split("|")), (path, body)
        assert http.get("/nope/nope").status_code == 404
        assert server.app.state.internal_errors == []


@pytest.mark.parametrize(
    ("slug", "path", "probe"),
    [
        ("neuphonic", f"/speak/en?api_key={NEUPHONIC_KEY}", '{"text": " <STOP>"}'),
        ("neuphonic", f"/agents?api_key={NEUPHONIC_KEY}&mode=llm-tts", '{"text": "still there?"}'),
        ("asyncflow", f"/text_to_speech/websocket/ws?api_key={ASYNCFLOW_KEY}&version=v1", '{"transcript": "x"}'),
    ],
)
def test_websocket_garbage_never_crashes_the_server(slug: str, path: str, probe: str) -> None:
    """After each garbage frame the socket either answers a probe or was closed with a clear code."""
    key = NEUPHONIC_KEY if slug == "neuphonic" else ASYNCFLOW_KEY
    with ReferenceServer(slug, api_key=key) as server:

        async def scenario() -> None:
            # Small enough that a client which stops reading (websockets queues 16 messages) is not involved.
            for frame in [
                b"\x00" * 70000,
                "{" * 100,
                '{"text": {"nested": []}}',
                "\u2028\u0000",
                "[]",
                "null",
                '{"audio": 12}',
                '{"transcript": null}',
            ]:
                async with websockets.connect(server.ws_url + path) as ws:
                    try:
                        await ws.send(frame)
                        await ws.send(probe)
                        reply = await asyncio.wait_for(ws.recv(), 5)
                        assert isinstance(reply, str)  # a clear message (an error, or the probe's answer) ...
                    except websockets.ConnectionClosed:
                        assert ws.close_code in (1003, 1007, 1008), ws.close_code  # ... or a clear close code
                        assert ws.close_reason

        asyncio.run(scenario())
        assert server.app.state.internal_errors == []
