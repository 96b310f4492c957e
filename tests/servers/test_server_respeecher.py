"""Respeecher reference server: api-key and session auth, the studio tree, orders, exports, voices."""

from __future__ import annotations

import io
import time
import wave
import zipfile
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from server_helpers import wav_sample

from conformance.servers import ReferenceServer
from conformance.servers import _respeecher_data as data
from conformance.servers._spec import ApiSpec

pytestmark = pytest.mark.e2e
KEY = "rs_test_secret"
SPEC = ApiSpec.load("respeecher")


@pytest.fixture(scope="module")
def server() -> Iterator[ReferenceServer]:
    with ReferenceServer("respeecher", api_key=KEY, processing_seconds=0.2) as srv:
        yield srv
        assert srv.app.state.internal_errors == []


def client(server: ReferenceServer, key: str | None = KEY) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, headers={"api-key": key} if key else {}, timeout=10)


def valid(schema: str, body: Any) -> None:
    assert SPEC.check_named(schema, body) == [], body


# ---------------------------------------------------------------------------- auth
def test_api_key_and_generated_keys(server: ReferenceServer) -> None:
    assert client(server, None).get("/api/credits").status_code == 401
    assert client(server, "wrong").get("/api/credits").json() == {"detail": "Invalid credentials"}
    http = client(server)
    valid("CreditBalance", http.get("/api/credits").json())
    new_key = http.post("/api/api-key", json={"expires_at": "2099-01-01T00:00:00Z"}).json()["api_key"]
    expired = http.post("/api/api-key", json={"expires_at": "2001-01-01T00:00:00Z"}).json()["api_key"]
    assert client(server, new_key).get("/api/credits").status_code == 200
    assert client(server, expired).get("/api/credits").status_code == 401
    assert http.delete("/api/api-key").status_code == 200
    assert client(server, new_key).get("/api/credits").status_code == 401
    assert http.get("/api/credits").status_code == 200  # the bootstrap key survives (option keep_bootstrap_key)


def test_login_session_needs_the_csrf_token(server: ReferenceServer) -> None:
    http = httpx.Client(base_url=server.base_url, timeout=10)
    assert http.post("/api/login", json={"email": data.EXAMPLE_EMAIL, "password": "nope"}).status_code == 404
    assert http.post("/api/login", json={"email": "not-an-email", "password": "x"}).status_code == 422
    login = http.post("/api/login", json={"email": data.EXAMPLE_EMAIL, "password": data.EXAMPLE_PASSWORD})
    assert login.status_code == 200 and "session_id" in http.cookies
    assert "httponly" in login.headers["set-cookie"].lower()
    valid("LoginResponse", login.json())
    csrf = login.json()["csrf_token"]
    assert http.get("/api/credits").status_code == 401  # cookie without the CSRF header
    assert http.get("/api/credits", headers={"X-Csrf-Token": "wrong"}).status_code == 401
    assert http.get("/api/credits", headers={"X-Csrf-Token": csrf}).status_code == 200
    assert http.post("/api/logout", headers={"X-Csrf-Token": csrf}).json() == {"detail": "OK"}
    assert http.get("/api/credits", headers={"X-Csrf-Token": csrf}).status_code == 401


