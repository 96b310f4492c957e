"""The generated Neuphonic client (generated/neuphonic) against respx routes.

For each of the 12 operations: the request is what specs/neuphonic/openapi.yaml says (method, path,
auth header, query, JSON body), every documented response parses into its typed model (the bodies
are the spec's own examples), and unknown fields end up in `additional_properties`. The WebSocket and
SSE message models are checked on the payloads the protocol documents. Multipart framing is the
overlay layer's business and is not looked at here beyond the field name.
"""

from __future__ import annotations

import copy
import importlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import respx
import yaml

# The client is generated (make generate API=neuphonic); without it there is nothing to test.
pytest.importorskip("neuphonic_client")

from neuphonic_client import AuthenticatedClient, Client
from neuphonic_client import models as m
from neuphonic_client.types import UNSET, File

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "neuphonic" / "openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
BASE_URL = "https://api.neuphonic.test"
API_KEY = "test-key-123"
VOICE_ID = "b0f1d1b2-53cc-4c8e-9f7a-3d2a8f0b7c11"
AGENT_ID = "5b1d0a0e-0b4a-4c36-9a51-7a2f3b9f6d10"
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt "


@pytest.fixture
def client() -> Iterator[Client]:
    with Client(base_url=BASE_URL, headers={"X-API-KEY": API_KEY}) as c:
        yield c


@pytest.fixture
def mock() -> Iterator[Any]:
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        yield router


def api(tag: str, operation_id: str) -> Any:
    return importlib.import_module(f"neuphonic_client.api.{tag}.{operation_id}")


# --------------------------------------------------------------------------- the spec as a table


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    out = {}
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                out[op["operationId"]] = (method.upper(), path, op)
    return out


OPERATIONS = _operations()


def response_example(operation_id: str, status: str) -> tuple[str, Any, str | None]:
    """(media type, first example value, model class name or None for a string) of one response."""
    response = _resolve(OPERATIONS[operation_id][2]["responses"][status])
    [(media_type, media)] = response["content"].items()
    value = next(iter(media["examples"].values()))["value"]
    ref = media["schema"].get("$ref")
    return media_type, copy.deepcopy(value), ref.rsplit("/", 1)[-1] if ref else None


# How to call each operation with the smallest valid arguments.
CALLS: dict[str, tuple[str, Callable[[], dict[str, Any]]]] = {
    "ping": ("health", dict),
    "list_voices": ("voices", dict),
    "clone_voice": ("voices", lambda: {"body": m.CloneVoiceForm(voice_file=File(payload=WAV, file_name="a.wav"))}),
    "update_voice": ("voices", lambda: {"voice_id": VOICE_ID}),
    "delete_voice": ("voices", lambda: {"voice_id": VOICE_ID}),
    "get_jwt_token": ("tts", dict),
    "sse_speak": ("tts", lambda: {"lang_code": "en", "body": m.SpeakRequest(text="Hello")}),
    "list_agents": ("agents", dict),
    "create_agent": ("agents", lambda: {"body": m.AgentCreate(name="Front desk")}),
    "get_agent": ("agents", lambda: {"agent_id": AGENT_ID}),
    "delete_agent": ("agents", lambda: {"agent_id": AGENT_ID}),
    "get_agent_token": ("agents", lambda: {"agent_id": AGENT_ID}),
}

CONCRETE_PATH = {"voice_id": VOICE_ID, "agent_id": AGENT_ID, "lang_code": "en"}


def concrete(path: str) -> str:
    for name, value in CONCRETE_PATH.items():
        path = path.replace("{" + name + "}", value)
    return path


def test_every_operation_is_covered() -> None:
    assert set(OPERATIONS) == set(CALLS)
    assert len(OPERATIONS) == 12
    for operation_id, (tag, _) in CALLS.items():
        assert OPERATIONS[operation_id][2]["tags"] == [tag]


DOCUMENTED = [(op, status) for op, (_, _, spec) in OPERATIONS.items() for status in spec["responses"]]


