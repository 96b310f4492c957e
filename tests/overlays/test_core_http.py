"""Shared core over HTTP (respx): retries, timeouts, error mapping, redaction, multipart boundaries."""

from __future__ import annotations

import asyncio
import io
import logging
import math
import struct
import wave

import httpx
import pytest
import respx
from neuphonic_client import Client
from neuphonic_client._core import errors
from neuphonic_client._core.audio import AudioBuffer, decode_base64_audio, to_s16le
from neuphonic_client._core.auth import BearerAuth, HeaderAuth, QueryAuth, auth_headers
from neuphonic_client._core.client import configure, websocket_url
from neuphonic_client._core.redact import Secret, redact_headers, redact_url
from neuphonic_client._core.retry import RetryPolicy, RetryTransport, parse_retry_after
from neuphonic_client._core.uploads import AudioLimits, check_audio
from neuphonic_client._core.webhooks import SignatureError, sign, verify_signature
from neuphonic_client.api.voices import list_voices
from neuphonic_client.uploads import clone_voice
from upload_helpers import wav_bytes

BASE = "https://api.test"
KEY = "sk_live_very_secret_key"


SLEPT: list[float] = []


def make_client(retry: RetryPolicy = RetryPolicy(max_retries=2, backoff=0.01)) -> Client:
    """A configured client whose retry waits are recorded in SLEPT instead of slept."""
    SLEPT.clear()
    transport = RetryTransport(retry, sleep=SLEPT.append)
    return configure(Client, base_url=BASE, auth=HeaderAuth("X-API-KEY", KEY), transport=transport)


@respx.mock
def test_idempotent_requests_are_retried_on_503_honouring_retry_after() -> None:
    route = respx.get(f"{BASE}/voices").mock(
        side_effect=[
            httpx.Response(503, headers={"Retry-After": "2"}),
            httpx.Response(429, headers={"Retry-After": "0"}),
            httpx.Response(200, json={"data": {"voices": []}}),
        ]
    )
    client = make_client()
    response = list_voices.sync_detailed(client=client)
    assert response.status_code == 200
    assert route.call_count == 3
    assert SLEPT == [2.0, 0.0]
    assert route.calls[0].request.headers["X-API-KEY"] == KEY


@respx.mock
def test_post_is_not_retried_unless_the_caller_opts_in() -> None:
    route = respx.post(f"{BASE}/agents").mock(return_value=httpx.Response(503))
    client = make_client()
    assert client.get_httpx_client().post("/agents", json={}).status_code == 503
    assert route.call_count == 1
    opted = make_client(retry=RetryPolicy(max_retries=1, backoff=0.01, retry_non_idempotent=True))
    opted.get_httpx_client().post("/agents", json={})
    assert route.call_count == 3


@respx.mock
def test_connect_errors_are_retried_then_raised() -> None:
    route = respx.get(f"{BASE}/voices").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(httpx.ConnectError):
        make_client().get_httpx_client().get("/voices")
    assert route.call_count == 3


@respx.mock
def test_async_requests_are_retried_too() -> None:
    route = respx.get(f"{BASE}/voices").mock(side_effect=[httpx.Response(502), httpx.Response(200, json={})])
    client = configure(Client, base_url=BASE, retry=RetryPolicy(max_retries=1, backoff=0.001))

    async def main() -> int:
        response = await client.get_async_httpx_client().get("/voices")
        return response.status_code

    assert asyncio.run(main()) == 200
    assert route.call_count == 2


def test_backoff_grows_exponentially_with_bounded_jitter() -> None:
    policy = RetryPolicy(backoff=1.0, jitter=0.25, max_delay=5.0)
    assert policy.delay(1, rand=lambda: 0.5) == 1.0
    assert policy.delay(3, rand=lambda: 0.5) == 4.0
    assert policy.delay(3, rand=lambda: 1.0) == 5.0
    assert policy.delay(10, rand=lambda: 0.5) == 5.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("soon") is None


