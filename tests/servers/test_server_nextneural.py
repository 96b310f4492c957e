"""NextNeural reference server: speakers, dataset, deployment, documented rate limits (uvicorn on 127.0.0.1)."""

from __future__ import annotations

import io
import time
import wave
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from server_helpers import wav_sample

from conformance.servers import ReferenceServer
from conformance.servers import _audio as audio
from conformance.servers._spec import ApiSpec

pytestmark = pytest.mark.e2e
KEY = "nn_k_test_secret"
SPEC = ApiSpec.load("nextneural")
BASE = "/api/voice/models/speakers"


@pytest.fixture(scope="module")
def server() -> Iterator[ReferenceServer]:
    with ReferenceServer("nextneural", api_key=KEY, rate_limits=False) as srv:
        yield srv
        assert srv.app.state.internal_errors == []


def client(server: ReferenceServer, key: str | None = KEY) -> httpx.Client:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.Client(base_url=server.base_url, headers=headers, timeout=10)


def create(http: httpx.Client, name: str, seconds: float = 12, **fields: str) -> httpx.Response:
    data = {"name": name, "language": "en-US", **fields}
    return http.post(BASE, data=data, files={"reference_audio": ("ref.wav", wav_sample(seconds, 8000), "audio/wav")})


def test_auth_is_a_bearer_key(server: ReferenceServer) -> None:
    missing = client(server, None).get(BASE)
    wrong = client(server, "nn_k_wrong").get(BASE)
    assert missing.status_code == wrong.status_code == 401
    assert wrong.json() == {"detail": "Invalid or expired token"}
    assert SPEC.check_named("HTTPError", missing.json()) == []
    assert client(server).get(BASE).status_code == 200


def test_speaker_lifecycle(server: ReferenceServer) -> None:
    http = client(server)
    created = create(http, "aria-custom", description="Sales voice")
    assert created.status_code == 201
    assert SPEC.check_named("SpeakerCreated", created.json()) == []
    assert created.json()["status"] == "created"
    assert create(http, "aria-custom").status_code == 409

    speaker = http.get(f"{BASE}/aria-custom").json()
    assert SPEC.check_named("Speaker", speaker) == []
    assert speaker["deployed"] is False and speaker["voice_sample_uuid"] is None
    assert "aria-custom" in [s["name"] for s in http.get(BASE).json()]

    reference = http.get(f"{BASE}/aria-custom/reference")
    assert reference.headers["content-type"] == "audio/wav"
    with wave.open(io.BytesIO(reference.content)) as clip:
        assert clip.getnframes() / clip.getframerate() == pytest.approx(12, abs=0.1)

    sample = http.post(
        f"{BASE}/aria-custom/dataset/sample",
        data={"transcript": "Hi there."},
        files={"audio": ("s.wav", wav_sample(6, 8000), "audio/wav")},
    )
    assert sample.status_code == 201
    assert SPEC.check_named("DatasetSample", sample.json()) == []
    dataset = http.get(f"{BASE}/aria-custom/dataset").json()
    assert dataset["sample_count"] == 1 and dataset["status"] == "ready"
    assert dataset["total_duration_seconds"] == pytest.approx(6, abs=0.1)

    deployed = http.post(f"{BASE}/aria-custom/deploy").json()
    assert deployed["deployed"] is True and deployed["voice_sample_uuid"].startswith("vs_")
    assert http.get(f"{BASE}/aria-custom").json()["voice_sample_uuid"] == deployed["voice_sample_uuid"]
    assert http.delete(f"{BASE}/aria-custom/deploy").json()["deployed"] is False

    assert http.delete(f"{BASE}/aria-custom/dataset").status_code == 200
    assert http.get(f"{BASE}/aria-custom/dataset").json()["sample_count"] == 0
    assert http.delete(f"{BASE}/aria-custom").status_code == 200
    for path in ("", "/reference", "/dataset", "/deploy"):
        method = "POST" if path == "/deploy" else "GET"
        assert http.request(method, f"{BASE}/aria-custom{path}").json() == {"detail": "Speaker not found"}


def test_mp3_reference_is_served_as_mpeg(server: ReferenceServer) -> None:
    http = client(server)
    clip = audio.mp3_standin(15)
    assert (
        http.post(
            BASE,
            data={"name": "mp3-voice", "language": "hi-IN"},
            files={"reference_audio": ("r.mp3", clip, "audio/mpeg")},
        ).status_code
        == 201
    )
    reference = http.get(f"{BASE}/mp3-voice/reference")
    assert reference.headers["content-type"] == "audio/mpeg" and reference.content == clip


@pytest.mark.parametrize(
    ("fields", "seconds", "status", "detail"),
    [
        ({"name": "Bad Name"}, 12, 422, None),
        ({"language": "english"}, 12, 422, None),
        ({}, 5, 400, "Reference audio must be between 10 and 60 seconds"),
        ({}, 61, 400, "Reference audio must be between 10 and 60 seconds"),
    ],
)
def test_create_refusals(
    server: ReferenceServer, fields: dict[str, str], seconds: float, status: int, detail: str | None
) -> None:
    data: dict[str, Any] = {"name": "refused-voice", "language": "en-US", **fields}
    response = client(server).post(
        BASE, data=data, files={"reference_audio": ("r.wav", wav_sample(seconds, 8000), "audio/wav")}
    )
    assert response.status_code == status, response.text
    if detail:
        assert response.json() == {"detail": detail}
    schema = "ValidationErrorBody" if status == 422 else "HTTPError"
    assert SPEC.check_named(schema, response.json()) == []


def test_invalid_path_names_and_garbage_uploads(server: ReferenceServer) -> None:
    http = client(server)
    assert http.get(f"{BASE}/Not_Valid").json() == {"detail": "Not Found"}  # a malformed name names nothing
    response = http.post(BASE, content=b"--x\r\nbroken", headers={"content-type": "multipart/form-data; boundary=x"})
    assert response.status_code == 422
    text = http.post(
        BASE,
        data={"name": "x-y", "language": "en-US"},
        files={"reference_audio": ("r.txt", b"not audio", "text/plain")},
    )
    assert text.status_code == 400


def test_documented_rate_limits_with_a_short_window() -> None:
    with ReferenceServer("nextneural", api_key=KEY, rate_limit_window=0.6) as server:
        http = client(server)
        statuses = [create(http, f"voice-{i}").status_code for i in range(6)]
        assert statuses == [201] * 5 + [429]
        limited = create(http, "voice-x")
        assert limited.status_code == 429 and limited.headers["retry-after"] == "1"
        assert limited.json() == {"detail": "Rate limit exceeded: 5 per 1 minute"}
        time.sleep(0.65)
        assert create(http, "voice-6").status_code == 201
        assert server.app.state.internal_errors == []


def test_the_general_limit_covers_every_operation() -> None:
    with ReferenceServer("nextneural", api_key=KEY, default_rate_limit=10, rate_limit_window=30) as server:
        http = client(server)
        codes = [http.get(BASE).status_code for _ in range(6)] + [http.get(f"{BASE}/x").status_code for _ in range(5)]
        assert codes == [200] * 6 + [404] * 4 + [429]
        assert http.get(BASE).json() == {"detail": "Rate limit exceeded: 10 per 1 minute"}


def test_oversized_upload_is_413() -> None:
    with ReferenceServer("nextneural", api_key=KEY, max_upload_bytes=50_000, rate_limits=False) as server:
        response = create(client(server), "big-voice", seconds=12)
        assert response.status_code == 413
        assert SPEC.check_named("HTTPError", response.json()) == []