@pytest.mark.parametrize(("operation_id", "status"), DOCUMENTED, ids=[f"{o}-{s}" for o, s in DOCUMENTED])
def test_documented_response_parses_into_its_model(client: Client, mock: Any, operation_id: str, status: str) -> None:
    method, path, _ = OPERATIONS[operation_id]
    media_type, body, model_name = response_example(operation_id, status)
    if media_type == "application/json":
        route = mock.route(method=method, path=concrete(path)).respond(int(status), json=body)
    else:
        route = mock.route(method=method, path=concrete(path)).respond(
            int(status), text=body, headers={"Content-Type": media_type}
        )
    tag, kwargs = CALLS[operation_id]

    response = api(tag, operation_id).sync_detailed(client=client, **kwargs())

    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == method
    assert request.headers["X-API-KEY"] == API_KEY
    assert response.status_code == int(status)
    if model_name is None:
        assert response.parsed == body
    else:
        assert type(response.parsed).__name__ == model_name
        assert response.parsed.to_dict() == body


@pytest.mark.parametrize("operation_id", [op for op in OPERATIONS if response_example(op, "200")[2]])
def test_unknown_fields_are_kept(client: Client, mock: Any, operation_id: str) -> None:
    method, path, _ = OPERATIONS[operation_id]
    _, body, _ = response_example(operation_id, "200")
    body["status_code"] = 200  # pyneuphonic's APIResponse envelope keys that the spec leaves open
    body["metadata"] = {"request_id": "r-1"}
    if isinstance(body.get("data"), dict):
        body["data"]["added_later"] = [1, 2]
    mock.route(method=method, path=concrete(path)).respond(200, json=body)
    tag, kwargs = CALLS[operation_id]

    parsed = api(tag, operation_id).sync_detailed(client=client, **kwargs()).parsed

    assert parsed.additional_properties["status_code"] == 200
    assert parsed.additional_properties["metadata"] == {"request_id": "r-1"}
    if "data" in body:
        assert parsed.data.additional_properties["added_later"] == [1, 2]
    assert parsed.to_dict() == body


@pytest.mark.parametrize("operation_id", [op for op, (_, _, spec) in OPERATIONS.items() if "422" in spec["responses"]])
def test_validation_error_list(client: Client, mock: Any, operation_id: str) -> None:
    method, path, _ = OPERATIONS[operation_id]
    body = {
        "detail": [
            {"loc": ["query", "expiration"], "msg": "Input should be a valid integer", "type": "int_parsing"},
            {"loc": ["body", "items", 0], "msg": "Field required", "type": "missing", "input": None},
        ]
    }
    mock.route(method=method, path=concrete(path)).respond(422, json=body)
    tag, kwargs = CALLS[operation_id]

    parsed = api(tag, operation_id).sync_detailed(client=client, **kwargs()).parsed

    assert isinstance(parsed, m.HTTPValidationError)
    first, second = parsed.detail
    assert isinstance(first, m.ValidationError)
    assert first.loc == ["query", "expiration"] and first.type_ == "int_parsing"
    assert second.loc == ["body", "items", 0]
    assert second.additional_properties == {"input": None}


# --------------------------------------------------------------------------- health


def test_ping(client: Client, mock: Any) -> None:
    route = mock.get("/ping").respond(200, json={"status": "ok"})

    parsed = api("health", "ping").sync(client=client)

    assert isinstance(parsed, m.PingResponse)
    assert parsed.additional_properties == {"status": "ok"}
    assert route.calls.last.request.url.query == b""
    assert OPERATIONS["ping"][2]["security"] == []


# --------------------------------------------------------------------------- voices


def test_list_voices_has_both_ids(client: Client, mock: Any) -> None:
    _, body, _ = response_example("list_voices", "200")
    route = mock.get("/voices").respond(200, json=body)

    parsed = api("voices", "list_voices").sync(client=client)

    assert isinstance(parsed, m.VoicesResponse)
    request = route.calls.last.request
    assert request.url.query == b"" and request.content == b""
    standard, cloned = parsed.data.voices
    assert standard.id == standard.voice_id == "8e9c4bc8-3979-48ab-8626-df53befc2090"
    assert standard.tags == ["female", "british"]
    assert standard.model_availability == ["neu_hq", "neu_fast"]
    assert cloned.tags is None
    assert cloned.name == "My Voice" and cloned.type_ == "Cloned"