# ---------------------------------------------------------------------------- studio
def test_project_folder_recording_note_order_export(server: ReferenceServer) -> None:
    http = client(server)
    project = http.post("/api/projects", json={"name": "Book", "owner": data.USER_ID, "models": {}}).json()
    valid("Project", project)
    assert http.get("/api/projects/by-url", params={"project_url": project["url"]}).json()["id"] == project["id"]
    assert http.patch(f"/api/projects/{project['id']}", json={"name": "Book 2"}).json()["name"] == "Book 2"
    folder = http.post("/api/folders", json={"name": "Takes", "project_id": project["id"]}).json()
    valid("Folder", folder)
    assert http.get("/api/folders", params={"project_id": project["id"]}).json()["pagination"]["count"] == 1

    upload = http.post(
        "/api/recordings",
        data={"parent_folder_id": folder["id"], "microphone": "file", "label": "take 01"},
        files={"data": ("take.wav", wav_sample(2.0, 16000), "audio/wav")},
    )
    assert upload.status_code == 200
    original = upload.json()
    valid("Recording", original)
    assert original["type"] == "original" and original["duration"] == pytest.approx(2.0, abs=0.05)
    file = http.get(original["url"])
    assert file.headers["content-type"] == "audio/wav" and file.content.startswith(b"RIFF")

    note = http.post("/api/notes", json={"recording_id": original["id"], "text": "keep"}).json()
    valid("Note", note)
    assert http.put("/api/notes", json={"recording_id": original["id"], "text": "redo"}).json()["text"] == "redo"
    assert http.get(f"/api/recordings/{original['id']}").json()["note"]["text"] == "redo"
    assert http.patch(f"/api/recordings/{original['id']}", json={"starred": True}).json()["starred"] is True

    voices = http.get("/api/v2/voices").json()["list"]
    orders = http.post(
        "/api/v2/orders",
        json={
            "original_id": original["id"],
            "conversions": [{"voice_id": voices[0]["id"]}, {"voice_id": voices[1]["id"], "label": "second"}],
        },
    )
    assert orders.status_code == 200
    for order in orders.json():
        valid("Order", order)
        assert order["state"] == "processing"
    conversion_id = orders.json()[0]["conversion_id"]
    assert http.get(f"/api/recordings/{conversion_id}").json()["state"] == "processing"
    time.sleep(0.25)
    converted = http.get(f"/api/recordings/{conversion_id}").json()
    assert converted["state"] == "done" and converted["converted_at"] and converted["original_id"] == original["id"]
    conversions = http.get("/api/recordings/conversions", params={"original_id": original["id"]}).json()
    assert conversions["pagination"]["count"] == 2
    retried = http.post(f"/api/v2/orders/retry/{conversion_id}").json()
    assert retried["conversion_id"] == conversion_id and retried["state"] == "processing"

    export = http.get("/api/recordings/export", params={"original_id": original["id"]})
    assert export.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(export.content)) as archive:
        names = archive.namelist()
        assert len(names) == 3
        with wave.open(io.BytesIO(archive.read(names[0]))) as clip:
            assert clip.getnframes() > 0
    starred = http.get(f"/api/projects/{project['id']}/export", params={"starred_only": "true"})
    with zipfile.ZipFile(io.BytesIO(starred.content)) as archive:
        assert len(archive.namelist()) == 1

    stats = http.post("/api/stats/projects", json={"project_ids": [project["id"]]}).json()
    valid("ProjectStats", stats[0])
    assert stats[0]["conversions"]["total"] == 2
    valid("AccountStats", http.get("/api/stats").json())

    deleted = http.delete(f"/api/recordings/{original['id']}").json()
    assert {item["id"] for item in deleted} == {original["id"], *(o["conversion_id"] for o in orders.json())}
    assert http.get(f"/api/recordings/{conversion_id}").status_code == 404
    assert http.delete(f"/api/folders/{folder['id']}").json() == [folder["id"]]
    assert http.delete(f"/api/projects/{project['id']}").json() == {"id": project["id"]}
    assert http.patch(f"/api/projects/{project['id']}", json={"name": "x"}).status_code == 404


def test_tts_recordings_and_the_spec_examples_work_out_of_the_box(server: ReferenceServer) -> None:
    http = client(server)
    tts = http.post(
        "/api/v2/recordings/tts",
        json={"parent_folder_id": data.EXAMPLE_FOLDER, "text": "The quick brown fox.", "text_language": "en"},
    )
    assert tts.status_code == 200
    record = tts.json()
    valid("Recording", record)
    assert record["tts"] is True and record["tts_voice"] == "Joanna" and record["duration"] > 0.5
    with wave.open(io.BytesIO(http.get(record["url"]).content)) as clip:
        assert clip.getframerate() == 22050
    v1 = http.post(
        "/api/recordings/tts",
        json={"parent_folder_id": data.EXAMPLE_FOLDER, "voice_id": data.EXAMPLE_TTS_VOICE, "text": "Hi"},
    )
    assert v1.json()["tts_voice_id"] == data.EXAMPLE_TTS_VOICE
    assert (
        http.post(
            "/api/recordings/tts",
            json={"parent_folder_id": data.EXAMPLE_FOLDER, "voice_id": data.USER_ID, "text": "Hi"},
        ).status_code
        == 403
    )
    valid("TtsVoice", http.get("/api/tts-voices").json()[0])
    order = http.post(
        "/api/v2/orders",
        json={
            "original_id": data.EXAMPLE_RECORDING,
            "conversions": [
                {"voice_id": data.EXAMPLE_VOICE, "accent_id": data.EXAMPLE_ACCENT, "semitones_correction": 0}
            ],
        },
    )
    assert order.status_code == 200


