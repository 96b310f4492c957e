"""The shared reference-server toolkit: audio, JWTs, rate limits, the store, spec-driven validation, serving."""

from __future__ import annotations

import io
import os
import signal
import struct
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

import httpx
import pytest

from conformance.servers import SLUGS, ReferenceServer, create_app
from conformance.servers import _audio as audio
from conformance.servers._auth import JwtIssuer, bearer_token
from conformance.servers._limits import RateLimiter
from conformance.servers._spec import ApiSpec
from conformance.servers._store import Store

ROOT = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------------------- audio
@pytest.mark.parametrize("rate", [8000, 16000, 22050, 24000, 44100, 48000])
@pytest.mark.parametrize(
    ("encoding", "width"), [("pcm_s16le", 2), ("pcm_linear", 2), ("pcm_f32le", 4), ("pcm_mulaw", 1)]
)
def test_synthesis_is_whole_samples_and_proportional_to_text(rate: int, encoding: str, width: int) -> None:
    short = audio.synthesize("Hello world", sample_rate=rate, encoding=encoding)
    long = audio.synthesize("Hello world " * 4, sample_rate=rate, encoding=encoding)
    assert len(short) % width == 0 and len(long) % width == 0
    seconds = audio.pcm_seconds(len(short), rate, encoding)
    assert 0.5 < seconds < 0.8  # 10 characters at 0.06 s each
    assert 3.5 < len(long) / len(short) < 4.5
    assert short.strip(audio.silence(1, encoding)), "the audio must not be silence"


def test_speed_and_seconds_per_char_scale_the_duration() -> None:
    base = audio.synthesize("some words here", sample_rate=16000, encoding="pcm_s16le")
    fast = audio.synthesize("some words here", sample_rate=16000, encoding="pcm_s16le", speed=2.0)
    slow = audio.synthesize("some words here", sample_rate=16000, encoding="pcm_s16le", seconds_per_char=0.6)
    assert abs(len(fast) * 2 - len(base)) <= 8
    assert abs(len(slow) - len(base) * 10) <= 40


def test_chunks_are_per_word_and_concatenate_to_the_whole() -> None:
    pieces = list(audio.chunks("Hello there, world", sample_rate=24000, encoding="pcm_s16le"))
    assert [text for text, _ in pieces] == ["Hello", " there,", " world"]
    assert b"".join(pcm for _, pcm in pieces) == audio.synthesize(
        "Hello there, world", sample_rate=24000, encoding="pcm_s16le"
    )


def test_f32_samples_are_bounded_floats_and_mulaw_matches_g711() -> None:
    pcm = audio.synthesize("tone", sample_rate=16000, encoding="pcm_f32le")
    values = struct.unpack(f"<{len(pcm) // 4}f", pcm)
    assert max(values) <= 1.0 and min(values) >= -1.0 and max(values) > 0.1
    assert audio.encode_floats([0.0], "pcm_mulaw") == b"\xff"
    assert audio.encode_floats([1.0], "pcm_mulaw") == b"\x80"
    assert audio.encode_floats([-1.0], "pcm_mulaw") == b"\x00"