def test_list_voices_keeps_seed_only_fields(client: Client, mock: Any) -> None:
    voice = {"id": "v-1", "voice_id": "v-1", "name": "Ann", "voice_name": "Ann", "is_cloned": False}
    mock.get("/voices").respond(200, json={"data": {"voices": [voice]}})

    parsed = api("voices", "list_voices").sync(client=client)

    assert isinstance(parsed, m.VoicesResponse)
    assert parsed.data.voices[0].additional_properties == {"voice_name": "Ann", "is_cloned": False}


def test_clone_voice_sends_query_and_file(client: Client, mock: Any) -> None:
    route = mock.post("/voices").respond(200, json={"data": {"message": "ok", "voice_id": "v-9"}})
    form = m.CloneVoiceForm(voice_file=File(payload=WAV, file_name="sample.wav", mime_type="audio/wav"))

    parsed = api("voices", "clone_voice").sync(
        client=client, body=form, voice_name="My Voice", voice_tags="warm, narration", lang_code="de"
    )

    assert isinstance(parsed, m.CloneVoiceResponse)
    assert parsed.data.voice_id == "v-9" and parsed.data.message == "ok"
    request = route.calls.last.request
    assert dict(request.url.params) == {"voice_name": "My Voice", "voice_tags": "warm, narration", "lang_code": "de"}
    assert request.headers["X-API-KEY"] == API_KEY
    assert request.headers["Content-Type"].startswith("multipart/form-data")
    assert b'name="voice_file"' in request.content and WAV in request.content


def test_clone_voice_name_is_optional(client: Client, mock: Any) -> None:
    route = mock.post("/voices").respond(200, json={"data": {"message": "ok", "voice_id": "v-9"}})

    api("voices", "clone_voice").sync(client=client, body=m.CloneVoiceForm(voice_file=File(payload=WAV)))

    assert dict(route.calls.last.request.url.params) == {"lang_code": "en"}


def test_clone_voice_links_to_update_and_delete() -> None:
    links = OPERATIONS["clone_voice"][2]["responses"]["200"]["links"]
    assert {link["operationId"] for link in links.values()} == {"update_voice", "delete_voice"}
    assert all(link["parameters"] == {"voice_id": "$response.body#/data/voice_id"} for link in links.values())


def test_update_voice_query_and_optional_file(client: Client, mock: Any) -> None:
    route = mock.patch(f"/voices/{VOICE_ID}").respond(200, json={"data": {"message": "updated"}})

    parsed = api("voices", "update_voice").sync(
        VOICE_ID,
        client=client,
        new_voice_name="Narrator",
        new_voice_tags="calm",
        body=m.UpdateVoiceForm(new_voice_file=File(payload=WAV, file_name="b.wav")),
    )

    assert isinstance(parsed, m.UpdateVoiceResponse)
    assert parsed.data.message == "updated" and parsed.data.voice_id is UNSET
    request = route.calls.last.request
    assert dict(request.url.params) == {"new_voice_name": "Narrator", "new_voice_tags": "calm"}
    assert b'name="new_voice_file"' in request.content


def test_update_voice_without_anything(client: Client, mock: Any) -> None:
    route = mock.patch("/voices/v%2F1").respond(200, json={"data": {"message": "updated", "voice_id": "v/1"}})

    parsed = api("voices", "update_voice").sync("v/1", client=client)

    assert isinstance(parsed, m.UpdateVoiceResponse)
    assert parsed.data.voice_id == "v/1"
    request = route.calls.last.request
    assert request.url.query == b"" and request.content == b""


def test_delete_voice(client: Client, mock: Any) -> None:
    body = {"data": {"message": "Voice was successfully deleted", "voice_id": VOICE_ID}}
    route = mock.delete(f"/voices/{VOICE_ID}").respond(200, json=body)

    parsed = api("voices", "delete_voice").sync(VOICE_ID, client=client)

    assert isinstance(parsed, m.DeleteVoiceResponse)
    assert parsed.data.voice_id == VOICE_ID
    assert route.calls.last.request.content == b""