def test_calibrations(server: ReferenceServer) -> None:
    http = client(server)
    created = http.post(
        "/api/calibration", data={"name": "studio mic"}, files={"data": ("c.wav", wav_sample(3), "audio/wav")}
    ).json()
    valid("Calibration", created)
    assert created["state"] == "processing" and created["f0"] is None
    time.sleep(0.25)
    calibrated = http.get(f"/api/calibration/{created['id']}").json()
    assert calibrated["state"] == "calibrated" and calibrated["f0"] > 0
    assert http.put(f"/api/calibration/{created['id']}/enable").json()["enabled"] is True
    listed = http.get("/api/calibration", params={"search": "studio"}).json()
    valid("CalibrationList", listed)
    assert http.post("/api/calibration/auto").status_code == 200
    assert http.get(f"/api/calibration/{created['id']}").json()["enabled"] is False
    assert http.delete(f"/api/calibration/{created['id']}").status_code == 200
    assert http.get(f"/api/calibration/{created['id']}").status_code == 404
    bad = http.post("/api/calibration", data={"name": "x"}, files={"data": ("c.txt", b"text", "text/plain")})
    assert bad.status_code == 400


# ---------------------------------------------------------------------------- voices
def test_voice_marketplace(server: ReferenceServer) -> None:
    http = client(server)
    page = http.get("/api/v2/voices", params={"limit": 2, "offset": 1}).json()
    valid("VoiceList", page)
    assert len(page["list"]) == 2 and page["pagination"] == {"count": 7, "limit": 2, "offset": 1}
    males = http.get("/api/v2/voices", params=[("gender", "male")]).json()["list"]
    assert {v["name"] for v in males} == {"Marcus", "Otto"}
    both = http.get("/api/v2/voices", params=[("gender", "male"), ("gender", "female")]).json()["list"]
    assert len(both) == 5
    by_rating = [
        v["rating"] for v in http.get("/api/v2/voices", params={"sort": "rating", "direction": "asc"}).json()["list"]
    ]
    assert by_rating == sorted(by_rating)
    assert [v["name"] for v in http.get("/api/v2/voices/search", params={"name": "ma"}).json()] == ["Marcus"]
    assert http.get("/api/v2/voices/search", params={"name": "m"}).status_code == 422

    favorite = http.post(f"/api/v2/voices/favorite/{data.EXAMPLE_VOICE}", json={"favorite": True}).json()
    valid("Voice", favorite)
    assert favorite["favorite"] is True
    settings = http.post(
        "/api/v2/voices/settings",
        json={"voice_id": data.EXAMPLE_VOICE, "accent_id": data.EXAMPLE_ACCENT, "semitones_correction": -2},
    ).json()
    assert settings["accents"][0]["settings"] == {"favorite": True, "semitones_correction": -2}
    assert (
        http.post(
            "/api/v2/voices/settings", json={"voice_id": data.EXAMPLE_VOICE, "accent_id": data.USER_ID}
        ).status_code
        == 404
    )
    samples = http.get("/api/v2/accents/samples", params={"accent_id": data.EXAMPLE_ACCENT}).json()
    valid("AccentSamples", samples)
    assert samples["samples"]


# ---------------------------------------------------------------------------- validation
@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("POST", "/api/projects", {"json": {"name": "x" * 41, "owner": data.USER_ID, "models": {}}}),
        ("POST", "/api/projects", {"json": {"name": "x", "owner": "not-a-uuid", "models": {}}}),
        ("POST", "/api/folders", {"json": {"name": "x"}}),
        ("GET", "/api/folders", {}),
        ("GET", "/api/calibration", {"params": {"limit": 500}}),
        ("POST", "/api/notes", {"json": {"recording_id": data.EXAMPLE_RECORDING, "text": "x" * 2001}}),
        (
            "POST",
            "/api/recordings",
            {
                "data": {"parent_folder_id": data.EXAMPLE_FOLDER, "microphone": "file", "label": "bad/label"},
                "files": {"data": ("a.wav", b"RIFF", "audio/wav")},
            },
        ),
        ("POST", "/api/v2/orders", {"content": b"[", "headers": {"content-type": "application/json"}}),
    ],
)
def test_invalid_requests_get_fastapi_422(
    server: ReferenceServer, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    response = client(server).request(method, path, **kwargs)
    assert response.status_code == 422, response.text
    valid("HTTPValidationError", response.json())


def test_static_paths_answer_405_not_the_templated_sibling(server: ReferenceServer) -> None:
    response = client(server).get("/api/calibration/auto")
    assert response.status_code == 405 and response.headers["allow"] == "POST"


def test_oversized_upload_is_413() -> None:
    with ReferenceServer("respeecher", api_key=KEY, max_upload_bytes=10_000) as server:
        response = client(server).post(
            "/api/recordings",
            data={"parent_folder_id": data.EXAMPLE_FOLDER, "microphone": "file"},
            files={"data": ("a.wav", wav_sample(2), "audio/wav")},
        )
        assert response.status_code == 413
        valid("ErrorResponse", response.json())