def test_configured_clients_have_finite_timeouts() -> None:
    client = configure(Client, base_url=BASE)
    timeout = client.get_httpx_client().timeout
    assert timeout.connect is not None and timeout.connect <= 10
    with pytest.raises(ValueError, match="timeout"):
        configure(Client, base_url=BASE, timeout=None)


@pytest.mark.parametrize(
    ("status", "body", "cls", "message"),
    [
        (401, {"detail": "Invalid API key"}, errors.AuthenticationError, "Invalid API key"),
        (404, {"detail": {"error_code": "VOICE_NOT_FOUND", "message": "no such voice"}}, errors.NotFoundError, "VOICE_NOT_FOUND: no such voice"),
        (422, {"detail": [{"loc": ["body", "text"], "msg": "field required", "type": "missing"}]}, errors.UnprocessableEntityError, "text: field required"),
        (429, {"error": {"code": "rate_limited", "message": "slow down"}}, errors.RateLimitError, "rate_limited: slow down"),
        (503, "upstream down", errors.ServerError, None),
    ],
)
def test_error_bodies_of_every_api_map_to_one_hierarchy(status: int, body: object, cls: type, message: str | None) -> None:
    kwargs = {"json": body} if not isinstance(body, str) else {"text": body}
    response = httpx.Response(status, request=httpx.Request("GET", f"{BASE}/x?api_key={KEY}"), **kwargs)  # type: ignore[arg-type]
    error = errors.status_error(response)
    assert type(error) is cls and isinstance(error, errors.APIStatusError)
    assert error.message == message
    assert KEY not in str(error) and KEY not in error.url


def test_rate_limit_error_exposes_retry_after() -> None:
    response = httpx.Response(429, headers={"Retry-After": "7"}, json={"detail": "x"}, request=httpx.Request("GET", BASE))
    error = errors.status_error(response)
    assert isinstance(error, errors.RateLimitError) and error.retry_after == 7.0


def test_secrets_never_appear_in_reprs_or_messages(caplog: pytest.LogCaptureFixture) -> None:
    secret = Secret(KEY)
    objects = [secret, HeaderAuth("X-API-KEY", KEY), BearerAuth(KEY), QueryAuth("api_key", KEY)]
    for obj in objects:
        assert KEY not in repr(obj) and KEY not in str(obj)
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("test").info("auth is %r", objects[1])
    assert KEY not in caplog.text
    assert KEY not in redact_url(f"wss://x/speak/en?voice_id=v&api_key={KEY}&jwt_token={KEY}")
    assert redact_headers({"X-API-KEY": KEY, "Accept": "a"}) == {"X-API-KEY": "[REDACTED]", "Accept": "a"}
    assert auth_headers(BearerAuth(KEY)) == {"authorization": f"Bearer {KEY}"}


def test_websocket_url_follows_the_base_url() -> None:
    assert websocket_url("https://api.x.com", "/speak/en", {"speed": 1.0, "x": None}) == "wss://api.x.com/speak/en?speed=1.0"
    assert websocket_url("http://127.0.0.1:8000/prefix/", "agents", {"mcp": ["a", "b"]}) == (
        "ws://127.0.0.1:8000/prefix/agents?mcp=a%2Cb"
    )


@respx.mock
def test_multipart_uploads_use_a_random_boundary_and_survive_the_fixed_one() -> None:
    """The generated code fixes `boundary=+++`; a file containing it would be cut short."""
    route = respx.post(f"{BASE}/voices").mock(
        return_value=httpx.Response(200, json={"data": {"message": "ok", "voice_id": "v1"}})
    )
    audio = wav_bytes(6.5) + b"\r\n--+++--\r\ntrailing bytes"
    client = make_client()
    cloned = clone_voice(client, audio, voice_name="Me", voice_tags=["a", "b"])
    assert cloned.data.voice_id == "v1"
    request = route.calls[0].request
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=") and "boundary=+++" not in content_type
    assert request.url.params["voice_name"] == "Me" and request.url.params["voice_tags"] == "a, b"
    boundary = content_type.split("boundary=")[1].encode()
    body = request.read()
    assert body.count(b"--" + boundary) == 2  # one part and the closing delimiter
    assert audio in body