def test_error_detail_bodies(client: Client, mock: Any) -> None:
    mock.post("/voices").respond(400, json={"detail": "This voice name already exists"})
    mock.delete("/voices/nope").respond(404, json={"detail": "This voice_id does not exist"})
    mock.get("/voices").respond(401, json={"detail": "Not authenticated"})

    clone = api("voices", "clone_voice").sync_detailed(
        client=client, body=m.CloneVoiceForm(voice_file=File(payload=WAV)), voice_name="Dup"
    )
    missing = api("voices", "delete_voice").sync_detailed("nope", client=client)
    unauth = api("voices", "list_voices").sync_detailed(client=client)

    assert isinstance(clone.parsed, m.ErrorDetail) and clone.parsed.detail == "This voice name already exists"
    assert isinstance(missing.parsed, m.ErrorDetail) and missing.status_code == 404
    assert isinstance(unauth.parsed, m.ErrorDetail) and unauth.parsed.detail == "Not authenticated"


def test_undocumented_status_is_not_parsed(client: Client, mock: Any) -> None:
    mock.get("/voices").respond(500, text="boom")

    response = api("voices", "list_voices").sync_detailed(client=client)

    assert response.status_code == 500 and response.parsed is None


# --------------------------------------------------------------------------- tts


def test_get_jwt_token_has_no_body_and_default_expiration(client: Client, mock: Any) -> None:
    route = mock.post("/sse/auth").respond(200, json={"data": {"jwt_token": "jwt-1"}})

    parsed = api("tts", "get_jwt_token").sync(client=client)

    assert isinstance(parsed, m.JwtTokenResponse) and parsed.data.jwt_token == "jwt-1"
    request = route.calls.last.request
    assert request.content == b""
    assert dict(request.url.params) == {"expiration": "3600"}


def test_get_jwt_token_expiration(client: Client, mock: Any) -> None:
    route = mock.post("/sse/auth").respond(200, json={"data": {"jwt_token": "jwt-1"}})

    api("tts", "get_jwt_token").sync(client=client, expiration=60)

    assert dict(route.calls.last.request.url.params) == {"expiration": "60"}


def test_bearer_jwt_with_authenticated_client(mock: Any) -> None:
    route = mock.get("/voices").respond(200, json={"data": {"voices": []}})

    with AuthenticatedClient(base_url=BASE_URL, token="jwt-1") as jwt_client:
        parsed = api("voices", "list_voices").sync(client=jwt_client)

    assert isinstance(parsed, m.VoicesResponse) and parsed.data.voices == []
    assert route.calls.last.request.headers["Authorization"] == "Bearer jwt-1"


def test_sse_speak_request_body(client: Client, mock: Any) -> None:
    route = mock.post("/sse/speak/de").respond(200, text="", headers={"Content-Type": "text/event-stream"})
    body = m.SpeakRequest(
        text="Hallo Welt",
        voice_id="v-1",
        lang_code="de",
        speed=1.2,
        temperature=0.5,
        sampling_rate=m.SamplingRate.VALUE_16000,
        encoding=m.AudioEncoding.PCM_MULAW,
        output_format=m.OutputFormat.WAV,
        model="neu_hq",
    )
    body.additional_properties["style"] = "calm"

    api("tts", "sse_speak").sync_detailed("de", client=client, body=body)

    request = route.calls.last.request
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["X-API-KEY"] == API_KEY
    assert json.loads(request.content) == {
        "text": "Hallo Welt",
        "voice_id": "v-1",
        "lang_code": "de",
        "speed": 1.2,
        "temperature": 0.5,
        "sampling_rate": 16000,
        "encoding": "pcm_mulaw",
        "output_format": "wav",
        "model": "neu_hq",
        "style": "calm",
    }


def test_sse_speak_defaults_match_pyneuphonic(client: Client, mock: Any) -> None:
    route = mock.post("/sse/speak/en").respond(200, text="", headers={"Content-Type": "text/event-stream"})

    api("tts", "sse_speak").sync_detailed("en", client=client, body=m.SpeakRequest(text="Hello"))

    # Unset enum settings are left to the server (whose defaults are 24000 / pcm_linear).
    assert json.loads(route.calls.last.request.content) == {"text": "Hello", "lang_code": "en", "speed": 1.0}


