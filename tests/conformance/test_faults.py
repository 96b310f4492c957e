"""The suite catches faults: each faulty variant of a reference server is reported by the right check."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from conformance_faults import (
    API_KEY,
    Replace,
    RewriteChunks,
    RewriteRequest,
    RewriteResponse,
    RewriteWebSocket,
    faulty_server,
    json_response,
    nevox_webhook_double,
)

from conformance.redact import Redactor
from conformance.report import ApiResult, Console
from conformance.runner import run_api
from conformance.suites import websocket

pytestmark = [pytest.mark.conformance, pytest.mark.e2e]


def check_faulty(slug: str, wrap: Callable[[Any], Any], suites: list[str], max_examples: int = 6) -> ApiResult:
    @contextlib.contextmanager
    def factory(slug_: str, key: str) -> Iterator[str]:
        with faulty_server(slug_, wrap) as url:
            yield url

    import io

    redactor = Redactor(API_KEY)
    return run_api(
        slug,
        api_key=API_KEY,
        max_examples=max_examples,
        seed=7,
        suites=suites,
        console=Console(redactor, io.StringIO()),
        redactor=redactor,
        server_factory=factory,
    )


def checks_reported(result: ApiResult) -> set[str]:
    return {finding.check for finding in result.findings}


def assert_caught(result: ApiResult, check: str, operation: str) -> None:
    hits = [f for f in result.findings if f.check == check and f.operation == operation]
    assert hits, f"{check} on {operation} not reported; got {sorted((f.check, f.operation) for f in result.findings)}"
    finding = hits[0]
    assert finding.expected and finding.received and finding.reproducer
    assert API_KEY not in finding.reproducer + finding.received + finding.expected


AGENTS = r"/agents"
AGENT = r"/agents/[^/]+"


def _set(path: list[str], value: Any) -> Callable[[Any], Any]:
    def edit(body: Any) -> Any:
        node = body
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
        return body

    return edit


def _drop(path: list[str]) -> Callable[[Any], Any]:
    def edit(body: Any) -> Any:
        node = body
        for key in path[:-1]:
            node = node[key]
        node.pop(path[-1], None)
        return body

    return edit


def test_undocumented_status() -> None:
    wrap = lambda app: RewriteResponse(app, "GET", AGENTS, lambda s, h, b, sc: (203 if s == 200 else s, h, b))
    assert_caught(check_faulty("neuphonic", wrap, ["http"]), "status_code_conformance", "GET /agents")


def test_missing_required_field() -> None:
    wrap = lambda app: RewriteResponse(app, "GET", AGENTS, json_response(_drop(["data", "agents"])))
    assert_caught(check_faulty("neuphonic", wrap, ["http"]), "response_schema_conformance", "GET /agents")


def test_wrong_type() -> None:
    wrap = lambda app: RewriteResponse(app, "GET", AGENTS, json_response(_set(["data", "agents"], "none")))
    assert_caught(check_faulty("neuphonic", wrap, ["http"]), "response_schema_conformance", "GET /agents")


def test_wrong_content_type() -> None:
    def rewrite(status: int, headers: Any, body: bytes, scope: Any) -> Any:
        kept = [(k, v) for k, v in headers if k.lower() != b"content-type"]
        return status, kept + [(b"content-type", b"text/plain")], body

    wrap = lambda app: RewriteResponse(app, "GET", AGENTS, rewrite)
    assert_caught(check_faulty("neuphonic", wrap, ["http"]), "content_type_conformance", "GET /agents")


def test_invalid_input_accepted() -> None:
    def rewrite(status: int, headers: Any, body: bytes, scope: Any) -> Any:
        if status == 422:  # the validation error becomes a documented success
            return (
                200,
                headers,
                json.dumps({"data": {"message": "Agent successfully created.", "agent_id": "a1"}}).encode(),
            )
        return status, headers, body

    wrap = lambda app: RewriteResponse(app, "POST", AGENTS, rewrite)
    assert_caught(check_faulty("neuphonic", wrap, ["http"]), "negative_data_rejection", "POST /agents")


def test_valid_input_rejected() -> None:
    def rewrite(status: int, headers: Any, body: bytes, scope: Any) -> Any:
        if status == 200:
            error = {"detail": [{"loc": ["body", "name"], "msg": "rejected", "type": "value_error"}]}
            return 422, headers, json.dumps(error).encode()
        return status, headers, body

    wrap = lambda app: RewriteResponse(app, "POST", AGENTS, rewrite)
    assert_caught(check_faulty("neuphonic", wrap, ["http"]), "positive_data_acceptance", "POST /agents")


def test_auth_ignored() -> None:
    wrap = lambda app: RewriteRequest(app, None, AGENTS, add_headers={"x-api-key": API_KEY})
    result = check_faulty("neuphonic", wrap, ["auth"])
    assert_caught(result, "auth_refused", "GET /agents")
    assert_caught(result, "auth_refused", "POST /agents")


def test_ws_auth_ignored() -> None:
    wrap = lambda app: RewriteRequest(app, None, r"/speak/[^/]+", add_headers={"x-api-key": API_KEY})
    assert_caught(check_faulty("neuphonic", wrap, ["websocket"]), "ws_handshake_auth", "WS /speak/{lang_code}")


def test_resource_not_stored() -> None:
    wrap = lambda app: Replace(app, "GET", AGENT, lambda scope: (404, {"detail": "Agent not found"}))
    # schemathesis names the creating operation (the resource it made cannot be read back)
    assert_caught(
        check_faulty("neuphonic", wrap, ["http"], max_examples=10), "ensure_resource_availability", "POST /agents"
    )


def test_resource_survives_delete() -> None:
    def respond(scope: Any) -> tuple[int, Any]:
        agent_id = scope["path"].rsplit("/", 1)[-1]
        return 200, {"data": {"message": "Agent successfully deleted.", "agent_id": agent_id}}

    wrap = lambda app: Replace(app, "DELETE", AGENT, respond)
    assert_caught(
        check_faulty("neuphonic", wrap, ["http"], max_examples=10), "use_after_free", "DELETE /agents/{agent_id}"
    )


def test_garbage_audio() -> None:
    wrap = lambda app: RewriteResponse(
        app, "POST", r"/text_to_speech", lambda s, h, b, sc: (s, h, b"garbage, not audio" if s == 200 else b)
    )
    assert_caught(check_faulty("asyncflow", wrap, ["binary"]), "binary_body_conformance", "POST /text_to_speech")


def test_stream_buffered() -> None:
    wrap = lambda app: RewriteResponse(app, "POST", r"/text_to_speech/streaming", lambda s, h, b, sc: (s, h, b))
    assert_caught(
        check_faulty("asyncflow", wrap, ["streaming"]), "stream_incremental", "POST /text_to_speech/streaming"
    )


def test_stream_partial_samples() -> None:
    wrap = lambda app: RewriteChunks(
        app, "POST", r"/text_to_speech/streaming", lambda chunk: chunk[:-1] if len(chunk) > 1 else chunk
    )
    assert_caught(
        check_faulty("asyncflow", wrap, ["streaming"]), "stream_whole_samples", "POST /text_to_speech/streaming"
    )


def test_malformed_sse_event() -> None:
    wrap = lambda app: RewriteChunks(app, "POST", r"/sse/speak/[^/]+", lambda c: c.replace(b"data: {", b"data: {{"))
    assert_caught(check_faulty("neuphonic", wrap, ["sse"]), "sse_event_format", "POST /sse/speak/{lang_code}")


def test_sse_event_breaks_schema() -> None:
    wrap = lambda app: RewriteChunks(
        app, "POST", r"/sse/speak/[^/]+", lambda c: re.sub(rb'"sampling_rate": \d+', b'"sampling_rate": "high"', c)
    )
    assert_caught(check_faulty("neuphonic", wrap, ["sse"]), "sse_event_schema", "POST /sse/speak/{lang_code}")


def test_ws_message_breaks_schema() -> None:
    wrap = lambda app: RewriteWebSocket(app, r"/speak/[^/]+", lambda t: re.sub(r'"stop": ?false', '"stop":"no"', t))
    assert_caught(check_faulty("neuphonic", wrap, ["websocket"]), "ws_message_schema", "WS /speak/{lang_code}")


def test_ws_final_message_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(websocket, "FINAL_WAIT", 3.0)  # the bounded wait, shortened for the test
    wrap = lambda app: RewriteWebSocket(app, r"/speak/[^/]+", lambda t: None if re.search(r'"stop": ?true', t) else t)
    assert_caught(check_faulty("neuphonic", wrap, ["websocket"]), "ws_final_message", "WS /speak/{lang_code}")


def test_ws_invalid_message_gets_no_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(websocket, "ERROR_WAIT", 2.0)  # the bounded wait, shortened for the test
    wrap = lambda app: RewriteWebSocket(
        app, r"/text_to_speech/websocket/ws", lambda t: None if "error_code" in t else t
    )
    assert_caught(
        check_faulty("asyncflow", wrap, ["websocket"]), "ws_invalid_message_error", "WS /text_to_speech/websocket/ws"
    )


def _webhooks_against(app: Any) -> ApiResult:
    import io

    from conformance.loopback import serve_app

    @contextlib.contextmanager
    def factory(slug_: str, key: str) -> Iterator[str]:
        with serve_app(app) as url:
            yield url

    redactor = Redactor(API_KEY)
    return run_api(
        "nevox",
        api_key=API_KEY,
        suites=["webhooks"],
        console=Console(redactor, io.StringIO()),
        redactor=redactor,
        server_factory=factory,
    )


def test_webhooks_signed_and_valid_pass() -> None:
    result = _webhooks_against(nevox_webhook_double())
    assert not result.failed, [f"{f.check}: {f.expected}" for f in result.findings]
    assert result.cases >= 3


def test_bad_webhook_signature() -> None:
    result = _webhooks_against(nevox_webhook_double(sign_with="whsec_not_the_registered_secret"))
    assert_caught(result, "webhook_signature", "WEBHOOK conversation.started")
    assert_caught(result, "webhook_signature", "WEBHOOK conversation.ended")


@pytest.mark.skipif(
    importlib.util.find_spec("conformance.servers.nevox") is None, reason="no nevox reference server yet"
)
def test_bad_webhook_signature_reference_server() -> None:
    # The registration's secret is swapped on its way in: the server signs with a secret the suite never gave.
    wrap = lambda app: RewriteRequest(
        app, "POST", r"/webhooks", json_body=lambda body: {**body, "secret": "whsec_swapped_by_the_fault"}
    )
    assert_caught(check_faulty("nevox", wrap, ["webhooks"]), "webhook_signature", "WEBHOOK conversation.started")