def test_audio_is_checked_against_documented_limits_before_upload() -> None:
    limits = AudioLimits(formats=("wav", "mp3"), min_seconds=6, max_seconds=60, max_bytes=10_000_000)
    check_audio(wav_bytes(6.0), limits, field="voice_file")
    with pytest.raises(errors.UploadError, match=r"voice_file: must satisfy duration >= 6 s, got 2.00 s"):
        check_audio(wav_bytes(2.0), limits, field="voice_file")
    with pytest.raises(errors.UploadError, match=r"duration <= 60 s"):
        check_audio(wav_bytes(61.0, rate=8000), limits, field="voice_file")
    with pytest.raises(errors.UploadError, match=r"format in \['mp3', 'wav'\]"):
        check_audio(b"OggS" + b"\x00" * 100, limits, field="voice_file")
    with pytest.raises(errors.UploadError, match="size <= 10 bytes"):
        check_audio(wav_bytes(1.0), AudioLimits(max_bytes=10), field="voice_file")


def test_audio_chunks_assemble_into_a_wav_in_any_encoding() -> None:
    tone = [int(10000 * math.sin(i / 5)) for i in range(800)]
    s16 = struct.pack(f"<{len(tone)}h", *tone)
    f32 = struct.pack(f"<{len(tone)}f", *(t / 32768 for t in tone))
    assert to_s16le(s16, "pcm_linear") == s16
    decoded = struct.unpack(f"<{len(tone)}h", to_s16le(f32, "pcm_f32le"))
    assert max(abs(a - b) for a, b in zip(decoded, tone)) <= 2
    mulaw = to_s16le(bytes([0xFF, 0x7F, 0x00, 0x80]), "pcm_mulaw")
    assert struct.unpack("<4h", mulaw) == (0, 0, -32124, 32124)
    buffer = AudioBuffer(sample_rate=8000, encoding="pcm_f32le")
    buffer.add(f32[:1600])
    buffer.add(f32[1600:])
    with wave.open(io.BytesIO(buffer.wav())) as wav:
        assert (wav.getframerate(), wav.getsampwidth(), wav.getnframes()) == (8000, 2, 800)
    assert buffer.duration == pytest.approx(0.1)
    with pytest.raises(errors.ProtocolError, match="audio: not valid base64"):
        decode_base64_audio("not base64!!")


def test_webhook_signatures_verify_and_reject() -> None:
    body = b'{"event":"conversation.started"}'
    signature = sign(body, "whsec_x")
    verify_signature(body, signature, "whsec_x")
    verify_signature(body, f"sha256={signature}", "whsec_x")
    with pytest.raises(SignatureError, match="does not match") as info:
        verify_signature(body + b" ", signature, "whsec_x")
    assert "whsec_x" not in str(info.value)
    with pytest.raises(SignatureError, match="missing"):
        verify_signature(body, None, "whsec_x")


@respx.mock
def test_a_multipart_operation_called_without_a_file_sends_no_multipart_header() -> None:
    from neuphonic_client.uploads import update_voice

    route = respx.patch(f"{BASE}/voices/v1").mock(
        return_value=httpx.Response(200, json={"data": {"message": "Voice has successfully been updated", "voice_id": "v1"}})
    )
    updated = update_voice(make_client(), "v1", new_voice_name="Renamed")
    assert updated.data.voice_id == "v1"
    request = route.calls[0].request
    assert "content-type" not in request.headers and request.content == b""
    assert request.url.params["new_voice_name"] == "Renamed"


@respx.mock
def test_upload_errors_raise_the_typed_error_with_the_apis_message() -> None:
    respx.post(f"{BASE}/voices").mock(return_value=httpx.Response(422, json={"detail": "This voice name already exists"}))
    with pytest.raises(errors.UnprocessableEntityError, match="This voice name already exists"):
        clone_voice(make_client(), wav_bytes(7.0), voice_name="Dup")