def test_sse_stream_events_parse_into_sse_message(client: Client, mock: Any) -> None:
    stream = (
        'event: message\ndata: {"status_code": 200, "data": {"audio": "AAABAA==", "text": "Hello",'
        ' "sampling_rate": 24000}}\n\n'
        ": ping\n\n"
        'event: error\ndata: {"status_code": 400, "data": null, "errors": ["Voice not found"]}\n\n'
    )
    mock.post("/sse/speak/en").respond(200, text=stream, headers={"Content-Type": "text/event-stream"})
    media = OPERATIONS["sse_speak"][2]["responses"]["200"]["content"]["text/event-stream"]
    assert media["schema"] == {"type": "string"}
    assert media["x-sse-event-schema"] == {"$ref": "#/components/schemas/SseMessage"}

    text = api("tts", "sse_speak").sync("en", client=client, body=m.SpeakRequest(text="Hello"))

    assert isinstance(text, str)
    events = [m.SseMessage.from_dict(json.loads(line[6:])) for line in text.splitlines() if line.startswith("data: ")]
    chunk, error = events
    assert chunk.status_code == 200 and isinstance(chunk.data, m.SseAudioChunk)
    assert chunk.data.audio == "AAABAA==" and chunk.data.text == "Hello" and chunk.data.sampling_rate == 24000
    assert error.data is None and error.errors == ["Voice not found"]


def test_sse_speak_error_status_is_json(client: Client, mock: Any) -> None:
    mock.post("/sse/speak/en").respond(403, json={"detail": "Invalid API key"})

    response = api("tts", "sse_speak").sync_detailed("en", client=client, body=m.SpeakRequest(text="x"))

    assert isinstance(response.parsed, m.ErrorDetail) and response.parsed.detail == "Invalid API key"


# --------------------------------------------------------------------------- agents


def test_list_agents(client: Client, mock: Any) -> None:
    route = mock.get("/agents").respond(200, json={"data": {"agents": [{"agent_id": "a-1", "name": "A"}]}})

    parsed = api("agents", "list_agents").sync(client=client)

    assert isinstance(parsed, m.AgentsResponse)
    [agent] = parsed.data.agents
    assert isinstance(agent, m.AgentSummary) and agent.agent_id == "a-1" and agent.name == "A"
    assert route.calls.last.request.content == b""


def test_create_agent_body_like_pyneuphonic(client: Client, mock: Any) -> None:
    route = mock.post("/agents").respond(
        200, json={"data": {"message": "Agent successfully created.", "agent_id": "a-1"}}
    )

    parsed = api("agents", "create_agent").sync(client=client, body=m.AgentCreate(name="A", prompt="p", greeting=None))

    assert isinstance(parsed, m.CreateAgentResponse)
    assert parsed.data.agent_id == "a-1" and parsed.data.message == "Agent successfully created."
    request = route.calls.last.request
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"name": "A", "prompt": "p", "greeting": None}


def test_create_agent_accepts_seed_shape(client: Client, mock: Any) -> None:
    seed_body = {"data": {"agent_id": "a-1", "name": "A", "prompt": "p", "created_at": "2025-01-01T00:00:00Z"}}
    mock.post("/agents").respond(200, json=seed_body)

    parsed = api("agents", "create_agent").sync(client=client, body=m.AgentCreate(name="A"))

    assert isinstance(parsed, m.CreateAgentResponse)
    assert parsed.data.agent_id == "a-1"
    assert parsed.data.additional_properties["created_at"] == "2025-01-01T00:00:00Z"


def test_create_agent_links() -> None:
    links = OPERATIONS["create_agent"][2]["responses"]["200"]["links"]
    assert {link["operationId"] for link in links.values()} == {"get_agent", "delete_agent", "get_agent_token"}
    assert all(link["parameters"] == {"agent_id": "$response.body#/data/agent_id"} for link in links.values())


def test_get_agent(client: Client, mock: Any) -> None:
    body = {"data": {"agent": {"agent_id": AGENT_ID, "name": "A", "prompt": None, "greeting": "Hi!"}}}
    mock.get(f"/agents/{AGENT_ID}").respond(200, json=body)

    parsed = api("agents", "get_agent").sync(AGENT_ID, client=client)

    assert isinstance(parsed, m.AgentResponse)
    agent = parsed.data.agent
    assert isinstance(agent, m.Agent)
    assert agent.agent_id == AGENT_ID and agent.prompt is None and agent.greeting == "Hi!"


def test_delete_agent_not_found(client: Client, mock: Any) -> None:
    mock.delete("/agents/a-404").respond(404, json={"detail": "Agent a-404 not found"})

    response = api("agents", "delete_agent").sync_detailed("a-404", client=client)

    assert isinstance(response.parsed, m.ErrorDetail) and "not found" in response.parsed.detail


