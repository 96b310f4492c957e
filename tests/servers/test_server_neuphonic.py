"""Neuphonic reference server over real HTTP, SSE and WebSockets (uvicorn on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import base64
import json
import time
from typing import Any

import httpx
import pytest
import websockets
from pyneuphonic._sse import SSEClientBase
from server_helpers import HOLLY, NEUPHONIC_KEY, NP_HEADERS, wav_sample

from conformance.servers import ReferenceServer
from conformance.servers._spec import ApiSpec

pytestmark = pytest.mark.e2e
SPEC = ApiSpec.load("neuphonic")


def client(server: ReferenceServer, **headers: str) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, headers=headers, timeout=10)


def assert_schema(name: str, body: Any) -> None:
    assert SPEC.check_named(name, body) == [], body


# ---------------------------------------------------------------------------- auth
def test_every_auth_form_is_accepted(neuphonic: ReferenceServer) -> None:
    http = client(neuphonic)
    assert http.get("/voices", headers={"x-api-key": NEUPHONIC_KEY}).status_code == 200
    assert http.get("/voices", headers={"X-API-KEY": NEUPHONIC_KEY}).status_code == 200
    assert http.get("/voices", params={"api_key": NEUPHONIC_KEY}).status_code == 200
    token = http.post("/sse/auth", headers=NP_HEADERS).json()["data"]["jwt_token"]
    assert http.get("/voices", params={"jwt_token": token}).status_code == 200
    assert http.get("/voices", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert http.get("/voices", headers={"Authorization": f"Bearer: {token}"}).status_code == 200


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({}, 401),
        ({"headers": {"x-api-key": "wrong"}}, 403),
        ({"params": {"api_key": "wrong"}}, 403),
        ({"params": {"jwt_token": "a.b.c"}}, 403),
        ({"headers": {"Authorization": "Bearer " + NEUPHONIC_KEY}}, 403),  # the key is not a JWT
    ],
)
def test_missing_or_wrong_credentials_are_refused(
    neuphonic: ReferenceServer, kwargs: dict[str, Any], status: int
) -> None:
    http = client(neuphonic)
    for method, path in [("GET", "/voices"), ("POST", "/agents"), ("POST", "/sse/speak/en"), ("POST", "/sse/auth")]:
        response = http.request(method, path, json={"text": "hi", "name": "x"}, **kwargs)
        assert response.status_code == status, (method, path)
        assert_schema("ErrorDetail", response.json())
        assert NEUPHONIC_KEY not in response.text
    assert http.get("/ping").status_code == 200  # security: []


def test_jwts_expire() -> None:
    now = [1_000_000.0]
    with ReferenceServer("neuphonic", api_key=NEUPHONIC_KEY, jwt_ttl=30, clock=lambda: now[0]) as server:
        http = client(server)
        token = http.post("/sse/auth", headers=NP_HEADERS).json()["data"]["jwt_token"]
        short = http.post("/sse/auth", headers=NP_HEADERS, params={"expiration": 5}).json()["data"]["jwt_token"]
        assert http.get("/voices", params={"jwt_token": token}).status_code == 200
        now[0] += 10
        assert http.get("/voices", params={"jwt_token": short}).status_code == 403
        assert http.get("/voices", params={"jwt_token": token}).status_code == 200
        now[0] += 30
        response = http.get("/voices", headers={"Authorization": f"Bearer: {token}"})
        assert response.status_code == 403 and response.json() == {"detail": "Invalid or expired token"}


# ---------------------------------------------------------------------------- voices
def test_voices_carry_both_ids_and_match_the_spec(neuphonic: ReferenceServer) -> None:
    body = client(neuphonic, **NP_HEADERS).get("/voices").json()
    assert_schema("VoicesResponse", body)
    assert all(voice["id"] == voice["voice_id"] for voice in body["data"]["voices"])
    assert HOLLY in {voice["id"] for voice in body["data"]["voices"]}


def test_clone_update_delete_voice(neuphonic: ReferenceServer) -> None:
    http = client(neuphonic, **NP_HEADERS)
    sample = {"voice_file": ("me.wav", wav_sample(7), "audio/wav")}
    created = http.post("/voices", params={"voice_name": "Mine", "voice_tags": "warm, calm"}, files=sample)
    assert created.status_code == 200
    assert_schema("CloneVoiceResponse", created.json())
    voice_id = created.json()["data"]["voice_id"]
    voices = {v["id"]: v for v in http.get("/voices").json()["data"]["voices"]}
    assert voices[voice_id]["name"] == "Mine" and voices[voice_id]["tags"] == ["warm", "calm"]

    duplicate = http.post("/voices", params={"voice_name": "Mine"}, files=sample)
    assert duplicate.status_code == 400 and duplicate.json() == {"detail": "This voice name already exists"}

    # pyneuphonic sends empty new_voice_tags= / new_voice_file= and an empty body when no file is given.
    updated = http.patch(f"/voices/{voice_id}?new_voice_name=Renamed&new_voice_tags=&new_voice_file=")
    assert updated.status_code == 200
    assert_schema("UpdateVoiceResponse", updated.json())
    assert "has successfully been updated" in updated.json()["data"]["message"]
    with_file = http.patch(
        f"/voices/{voice_id}",
        params={"new_voice_tags": "x"},
        files={"new_voice_file": ("n.wav", wav_sample(6.5), "audio/wav")},
    )
    assert with_file.status_code == 200
    voices = {v["id"]: v for v in http.get("/voices").json()["data"]["voices"]}
    assert voices[voice_id]["name"] == "Renamed" and voices[voice_id]["tags"] == ["x"]

    deleted = http.delete(f"/voices/{voice_id}")
    assert deleted.status_code == 200
    assert_schema("DeleteVoiceResponse", deleted.json())
    again = http.delete(f"/voices/{voice_id}")
    assert again.status_code == 404 and again.json() == {"detail": "This voice_id does not exist"}
    assert http.patch(f"/voices/{voice_id}").status_code == 404
    assert voice_id not in {v["id"] for v in http.get("/voices").json()["data"]["voices"]}


def test_clone_without_voice_name_as_pyneuphonic_under_httpx_028_sends_it(neuphonic: ReferenceServer) -> None:
    http = client(neuphonic, **NP_HEADERS)
    first = http.post("/voices?lang_code=en", files={"voice_file": ("narrator.wav", wav_sample(6.2), "audio/wav")})
    second = http.post("/voices?lang_code=en", files={"voice_file": ("narrator.wav", wav_sample(6.2), "audio/wav")})
    assert first.status_code == second.status_code == 200
    names = {v["name"] for v in http.get("/voices").json()["data"]["voices"]}
    assert {"narrator", "narrator (2)"} <= names


@pytest.mark.parametrize(
    ("files", "params", "status", "detail"),
    [
        ({"voice_file": ("s.wav", wav_sample(2), "audio/wav")}, {}, 400, "Audio file must be longer than 6 seconds"),
        (
            {"voice_file": ("s.wav", wav_sample(8)[:20000], "audio/wav")},
            {},
            400,
            "Audio file must be longer than 6 seconds",
        ),
        ({"voice_file": ("s.txt", b"not audio at all", "text/plain")}, {}, 400, None),
        ({"voice_file": ("s.wav", wav_sample(7), "audio/wav")}, {"lang_code": "xx"}, 400, None),
        ({"other": ("s.wav", wav_sample(7), "audio/wav")}, {}, 422, None),
    ],
)
def test_clone_refuses_bad_samples(
    neuphonic: ReferenceServer, files: dict[str, Any], params: dict[str, str], status: int, detail: str | None
) -> None:
    response = client(neuphonic, **NP_HEADERS).post("/voices", params=params, files=files)
    assert response.status_code == status, response.text
    if detail:
        assert response.json() == {"detail": detail}
    assert_schema("HTTPValidationError" if status == 422 else "ErrorDetail", response.json())


def test_oversized_uploads_get_413_before_the_body_is_read() -> None:
    with ReferenceServer("neuphonic", api_key=NEUPHONIC_KEY, max_upload_bytes=50_000) as server:
        response = client(server, **NP_HEADERS).post(
            "/voices", files={"voice_file": ("big.wav", wav_sample(10), "audio/wav")}
        )
        assert response.status_code == 413
        assert_schema("ErrorDetail", response.json())


def test_standard_voices_cannot_be_changed(neuphonic: ReferenceServer) -> None:
    http = client(neuphonic, **NP_HEADERS)
    assert http.delete(f"/voices/{HOLLY}").status_code == 403
    assert http.patch(f"/voices/{HOLLY}?new_voice_name=X").status_code == 403


# ---------------------------------------------------------------------------- agents
def test_agent_crud(neuphonic: ReferenceServer) -> None:
    http = client(neuphonic, **NP_HEADERS)
    created = http.post("/agents", json={"name": "Desk", "prompt": "Be brief.", "greeting": None})
    assert created.status_code == 200
    assert_schema("CreateAgentResponse", created.json())
    agent_id = created.json()["data"]["agent_id"]
    listed = http.get("/agents").json()
    assert_schema("AgentsResponse", listed)
    assert {"agent_id": agent_id, "name": "Desk"} in listed["data"]["agents"]
    got = http.get(f"/agents/{agent_id}").json()
    assert_schema("AgentResponse", got)
    assert got["data"]["agent"] == {"agent_id": agent_id, "name": "Desk", "prompt": "Be brief.", "greeting": None}
    token = http.post(f"/agents/{agent_id}/token")
    assert token.status_code == 200 and token.json()["data"]["token"].count(".") == 2
    deleted = http.delete(f"/agents/{agent_id}")
    assert_schema("DeleteAgentResponse", deleted.json())
    missing = http.get(f"/agents/{agent_id}")
    assert missing.status_code == 404 and "not found" in missing.json()["detail"]
    assert http.delete(f"/agents/{agent_id}").status_code == 404
    assert http.post(f"/agents/{agent_id}/token").status_code == 404


# ---------------------------------------------------------------------------- validation
@pytest.mark.parametrize(
    ("method", "path", "kwargs", "loc"),
    [
        ("POST", "/agents", {"json": {}}, ["body", "name"]),
        ("POST", "/agents", {"json": {"name": 5}}, ["body", "name"]),
        ("POST", "/agents", {"content": b"{not json", "headers": {"content-type": "application/json"}}, ["body", 1]),
        ("POST", "/agents", {"content": b"", "headers": {"content-type": "application/json"}}, ["body"]),
        ("POST", "/agents", {"content": b"name=x", "headers": {"content-type": "text/plain"}}, ["body"]),
        ("POST", "/sse/speak/en", {"json": {"text": "hi", "sampling_rate": 12345}}, ["body", "sampling_rate"]),
        ("POST", "/sse/speak/en", {"json": {"text": "hi", "speed": 9}}, ["body", "speed"]),
        ("POST", "/sse/speak/en", {"json": {"text": ""}}, ["body", "text"]),
        ("POST", "/sse/speak/en", {"json": ["text"]}, ["body"]),
        ("POST", "/sse/auth", {"params": {"expiration": "soon"}}, ["query", "expiration"]),
        (
            "POST",
            "/voices",
            {
                "content": b'--x\r\nContent-Disposition: form-data; name="voice_file"',
                "headers": {"content-type": "multipart/form-data; boundary=x"},
            },
            ["body"],
        ),
        ("POST", "/voices", {"json": {"voice_file": "abc"}}, ["body"]),
    ],
)
def test_invalid_input_gets_fastapi_422(
    neuphonic: ReferenceServer, method: str, path: str, kwargs: dict[str, Any], loc: list[Any]
) -> None:
    response = client(neuphonic, **NP_HEADERS).request(method, path, **kwargs)
    assert response.status_code == 422, response.text
    assert_schema("HTTPValidationError", response.json())
    assert response.json()["detail"][0]["loc"] == loc


def test_unknown_routes_and_methods_answer_in_the_api_shape(neuphonic: ReferenceServer) -> None:
    http = client(neuphonic, **NP_HEADERS)
    assert http.get("/nope").json() == {"detail": "Not Found"}
    response = http.put("/voices")
    assert response.status_code == 405 and set(response.headers["allow"].split(", ")) >= {"GET", "POST"}


# ---------------------------------------------------------------------------- SSE
def sse_events(raw: bytes) -> list[tuple[str, dict[str, Any]]]:
    """Split a body into (event, data) pairs, checking the exact grammar pyneuphonic relies on."""
    text = raw.decode()
    assert text.endswith("\n\n")
    events = []
    for block in text[:-2].split("\n\n"):
        lines = block.split("\n")
        assert len(lines) == 2, block
        assert lines[0] in ("event: message", "event: error")
        assert lines[1].startswith("data: {") and "\r" not in block
        events.append((lines[0][len("event: ") :], json.loads(lines[1][len("data: ") :])))
    return events


def test_sse_grammar_is_what_pyneuphonic_parses(neuphonic: ReferenceServer) -> None:
    body = {
        "text": "Hello there world",
        "voice_id": HOLLY,
        "sampling_rate": 16000,
        "encoding": "pcm_linear",
        "speed": 1.0,
        "lang_code": "en",
        "model": "neu_hq",
    }
    response = client(neuphonic, **NP_HEADERS).post("/sse/speak/en", json=body)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = sse_events(response.content)
    assert [name for name, _ in events] == ["message"] * 3
    for _, payload in events:
        assert_schema("SseMessage", payload)
    assert "".join(payload["data"]["text"] for _, payload in events) == "Hello there world"
    parser = SSEClientBase(api_key="k", base_url="localhost")
    parsed = [parser._parse_message(line) for line in response.text.splitlines()]
    messages = [m for m in parsed if m is not None]
    assert len(messages) == 3 and all(m.data.sampling_rate == 16000 for m in messages)
    total = sum(len(m.data.audio) for m in messages)
    assert total % 2 == 0 and 0.8 < total / 2 / 16000 < 1.2  # 17 characters of text


def test_sse_mulaw_and_error_event(neuphonic: ReferenceServer) -> None:
    http = client(neuphonic, **NP_HEADERS)
    events = sse_events(
        http.post("/sse/speak/en", json={"text": "abc", "encoding": "pcm_mulaw", "sampling_rate": 8000}).content
    )
    assert len(base64.b64decode(events[0][1]["data"]["audio"])) == round(3 * 0.06 * 8000)
    error = http.post("/sse/speak/en", json={"text": "hi", "voice_id": "no-such-voice"})
    assert error.status_code == 200
    assert sse_events(error.content) == [("error", {"status_code": 400, "data": None, "errors": ["Voice not found"]})]
    with pytest.raises(Exception, match="Voice not found"):
        SSEClientBase(api_key="k", base_url="localhost")._parse_message(error.text.splitlines()[1])


def test_sse_first_event_is_fast_even_for_long_text(neuphonic: ReferenceServer) -> None:
    http = client(neuphonic, **NP_HEADERS)
    http.get("/voices")  # connection established and warm
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        with http.stream("POST", "/sse/speak/en", json={"text": "word " * 2000}) as response:
            for line in response.iter_lines():
                if line.startswith("data: "):
                    timings.append(time.perf_counter() - start)
                    break
    assert min(timings) < 0.025, timings


def test_long_streams_on_request() -> None:
    with ReferenceServer("neuphonic", api_key=NEUPHONIC_KEY, audio_seconds_per_char=1.0) as server:
        raw = (
            client(server, **NP_HEADERS)
            .post("/sse/speak/en", json={"text": "abcde fghij", "sampling_rate": 8000})
            .content
        )
        total = sum(len(base64.b64decode(p["data"]["audio"])) for _, p in sse_events(raw))
        assert total == 10 * 8000 * 2


# ---------------------------------------------------------------------------- TTS WebSocket
def ws_url(server: ReferenceServer, path: str, query: str = "") -> str:
    return f"{server.ws_url}{path}{'?' + query if query else ''}"


async def collect_passage(ws: Any) -> list[dict[str, Any]]:
    messages = []
    while True:
        message = json.loads(await asyncio.wait_for(ws.recv(), 5))
        messages.append(message)
        if message["data"]["stop"]:
            return messages


def test_tts_websocket_passages_bare_text_and_context(neuphonic: ReferenceServer) -> None:
    # pyneuphonic's own (unencoded) query string and its lowercase key header.
    url = ws_url(
        neuphonic, "/speak/en", f"speed=1.0&lang_code=en&voice_id={HOLLY}&sampling_rate=16000&encoding=pcm_mulaw"
    )

    async def scenario() -> None:
        async with websockets.connect(url, additional_headers={"x-api-key": NEUPHONIC_KEY}) as ws:
            await ws.send("Hello, world!")  # bare text frame (pyneuphonic's str send)
            await ws.send(json.dumps({"text": " <STOP>"}))
            first = await collect_passage(ws)
            assert [m["data"]["text"] for m in first] == ["Hello,", " world!", ""]
            assert first[-1]["data"] == {"audio": "", "text": "", "sampling_rate": 16000, "stop": True}
            assert len(base64.b64decode(first[0]["data"]["audio"])) == round(6 * 0.06 * 16000)  # mu-law: 1 byte
            await ws.send(json.dumps({"text": ""}))  # keepalive: no answer
            await ws.send(json.dumps({"text": "Second", "context_id": "c-2"}))
            await ws.send(json.dumps({"text": " passage <STOP> third <STOP>"}))
            second = await collect_passage(ws)
            third = await collect_passage(ws)
            assert all(m["data"]["context_id"] == "c-2" for m in second + third)
            for message in first + second + third:
                assert SPEC.check_named("TtsServerMessage", message) == []

    asyncio.run(scenario())


@pytest.mark.parametrize(
    ("frame", "code"),
    [(b"\x00\x01binary", 1003), (json.dumps({"txt": "hi"}), 1007), (json.dumps({"text": 5}), 1007)],
)
def test_tts_websocket_garbage_gets_a_close_code(neuphonic: ReferenceServer, frame: str | bytes, code: int) -> None:
    async def scenario() -> None:
        async with websockets.connect(ws_url(neuphonic, "/speak/en", f"api_key={NEUPHONIC_KEY}")) as ws:
            await ws.send(frame)
            with pytest.raises(websockets.ConnectionClosed):
                await asyncio.wait_for(ws.recv(), 5)
            assert ws.close_code == code and ws.close_reason

    asyncio.run(scenario())
    assert client(neuphonic, **NP_HEADERS).get("/voices").status_code == 200  # still serving


@pytest.mark.parametrize(
    ("query", "headers", "status"),
    [
        ("", {}, 401),
        ("api_key=wrong", {}, 403),
        (f"api_key={NEUPHONIC_KEY}&sampling_rate=123", {}, 422),
        (f"api_key={NEUPHONIC_KEY}&voice_id=nope", {}, 404),
        ("", {"x-api-key": "wrong"}, 403),
    ],
)
def test_tts_websocket_handshake_refusals(
    neuphonic: ReferenceServer, query: str, headers: dict[str, str], status: int
) -> None:
    async def scenario() -> None:
        with pytest.raises(websockets.InvalidStatus) as info:
            async with websockets.connect(ws_url(neuphonic, "/speak/en", query), additional_headers=headers):
                pass
        assert info.value.response.status_code == status
        body = json.loads(info.value.response.body)
        assert_schema("HTTPValidationError" if status == 422 else "ErrorDetail", body)

    asyncio.run(scenario())


def test_tts_websocket_accepts_a_jwt_in_the_query(neuphonic: ReferenceServer) -> None:
    token = client(neuphonic, **NP_HEADERS).post("/sse/auth").json()["data"]["jwt_token"]

    async def scenario() -> None:
        async with websockets.connect(ws_url(neuphonic, "/speak/en", f"jwt_token={token}")) as ws:
            await ws.send(json.dumps({"text": "hi <STOP>"}))
            assert len(await collect_passage(ws)) == 2

    asyncio.run(scenario())


# ---------------------------------------------------------------------------- agent WebSocket
def test_agent_websocket_text_audio_and_barge_in() -> None:
    with ReferenceServer("neuphonic", api_key=NEUPHONIC_KEY, stream_chunk_delay=0.02, agent_turn_seconds=0.5) as server:
        agent_id = (
            client(server, **NP_HEADERS)
            .post("/agents", json={"name": "A", "prompt": None, "greeting": "Welcome!"})
            .json()["data"]["agent_id"]
        )
        query = (
            f"agent_id={agent_id}&lang_code=en&mode=asr-llm-tts&incoming_sampling_rate=16000"
            "&return_sampling_rate=24000&incoming_encoding=pcm_linear&return_encoding=pcm_linear"
            "&mcp_servers=http://x/sse,http://y/sse"
        )

        async def scenario() -> list[dict[str, Any]]:
            seen: list[dict[str, Any]] = []
            async with websockets.connect(
                ws_url(server, "/agents", query), additional_headers={"x-api-key": NEUPHONIC_KEY}
            ) as ws:

                async def until(kind: str) -> None:
                    while True:
                        message = json.loads(await asyncio.wait_for(ws.recv(), 5))
                        seen.append(message)
                        if message["data"]["type"] == kind:
                            return

                await until("llm_response")  # the greeting
                await ws.send(json.dumps({"text": "Tuesday please"}))  # interrupts the greeting's audio
                await until("stop_audio_response")
                await until("llm_response")
                half_second = base64.b64encode(b"\x00\x00" * 8000).decode()
                await ws.send(json.dumps({"audio": half_second}))
                await until("user_transcript")
                await until("audio_response")
            return seen

        seen = asyncio.run(scenario())
        kinds = [m["data"]["type"] for m in seen]
        assert kinds[0] == "llm_response" and seen[0]["data"]["text"] == "Welcome!"
        assert "stop_audio_response" in kinds and "user_transcript" in kinds
        assert any(m["data"].get("text") == "You said: Tuesday please" for m in seen)
        for message in seen:
            assert SPEC.check_named("AgentServerMessage", message) == []
        assert server.app.state.internal_errors == []


@pytest.mark.parametrize(
    ("frame", "code"),
    [("plain text", 1007), (json.dumps({"audio": "%%%"}), 1007), (json.dumps({"foo": 1}), 1007), (b"\x01", 1003)],
)
def test_agent_websocket_garbage(neuphonic: ReferenceServer, frame: str | bytes, code: int) -> None:
    async def scenario() -> None:
        async with websockets.connect(ws_url(neuphonic, "/agents", f"api_key={NEUPHONIC_KEY}&mode=llm-tts")) as ws:
            await ws.send(frame)
            with pytest.raises(websockets.ConnectionClosed):
                await asyncio.wait_for(ws.recv(), 5)
            assert ws.close_code == code

    asyncio.run(scenario())


def test_agent_websocket_unknown_agent_is_refused(neuphonic: ReferenceServer) -> None:
    async def scenario() -> None:
        with pytest.raises(websockets.InvalidStatus) as info:
            async with websockets.connect(ws_url(neuphonic, "/agents", f"api_key={NEUPHONIC_KEY}&agent_id=nope")):
                pass
        assert info.value.response.status_code == 404

    asyncio.run(scenario())


@pytest.mark.e2e
def test_idle_websockets_are_closed_by_the_server() -> None:
    from websockets.exceptions import ConnectionClosed
    from websockets.sync.client import connect

    with ReferenceServer("neuphonic", api_key=NEUPHONIC_KEY, ws_idle_timeout=0.2) as srv:
        with connect(f"{srv.ws_url}/speak/en", additional_headers=NP_HEADERS) as ws:
            with pytest.raises(ConnectionClosed) as info:
                ws.recv(timeout=10)  # bounded: the server closes after 0.2 s of silence
    assert info.value.rcvd is not None and info.value.rcvd.code == 1000 and info.value.rcvd.reason == "idle timeout"