def test_wav_opens_with_the_wave_module_and_durations_are_measured() -> None:
    pcm = audio.synthesize("a b c d e f", sample_rate=22050, encoding="pcm_s16le")
    data = audio.wav_bytes(pcm, 22050)
    with wave.open(io.BytesIO(data)) as clip:
        assert (clip.getnchannels(), clip.getsampwidth(), clip.getframerate()) == (1, 2, 22050)
        assert clip.getnframes() == len(pcm) // 2
    assert audio.duration_seconds(data) == pytest.approx(len(pcm) / 2 / 22050)
    assert audio.duration_seconds(data[: len(data) // 2]) < audio.duration_seconds(data)  # cut-off upload
    assert audio.sniff(data) == "wav" and audio.sniff(b"junk") is None


def test_mp3_standin_has_id3_and_frame_sync_and_a_measurable_length() -> None:
    data = audio.mp3_standin(2.0, 44100, 128000)
    assert data.startswith(b"ID3")
    assert data[10] == 0xFF and data[11] & 0xE0 == 0xE0
    assert audio.sniff(data) == "mp3"
    assert audio.duration_seconds(data) == pytest.approx(2.0, abs=0.03)


# ---------------------------------------------------------------------------- auth, limits, store
def test_bearer_parsing_accepts_both_forms() -> None:
    assert bearer_token("Bearer abc") == "abc"
    assert bearer_token("Bearer: abc") == "abc"
    assert bearer_token("bearer   abc ") == "abc"
    assert bearer_token("Basic abc") is None and bearer_token("Bearer") is None and bearer_token(None) is None


def test_jwts_verify_until_they_expire_and_reject_tampering() -> None:
    now = [1000.0]
    issuer = JwtIssuer(60, clock=lambda: now[0])
    token = issuer.issue("me")
    assert issuer.verify(token)["sub"] == "me"
    head, body, sig = token.split(".")
    assert issuer.verify(f"{head}.{body}.{sig[:-2]}AA") is None
    assert JwtIssuer(60, clock=lambda: now[0]).verify(token) is None  # another server's secret
    assert issuer.verify("not-a-jwt") is None and issuer.verify("a.b.c") is None
    now[0] += 61
    assert issuer.verify(token) is None


def test_rate_limiter_window_is_configurable() -> None:
    now = [0.0]
    limiter = RateLimiter(2, 0.5, clock=lambda: now[0])
    assert limiter.hit("k") is None and limiter.hit("k") is None
    assert limiter.hit("k") == pytest.approx(0.5)
    assert limiter.hit("other") is None
    now[0] = 0.51
    assert limiter.hit("k") is None


def test_store_updates_are_atomic_across_threads() -> None:
    store = Store({"c": {"n": 0}})

    def bump() -> None:
        for _ in range(500):
            store.update("c", lambda record: record.__setitem__("n", record["n"] + 1))

    threads = [threading.Thread(target=bump) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.get("c") == {"n": 4000}
    copy = store.get("c")
    copy["n"] = -1
    assert store.get("c") == {"n": 4000}  # reads are copies


def test_spec_validation_and_query_coercion_come_from_the_spec() -> None:
    spec = ApiSpec.load("asyncflow")
    problems = spec.check_body("post", "/text_to_speech", {"transcript": "hi"})
    assert {p.loc for p in problems} >= {("body", "model_id"), ("body", "voice"), ("body", "output_format")}
    assert spec.coerce(["12"], {"type": "integer"}) == 12
    assert spec.coerce(["true"], {"type": "boolean"}) is True
    assert spec.coerce(["1.5"], {"type": "number"}) == 1.5
    assert spec.coerce(["abc"], {"type": "integer"}) == "abc"  # left for validation to refuse
    values, problems = ApiSpec.load("neuphonic").check_params("post", "/sse/auth", "query", {"expiration": ["x"]})
    assert values == {} and problems[0].loc == ("query", "expiration")


# ---------------------------------------------------------------------------- factory and serving
def test_create_app_knows_every_slug_and_refuses_unknown_ones() -> None:
    assert SLUGS == ("neuphonic", "respeecher", "nextneural", "nevox", "asyncflow")
    with pytest.raises(ValueError):
        create_app("nope")


@pytest.mark.e2e
def test_reference_server_picks_a_free_port_and_stops_cleanly() -> None:
    with ReferenceServer("asyncflow") as first, ReferenceServer("asyncflow") as second:
        assert first.port != second.port and first.port > 0
        assert first.base_url == f"http://127.0.0.1:{first.port}"
        assert httpx.get(first.base_url + "/", headers={"version": "v1"}).json() == {"ok": True, "version": "v1"}
        url = first.base_url
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/", headers={"version": "v1"}, timeout=1)


@pytest.mark.e2e
def test_serve_prints_the_real_port_and_stops_on_sigterm() -> None:
    code = "from conformance.servers import serve; raise SystemExit(serve('neuphonic', port=0, api_key='k'))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line.startswith("serving neuphonic at http://127.0.0.1:"), line
        url = line.rsplit(" ", 1)[1]
        assert int(url.rsplit(":", 1)[1]) > 0
        assert httpx.get(url + "/voices", headers={"x-api-key": "k"}).status_code == 200
        start = time.monotonic()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        assert time.monotonic() - start < 5
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