def test_get_agent_token_with_and_without_body(client: Client, mock: Any) -> None:
    route = mock.post(f"/agents/{AGENT_ID}/token").respond(200, json={"data": {"token": "lk-1"}})

    without = api("agents", "get_agent_token").sync(AGENT_ID, client=client)
    options = m.AgentTokenRequest.from_dict({"room": "r-1"})
    with_body = api("agents", "get_agent_token").sync(AGENT_ID, client=client, body=options)

    assert isinstance(without, m.AgentTokenResponse) and without.data.token == "lk-1"
    assert isinstance(with_body, m.AgentTokenResponse)
    first, second = route.calls
    assert first.request.content == b""
    assert json.loads(second.request.content) == {"room": "r-1"}


def test_get_agent_token_token_is_optional(client: Client, mock: Any) -> None:
    mock.post(f"/agents/{AGENT_ID}/token").respond(200, json={"data": {"url": "wss://lk.example"}})

    parsed = api("agents", "get_agent_token").sync(AGENT_ID, client=client)

    assert isinstance(parsed, m.AgentTokenResponse)
    assert parsed.data.token is UNSET
    assert parsed.data.additional_properties == {"url": "wss://lk.example"}


# --------------------------------------------------------------------------- WebSocket message models


def test_tts_websocket_messages() -> None:
    sent = m.TtsClientMessage(text="Hello <STOP>", context_id="c-1")
    assert sent.to_dict() == {"text": "Hello <STOP>", "context_id": "c-1"}
    assert m.TtsClientMessage(text="").to_dict() == {"text": ""}

    last = m.TtsServerMessage.from_dict(
        {"data": {"audio": "", "text": "", "sampling_rate": 24000, "stop": True, "context_id": "c-1"}, "version": "1"}
    )
    assert last.data.stop is True and last.data.audio == "" and last.data.context_id == "c-1"
    assert last.additional_properties == {"version": "1"}


def test_tts_config_query_model() -> None:
    config = m.TtsConfig(voice_id="v-1", sampling_rate=m.SamplingRate.VALUE_16000, encoding=m.AudioEncoding.PCM_MULAW)
    assert config.to_dict() == {
        "speed": 1.0,
        "lang_code": "en",
        "voice_id": "v-1",
        "sampling_rate": 16000,
        "encoding": "pcm_mulaw",
    }


def test_agent_websocket_messages() -> None:
    assert m.AgentAudioInput(audio="AAAA").to_dict() == {"audio": "AAAA"}
    assert m.AgentTextInput(text="hi").to_dict() == {"text": "hi"}
    cases = {
        "user_transcript": ({"type": "user_transcript", "text": "hi"}, m.AgentUserTranscript),
        "llm_response": ({"type": "llm_response", "text": "hello"}, m.AgentLlmResponse),
        "audio_response": ({"type": "audio_response", "audio": "AAAA"}, m.AgentAudioResponse),
        "stop_audio_response": ({"type": "stop_audio_response"}, m.AgentStopAudioResponse),
        "brand_new": ({"type": "brand_new", "text": "?"}, m.AgentOtherEvent),
    }
    for kind, (data, cls) in cases.items():
        message = m.AgentServerMessage.from_dict({"data": data})
        assert type(message.data) is cls, kind
        assert message.to_dict() == {"data": data}


def test_agent_config_query_model() -> None:
    config = m.AgentConfig(agent_id="a-1", mode=m.AgentMode.LLM_TTS, mcp_servers="http://x/sse,http://y/sse")
    assert config.to_dict() == {
        "agent_id": "a-1",
        "lang_code": "en",
        "mode": "llm-tts",
        "incoming_sampling_rate": 16000,
        "return_sampling_rate": 24000,
        "mcp_servers": "http://x/sse,http://y/sse",
    }


def test_sampling_rate_is_closed_in_requests_and_open_in_responses() -> None:
    # A rate the server reports is a plain integer, so a new rate does not break parsing ...
    chunk = m.SseAudioChunk.from_dict({"audio": "", "text": "", "sampling_rate": 44100})
    assert chunk.sampling_rate == 44100
    # ... while requests only take the four documented rates.
    with pytest.raises(ValueError):
        m.SamplingRate(44100)
