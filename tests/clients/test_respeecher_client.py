"""Generated Respeecher client (generated/respeecher) against respx-mocked responses.

A representative set of the 47 operations of specs/respeecher/openapi.yaml: every multipart,
zip-export and paginated operation, login followed by a session (cookie + CSRF header) call, the
API-key header, JSON bodies (including the DELETE with a body), and the typed parsing of the
documented responses: growing enums that keep unknown values as `str`, `null` in optional fields,
the FastAPI error bodies, and unknown fields kept in `additional_properties`.
Multipart boundaries are the overlay layer's business and are not checked here.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import uuid

import httpx
import pytest
import respx
from respeecher_client import AuthenticatedClient, Client
from respeecher_client.api.account import get_credits
from respeecher_client.api.auth import delete_api_key, generate_api_key, login, logout
from respeecher_client.api.calibration import (
    auto_calibration,
    create_calibration,
    enable_calibration,
    get_calibration,
    list_calibrations,
)
from respeecher_client.api.folders import create_folder, delete_folder, list_folders, update_folder
from respeecher_client.api.notes import create_note, delete_note, update_note
from respeecher_client.api.orders import create_order, retry_order
from respeecher_client.api.projects import (
    create_project,
    delete_project,
    export_project,
    get_project_by_url,
    list_projects,
    rename_project,
)
from respeecher_client.api.recordings import (
    delete_recording,
    export_recordings,
    get_recording,
    list_conversions,
    list_originals,
    list_recordings,
    replace_recording,
    update_recording,
    upload_recording,
)
from respeecher_client.api.stats import get_folder_stats, get_project_stats, get_stats
from respeecher_client.api.tts import create_tts_recording, create_tts_recording_v2, list_tts_voices
from respeecher_client.api.voices import (
    favorite_voice,
    get_accent_samples,
    list_voices,
    search_voices,
    update_voice_settings,
)
from respeecher_client.errors import UnexpectedStatus
from respeecher_client.models import (
    AccentSamples,
    AccountStats,
    AgeGroup,
    ApiKey,
    ApiKeyCreate,
    AutoCalibrationResult,
    Calibration,
    CalibrationList,
    CalibrationState,
    CalibrationUpload,
    CreditBalance,
    DefaultSuccess,
    Direction,
    ErrorResponse,
    FavoriteUpdate,
    Folder,
    FolderCreate,
    FolderList,
    FolderStats,
    FolderStatsRequest,
    FolderUpdate,
    Gender,
    HTTPValidationError,
    LoginCreds,
    LoginResponse,
    ModelParam,
    Note,
    NoteCreate,
    NoteDelete,
    NoteUpdate,
    Order,
    OrderConversion,
    OrderCreate,
    OrderState,
    Project,
    ProjectCreate,
    ProjectDeleted,
    ProjectList,
    ProjectModels,
    ProjectRename,
    ProjectSortField,
    ProjectStats,
    ProjectStatsRequest,
    Recording,
    RecordingDeleted,
    RecordingList,
    RecordingParams,
    RecordingReplace,
    RecordingState,
    RecordingType,
    RecordingUpdate,
    RecordingUpload,
    Role,
    Species,
    TtsRecordingCreate,
    TtsRecordingCreateV2,
    TtsVoice,
    TtsVoiceVisibility,
    Voice,
    VoiceList,
    VoiceSettingsUpdate,
    VoiceSortField,
    VoiceVisibility,
)
from respeecher_client.types import UNSET, File

BASE = "https://gateway.respeecher.com"
API_KEY = "AYvUIp3BANi-H_R5EjwgVa"
SESSION = "8f0e2b7c9d"
CSRF = "4d1a0c8e6b2f4e97a3c5d7f9"

USER_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
PROJECT_ID = "7d2c4e1a-9b3f-4a8e-b6d5-0c1f2e3a4b5c"
FOLDER_ID = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
RECORDING_ID = "9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"
CONVERSION_ID = "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b"
CALIBRATION_ID = "0b9d7c1e-4a5f-4e6b-8c7d-9e0f1a2b3c4d"
VOICE_ID = "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f"
ACCENT_ID = "8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b"
STYLE_ID = "0f1a2b3c-4d5e-4f6a-8b7c-8d9e0f1a2b3c"
TTS_VOICE_ID = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d"
NOTE_ID = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"
ORDER_ID = "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a"


# --- response bodies (shaped like the spec's examples) -----------------------------------------


def calibration_json(**overrides):
    body = {
        "id": CALIBRATION_ID,
        "name": "studio mic",
        "user_id": USER_ID,
        "f0": 121.5,
        "algorithm": "default",
        "bucket": "users-eu",
        "key": "calibrations/0b9d7c1e.wav",
        "state": "calibrated",
        "error": None,
        "created_at": "2024-03-01T10:15:00Z",
        "calibrated_at": "2024-03-01T10:16:12Z",
        "enabled": True,
    }
    return {**body, **overrides}


def project_json(**overrides):
    body = {
        "name": "Audiobook chapter 1",
        "slug": "audiobook-chapter-1",
        "owner": USER_ID,
        "url": "jane/audiobook-chapter-1",
        "models": {},
        "id": PROJECT_ID,
        "active": True,
        "created_at": "2024-03-02T09:00:00Z",
        "last_recording_at": "2024-03-02T09:30:00Z",
    }
    return {**body, **overrides}


def folder_json(**overrides):
    body = {
        "name": "Takes",
        "project_id": PROJECT_ID,
        "parent_id": None,
        "id": FOLDER_ID,
        "active": True,
        "created_at": "2024-03-02T09:05:00Z",
    }
    return {**body, **overrides}


def recording_json(**overrides):
    body = {
        "id": RECORDING_ID,
        "project_id": PROJECT_ID,
        "parent_folder_id": FOLDER_ID,
        "type": "original",
        "url": "storage/recordings/9c8b7a6d.wav",
        "waveform_url": "storage/waveforms/9c8b7a6d.json",
        "file_name": "take-01.wav",
        "label": "take 01",
        "state": "done",
        "original_id": None,
        "model_id": None,
        "model_name": None,
        "calibration_id": None,
        "calibration_value": None,
        "calibration_name": None,
        "microphone": "file",
        "size": 1764044,
        "duration": 10.0,
        "starred": False,
        "tts": False,
        "tts_voice": None,
        "tts_voice_id": None,
        "text": None,
        "params": {},
        "error": None,
        "active": True,
        "created_at": "2024-03-02T09:10:00Z",
        "converted_at": None,
        "listen_count": 0,
        "process_stage": None,
        "note": {"id": NOTE_ID, "text": "Breathing at 0:04, keep anyway.", "active": True},
    }
    return {**body, **overrides}


def voice_json(**overrides):
    body = {
        "id": VOICE_ID,
        "owner_id": USER_ID,
        "name": "Nora",
        "slug": "nora",
        "visibility": "public",
        "species": "human",
        "artist": "Nora V.",
        "verified_artist": True,
        "gender": "female",
        "pitch": 210.5,
        "age_group": "adult",
        "pitch_group": "mid",
        "nationality": "American",
        "image_url": "https://cdn.example.com/voices/nora.png",
        "thumbnail_url": "https://cdn.example.com/voices/nora-thumb.png",
        "description": "Warm, clear narrator voice.",
        "rating": 87,
        "active": True,
        "created_at": "2024-02-28T11:21:32Z",
        "favorite": False,
        "available": True,
        "accents": [
            {
                "id": ACCENT_ID,
                "is_default": True,
                "native": True,
                "info": {"name": "American", "short_name": "US", "locale": "en-US"},
                "tiers": [{"name": "basic"}],
                "available": True,
                "settings": {"favorite": False, "semitones_correction": 0},
            }
        ],
        "narration_styles": [
            {"id": STYLE_ID, "is_default": True, "info": {"name": "Neutral"}, "settings": {"favorite": False}}
        ],
        "tiers": [{"name": "basic"}],
    }
    return {**body, **overrides}


def order_json(**overrides):
    body = {
        "id": ORDER_ID,
        "user_id": USER_ID,
        "original_id": RECORDING_ID,
        "conversion_id": CONVERSION_ID,
        "transaction_id": None,
        "moderation_id": None,
        "calibration_id": None,
        "tracking_id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
        "f0": None,
        "state": "new",
        "created_at": "2024-03-02T09:11:00Z",
        "closed_at": None,
        "error": None,
    }
    return {**body, **overrides}


def page(items, *, limit=50, offset=0, count=None):
    return {
        "list": items,
        "pagination": {"count": len(items) if count is None else count, "limit": limit, "offset": offset},
    }


# --- fixtures and helpers -----------------------------------------------------------------------


@pytest.fixture
def client() -> AuthenticatedClient:
    """API-key client: the key goes as is in the `api-key` header (no Bearer prefix)."""
    return AuthenticatedClient(base_url=BASE, token=API_KEY, prefix="", auth_header_name="api-key")


@pytest.fixture
def mock():
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        yield router


def _sent(route: respx.Route) -> httpx.Request:
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.headers["api-key"] == API_KEY
    assert "Authorization" not in request.headers
    return request


def _json(request: httpx.Request):
    assert request.headers["Content-Type"] == "application/json"
    return json.loads(request.content)


def _query(request: httpx.Request) -> dict[str, list[str]]:
    query: dict[str, list[str]] = {}
    for key, value in request.url.params.multi_items():
        query.setdefault(key, []).append(value)
    return query


def _multipart(request: httpx.Request) -> bytes:
    assert request.headers["Content-Type"].startswith("multipart/form-data")
    return request.read()


# --- auth: login, session (cookie + CSRF), logout, API keys --------------------------------------


def test_login_sends_credentials_without_auth_and_parses_user_and_csrf(mock):
    route = mock.post("/api/login").respond(
        200,
        headers={"Set-Cookie": f"session_id={SESSION}; HttpOnly; Path=/"},
        json={
            "user": {
                "id": USER_ID,
                "email": "jane@example.com",
                "verified": True,
                "username": "jane",
                "first_name": "Jane",
                "last_name": None,
                "roles": ["user", "voice_actor"],
                "groups": [{"id": "6f1c2a9e-0b7d-4c52-9a43-1d2e3f405a61", "name": "studio-team"}],
                "data": {
                    "bucket": "users-eu",
                    "rate_limits": {"fast": {"times": 500, "seconds": 300}, "slow": {"times": 100, "seconds": 300}},
                    "permissions": {"download": True, "can_write": True},
                    "stripe": {"customer_id": "cus_123"},
                },
                "is_staff": False,
            },
            "csrf_token": CSRF,
        },
    )
    with Client(base_url=BASE) as anonymous:
        response = login.sync_detailed(
            client=anonymous,
            body=LoginCreds(email="jane@example.com", password="secret", session_duration=3600),
        )

    request = route.calls.last.request
    assert request.method == "POST"
    assert "api-key" not in request.headers and "X-Csrf-Token" not in request.headers
    assert _json(request) == {"email": "jane@example.com", "password": "secret", "session_duration": 3600}

    assert response.status_code == 200
    assert response.headers["set-cookie"].startswith(f"session_id={SESSION}")
    parsed = response.parsed
    assert isinstance(parsed, LoginResponse)
    assert parsed.csrf_token == CSRF
    user = parsed.user
    assert user.id == uuid.UUID(USER_ID)
    assert user.roles == [Role.USER, "voice_actor"]  # unknown role kept as a plain string
    assert user.last_name is None
    assert user.groups[0].name == "studio-team"
    assert user.data.rate_limits.fast.times == 500
    assert user.data.permissions.download is True
    assert user.data.additional_properties["stripe"] == {"customer_id": "cus_123"}
    assert user.additional_properties == {"is_staff": False}


def test_login_error_statuses_parse_into_error_response(mock):
    mock.post("/api/login").respond(402, json={"detail": "Payment required"})
    with Client(base_url=BASE) as anonymous:
        parsed = login.sync(client=anonymous, body=LoginCreds(email="jane@example.com", password="x"))
    assert isinstance(parsed, ErrorResponse)
    assert parsed.detail == "Payment required"


def test_session_call_sends_cookie_and_csrf_header(mock):
    route = mock.post("/api/projects").respond(200, json=project_json())
    session = Client(base_url=BASE, cookies={"session_id": SESSION}, headers={"X-Csrf-Token": CSRF})
    with session:
        project = create_project.sync(
            client=session,
            body=ProjectCreate(name="Audiobook chapter 1", owner=uuid.UUID(USER_ID), models=ProjectModels()),
        )

    request = route.calls.last.request
    assert request.headers["X-Csrf-Token"] == CSRF
    assert request.headers["Cookie"] == f"session_id={SESSION}"
    assert "api-key" not in request.headers
    assert _json(request) == {"name": "Audiobook chapter 1", "owner": USER_ID, "models": {}}
    assert isinstance(project, Project)
    assert project.id == uuid.UUID(PROJECT_ID)
    assert project.created_at == dt.datetime(2024, 3, 2, 9, 0, tzinfo=dt.UTC)


def test_logout_parses_default_success(client, mock):
    route = mock.post("/api/logout").respond(200, json={"detail": "OK"})
    parsed = logout.sync(client=client)
    assert _sent(route).content == b""
    assert isinstance(parsed, DefaultSuccess)
    assert parsed.detail == "OK"


def test_generate_api_key_sends_expiry_and_parses_key(client, mock):
    route = mock.post("/api/api-key").respond(200, json={"api_key": "new-key", "expires_at": "2026-12-31T23:59:59Z"})
    parsed = generate_api_key.sync(
        client=client, body=ApiKeyCreate(expires_at=dt.datetime(2026, 12, 31, 23, 59, 59, tzinfo=dt.UTC))
    )
    assert _json(_sent(route)) == {"expires_at": "2026-12-31T23:59:59+00:00"}
    assert isinstance(parsed, ApiKey)
    assert parsed.api_key == "new-key"
    assert parsed.additional_properties == {"expires_at": "2026-12-31T23:59:59Z"}


def test_delete_api_key_ignores_any_body(client, mock):
    route = mock.delete("/api/api-key").respond(200, json={"detail": "OK"})
    response = delete_api_key.sync_detailed(client=client)
    _sent(route)
    assert response.status_code == 200
    assert response.parsed is None


# --- calibration: multipart upload, pagination, growing state enum --------------------------------


def test_create_calibration_uploads_multipart(client, mock):
    route = mock.post("/api/calibration").respond(
        200, json=calibration_json(state="processing", f0=None, calibrated_at=None, enabled=False)
    )
    audio = b"RIFF\x24\x00\x00\x00WAVEfmt "
    parsed = create_calibration.sync(
        client=client,
        body=CalibrationUpload(
            name="studio mic", data=File(payload=io.BytesIO(audio), file_name="mic.wav", mime_type="audio/wav")
        ),
    )
    body = _multipart(_sent(route))
    assert b'name="name"' in body and b"studio mic" in body
    assert b'name="data"; filename="mic.wav"' in body and audio in body
    assert isinstance(parsed, Calibration)
    assert parsed.state == CalibrationState.PROCESSING
    assert parsed.f0 is None and parsed.calibrated_at is None
    assert parsed.enabled is False


def test_create_calibration_too_large_parses_413(client, mock):
    mock.post("/api/calibration").respond(413, json={"detail": "File too large"})
    parsed = create_calibration.sync(
        client=client, body=CalibrationUpload(name="big", data=File(payload=io.BytesIO(b"x"), file_name="big.wav"))
    )
    assert isinstance(parsed, ErrorResponse)
    assert parsed.detail == "File too large"


def test_list_calibrations_sends_paging_and_search(client, mock):
    route = mock.get("/api/calibration").respond(
        200, json=page([calibration_json(state="recalibrating")], limit=200, offset=10, count=11)
    )
    parsed = list_calibrations.sync(client=client, limit=200, offset=10, search="studio")
    assert _query(_sent(route)) == {"limit": ["200"], "offset": ["10"], "search": ["studio"]}
    assert isinstance(parsed, CalibrationList)
    assert parsed.pagination.count == 11 and parsed.pagination.offset == 10
    assert parsed.list_[0].state == "recalibrating"  # unknown state kept as a string


def test_list_calibrations_sends_documented_defaults(client, mock):
    route = mock.get("/api/calibration").respond(200, json=page([]))
    list_calibrations.sync(client=client)
    assert _query(_sent(route)) == {"limit": ["50"], "offset": ["0"]}


def test_get_and_enable_calibration_use_path_id(client, mock):
    get_route = mock.get(f"/api/calibration/{CALIBRATION_ID}").respond(200, json=calibration_json())
    enable_route = mock.put(f"/api/calibration/{CALIBRATION_ID}/enable").respond(200, json=calibration_json())
    assert isinstance(get_calibration.sync(uuid.UUID(CALIBRATION_ID), client=client), Calibration)
    enabled = enable_calibration.sync(uuid.UUID(CALIBRATION_ID), client=client)
    _sent(get_route)
    assert _sent(enable_route).content == b""
    assert enabled.enabled is True


def test_get_calibration_not_found(client, mock):
    mock.get(f"/api/calibration/{CALIBRATION_ID}").respond(404, json={"detail": "Calibration not found"})
    parsed = get_calibration.sync(uuid.UUID(CALIBRATION_ID), client=client)
    assert isinstance(parsed, ErrorResponse)
    assert parsed.detail == "Calibration not found"


def test_auto_calibration_keeps_undocumented_body(client, mock):
    route = mock.post("/api/calibration/auto").respond(200, json={"detail": "OK", "enabled": "auto"})
    parsed = auto_calibration.sync(client=client)
    _sent(route)
    assert isinstance(parsed, AutoCalibrationResult)
    assert parsed.additional_properties == {"detail": "OK", "enabled": "auto"}


# --- account -------------------------------------------------------------------------------------


def test_get_credits(client, mock):
    route = mock.get("/api/credits").respond(200, json={"credits": 412.5, "initial_credits": 1000})
    parsed = get_credits.sync(client=client)
    _sent(route)
    assert isinstance(parsed, CreditBalance)
    assert parsed.credits_ == 412.5  # `credits` is a Python builtin, so the generator adds "_"
    assert parsed.initial_credits == 1000


# --- projects ------------------------------------------------------------------------------------


def test_list_projects_sends_sort_and_owner_and_parses_page(client, mock):
    route = mock.get("/api/projects").respond(200, json=page([project_json(color="blue")], limit=100))
    parsed = list_projects.sync(
        client=client,
        limit=100,
        offset=0,
        sort=ProjectSortField.LAST_RECORDING_AT,
        direction=Direction.ASC,
        owner=uuid.UUID(USER_ID),
    )
    assert _query(_sent(route)) == {
        "limit": ["100"],
        "offset": ["0"],
        "sort": ["last_recording_at"],
        "direction": ["asc"],
        "owner": [USER_ID],
    }
    assert isinstance(parsed, ProjectList)
    assert parsed.pagination.limit == 100
    assert parsed.list_[0].additional_properties == {"color": "blue"}


def test_list_projects_unauthorized(client, mock):
    mock.get("/api/projects").respond(401, json={"detail": "Not authenticated"})
    parsed = list_projects.sync(client=client)
    assert isinstance(parsed, ErrorResponse)
    assert parsed.detail == "Not authenticated"


def test_rename_project_patches_name(client, mock):
    route = mock.patch(f"/api/projects/{PROJECT_ID}").respond(200, json=project_json(name="Chapter 2"))
    parsed = rename_project.sync(uuid.UUID(PROJECT_ID), client=client, body=ProjectRename(name="Chapter 2"))
    assert _json(_sent(route)) == {"name": "Chapter 2"}
    assert parsed.name == "Chapter 2"


def test_rename_project_validation_error_parses_422(client, mock):
    mock.patch(f"/api/projects/{PROJECT_ID}").respond(
        422,
        json={
            "detail": [
                {
                    "loc": ["body", "name"],
                    "msg": "ensure this value has at most 40 characters",
                    "type": "value_error.any_str.max_length",
                    "ctx": {"limit_value": 40},
                },
                {"loc": ["body", "items", 0], "msg": "field required", "type": "value_error.missing"},
            ]
        },
    )
    parsed = rename_project.sync(uuid.UUID(PROJECT_ID), client=client, body=ProjectRename(name="x" * 41))
    assert isinstance(parsed, HTTPValidationError)
    first, second = parsed.detail
    assert first.loc == ["body", "name"]
    assert first.type_ == "value_error.any_str.max_length"
    assert first.additional_properties == {"ctx": {"limit_value": 40}}
    assert second.loc == ["body", "items", 0]


def test_delete_project_and_get_by_url(client, mock):
    delete_route = mock.delete(f"/api/projects/{PROJECT_ID}").respond(200, json={"id": PROJECT_ID})
    url_route = mock.get("/api/projects/by-url").respond(200, json=project_json())
    deleted = delete_project.sync(uuid.UUID(PROJECT_ID), client=client)
    found = get_project_by_url.sync(client=client, project_url="jane/audiobook-chapter-1")
    _sent(delete_route)
    assert _query(_sent(url_route)) == {"project_url": ["jane/audiobook-chapter-1"]}
    assert isinstance(deleted, ProjectDeleted) and deleted.id == uuid.UUID(PROJECT_ID)
    assert isinstance(found, Project) and found.url == "jane/audiobook-chapter-1"


def test_export_project_returns_zip_bytes(client, mock):
    archive = b"PK\x03\x04" + b"\x00" * 26
    route = mock.get(f"/api/projects/{PROJECT_ID}/export").respond(
        200,
        content=archive,
        headers={"Content-Type": "application/zip", "Content-Disposition": 'attachment; filename="chapter-1.zip"'},
    )
    response = export_project.sync_detailed(uuid.UUID(PROJECT_ID), client=client, starred_only=True)
    assert _query(_sent(route)) == {"starred_only": ["true"]}
    assert isinstance(response.parsed, File)
    assert response.parsed.payload.read() == archive
    assert response.headers["content-disposition"] == 'attachment; filename="chapter-1.zip"'


# --- folders -------------------------------------------------------------------------------------


def test_list_folders_requires_project_and_parses_nullable_parent(client, mock):
    route = mock.get("/api/folders").respond(200, json=page([folder_json()], limit=200))
    parsed = list_folders.sync(client=client, project_id=uuid.UUID(PROJECT_ID), limit=200, direction=Direction.DESC)
    assert _query(_sent(route)) == {
        "project_id": [PROJECT_ID],
        "limit": ["200"],
        "offset": ["0"],
        "direction": ["desc"],
    }
    assert isinstance(parsed, FolderList)
    assert parsed.list_[0].parent_id is None


def test_create_update_delete_folder(client, mock):
    create_route = mock.post("/api/folders").respond(200, json=folder_json())
    update_route = mock.patch(f"/api/folders/{FOLDER_ID}").respond(200, json=folder_json(name="Final takes"))
    delete_route = mock.delete(f"/api/folders/{FOLDER_ID}").respond(200, json=[FOLDER_ID, RECORDING_ID])

    created = create_folder.sync(client=client, body=FolderCreate(name="Takes", project_id=uuid.UUID(PROJECT_ID)))
    updated = update_folder.sync(uuid.UUID(FOLDER_ID), client=client, body=FolderUpdate(name="Final takes"))
    deleted = delete_folder.sync(uuid.UUID(FOLDER_ID), client=client)

    assert _json(_sent(create_route)) == {"name": "Takes", "project_id": PROJECT_ID}
    assert _json(_sent(update_route)) == {"name": "Final takes"}
    _sent(delete_route)
    assert isinstance(created, Folder) and created.id == uuid.UUID(FOLDER_ID)
    assert updated.name == "Final takes"
    assert deleted == [uuid.UUID(FOLDER_ID), uuid.UUID(RECORDING_ID)]


# --- recordings: multipart upload, three paginated lists, zip export, CRUD ------------------------


def test_upload_recording_sends_multipart_fields(client, mock):
    route = mock.post("/api/recordings").respond(200, json=recording_json(state="processing", note=None))
    audio = b"fLaC\x00\x00\x00\x22"
    parsed = upload_recording.sync(
        client=client,
        body=RecordingUpload(
            data=File(payload=io.BytesIO(audio), file_name="take-01.flac", mime_type="audio/flac"),
            parent_folder_id=uuid.UUID(FOLDER_ID),
            microphone="file",
            label="take 01",
        ),
    )
    body = _multipart(_sent(route))
    for field in (b'name="data"', b'name="parent_folder_id"', b'name="microphone"', b'name="label"'):
        assert field in body
    assert audio in body and FOLDER_ID.encode() in body and b"take 01" in body
    assert isinstance(parsed, Recording)
    assert parsed.state == RecordingState.PROCESSING
    assert parsed.note is None


def test_upload_recording_too_large(client, mock):
    mock.post("/api/recordings").respond(413, json={"detail": "Request Entity Too Large"})
    parsed = upload_recording.sync(
        client=client,
        body=RecordingUpload(
            data=File(payload=io.BytesIO(b"x"), file_name="a.wav"),
            parent_folder_id=uuid.UUID(FOLDER_ID),
            microphone="file",
        ),
    )
    assert isinstance(parsed, ErrorResponse)
    assert parsed.detail == "Request Entity Too Large"


def test_list_recordings_parses_full_recording(client, mock):
    route = mock.get("/api/recordings").respond(
        200, json=page([recording_json(mood="calm")], limit=20, offset=40, count=41)
    )
    parsed = list_recordings.sync(client=client, folder_id=uuid.UUID(FOLDER_ID), limit=20, offset=40)
    assert _query(_sent(route)) == {"folder_id": [FOLDER_ID], "limit": ["20"], "offset": ["40"]}
    assert isinstance(parsed, RecordingList)
    assert parsed.pagination.count == 41
    recording = parsed.list_[0]
    assert recording.type_ == RecordingType.ORIGINAL
    assert recording.state == RecordingState.DONE
    assert isinstance(recording.params, RecordingParams)
    assert recording.original_id is None and recording.tts_voice is None
    assert recording.size == 1764044 and recording.duration == 10.0
    assert recording.note.text == "Breathing at 0:04, keep anyway."
    assert recording.additional_properties == {"mood": "calm"}


def test_list_originals_sends_folder(client, mock):
    route = mock.get("/api/recordings/originals").respond(200, json=page([recording_json()]))
    parsed = list_originals.sync(client=client, folder_id=uuid.UUID(FOLDER_ID), direction=Direction.ASC)
    assert _query(_sent(route)) == {"folder_id": [FOLDER_ID], "limit": ["50"], "offset": ["0"], "direction": ["asc"]}
    assert isinstance(parsed, RecordingList)
    assert parsed.list_[0].id == uuid.UUID(RECORDING_ID)


def test_list_conversions_parses_conversion_fields_and_legacy_params(client, mock):
    conversion = recording_json(
        id=CONVERSION_ID,
        type="converted",
        state="queued_for_review",
        original_id=RECORDING_ID,
        voice_id=VOICE_ID,
        voice_name="Nora",
        semitones_correction=-2,
        params=[{"id": STYLE_ID, "name": "pitch", "value": "0"}],
        moderation={"state": "passed", "has_violations": False},
        converted_at="2024-03-02T09:12:30Z",
        note=None,
    )
    route = mock.get("/api/recordings/conversions").respond(200, json=page([conversion]))
    parsed = list_conversions.sync(client=client, original_id=uuid.UUID(RECORDING_ID))
    assert _query(_sent(route)) == {"original_id": [RECORDING_ID], "limit": ["50"], "offset": ["0"]}
    item = parsed.list_[0]
    assert item.type_ == RecordingType.CONVERTED
    assert item.state == "queued_for_review"  # unknown state kept as a string
    assert item.original_id == uuid.UUID(RECORDING_ID)
    assert item.voice_name == "Nora" and item.semitones_correction == -2
    assert item.params == [ModelParam(id=uuid.UUID(STYLE_ID), name="pitch", value="0")]
    assert item.moderation.has_violations is False
    assert item.converted_at == dt.datetime(2024, 3, 2, 9, 12, 30, tzinfo=dt.UTC)


def test_export_recordings_returns_zip_bytes(client, mock):
    archive = b"PK\x05\x06" + b"\x00" * 18
    route = mock.get("/api/recordings/export").respond(
        200, content=archive, headers={"Content-Type": "application/zip"}
    )
    parsed = export_recordings.sync(client=client, original_id=uuid.UUID(RECORDING_ID))
    assert _query(_sent(route)) == {"original_id": [RECORDING_ID], "starred_only": ["false"]}
    assert isinstance(parsed, File)
    assert parsed.payload.read() == archive


def test_get_recording_not_found(client, mock):
    route = mock.get(f"/api/recordings/{RECORDING_ID}").respond(404, json={"detail": "Recording not found"})
    parsed = get_recording.sync(uuid.UUID(RECORDING_ID), client=client)
    _sent(route)
    assert isinstance(parsed, ErrorResponse)
    assert parsed.detail == "Recording not found"


def test_update_and_replace_recording_bodies(client, mock):
    patch_route = mock.patch(f"/api/recordings/{RECORDING_ID}").respond(200, json=recording_json(starred=True))
    put_route = mock.put(f"/api/recordings/{RECORDING_ID}").respond(
        200, json=recording_json(label="keeper", starred=True)
    )
    patched = update_recording.sync(uuid.UUID(RECORDING_ID), client=client, body=RecordingUpdate(starred=True))
    replaced = replace_recording.sync(
        uuid.UUID(RECORDING_ID), client=client, body=RecordingReplace(label="keeper", starred=True)
    )
    assert _json(_sent(patch_route)) == {"starred": True}  # partial update sends only what is set
    assert _json(_sent(put_route)) == {"label": "keeper", "starred": True}
    assert patched.starred is True
    assert replaced.label == "keeper"


def test_delete_recording_returns_deleted_ids(client, mock):
    route = mock.delete(f"/api/recordings/{RECORDING_ID}").respond(
        200, json=[{"id": RECORDING_ID}, {"id": CONVERSION_ID}]
    )
    parsed = delete_recording.sync(uuid.UUID(RECORDING_ID), client=client)
    _sent(route)
    assert parsed == [RecordingDeleted(id=uuid.UUID(RECORDING_ID)), RecordingDeleted(id=uuid.UUID(CONVERSION_ID))]


# --- tts -----------------------------------------------------------------------------------------


def test_create_tts_recording_v2_sends_text_and_language(client, mock):
    route = mock.post("/api/v2/recordings/tts").respond(
        200,
        json=recording_json(tts=True, tts_voice_id=TTS_VOICE_ID, text="Hello there.", state="processing", note=None),
    )
    parsed = create_tts_recording_v2.sync(
        client=client,
        body=TtsRecordingCreateV2(parent_folder_id=uuid.UUID(FOLDER_ID), text="Hello there.", text_language="en"),
    )
    assert _json(_sent(route)) == {"parent_folder_id": FOLDER_ID, "text": "Hello there.", "text_language": "en"}
    assert parsed.tts is True
    assert parsed.tts_voice_id == uuid.UUID(TTS_VOICE_ID)


def test_deprecated_create_tts_recording_sends_voice_id(client, mock):
    route = mock.post("/api/recordings/tts").respond(200, json=recording_json(tts=True, text="Hi."))
    parsed = create_tts_recording.sync(
        client=client,
        body=TtsRecordingCreate(
            parent_folder_id=uuid.UUID(FOLDER_ID), text="Hi.", voice_id=uuid.UUID(TTS_VOICE_ID), label="hi"
        ),
    )
    assert _json(_sent(route)) == {
        "parent_folder_id": FOLDER_ID,
        "text": "Hi.",
        "voice_id": TTS_VOICE_ID,
        "label": "hi",
    }
    assert isinstance(parsed, Recording)


def test_list_tts_voices(client, mock):
    route = mock.get("/api/tts-voices").respond(
        200,
        json=[
            {"id": TTS_VOICE_ID, "visibility": "public", "name": "Default", "f0": 118.0, "is_default": True},
            {"id": VOICE_ID, "visibility": "team", "name": None, "f0": None, "is_default": None},
        ],
    )
    parsed = list_tts_voices.sync(client=client)
    _sent(route)
    assert all(isinstance(voice, TtsVoice) for voice in parsed)
    assert parsed[0].visibility == TtsVoiceVisibility.PUBLIC
    assert parsed[1].visibility == "team"
    assert parsed[1].name is None


# --- notes: addressed by recording id, DELETE carries a JSON body --------------------------------


def test_note_create_update_delete(client, mock):
    note = {"recording_id": RECORDING_ID, "text": "Re-record.", "id": NOTE_ID, "active": True}
    create_route = mock.post("/api/notes").respond(200, json=note)
    update_route = mock.put("/api/notes").respond(200, json={**note, "text": "Keep."})
    delete_route = mock.delete("/api/notes").respond(200, json={**note, "active": False})

    created = create_note.sync(client=client, body=NoteCreate(recording_id=uuid.UUID(RECORDING_ID), text="Re-record."))
    updated = update_note.sync(client=client, body=NoteUpdate(recording_id=uuid.UUID(RECORDING_ID), text="Keep."))
    deleted = delete_note.sync(client=client, body=NoteDelete(recording_id=uuid.UUID(RECORDING_ID)))

    assert _json(_sent(create_route)) == {"recording_id": RECORDING_ID, "text": "Re-record."}
    assert _json(_sent(update_route)) == {"recording_id": RECORDING_ID, "text": "Keep."}
    assert _json(_sent(delete_route)) == {"recording_id": RECORDING_ID}
    assert isinstance(created, Note) and created.id == uuid.UUID(NOTE_ID)
    assert updated.text == "Keep."
    assert deleted.active is False


# --- stats ---------------------------------------------------------------------------------------


def test_get_stats(client, mock):
    route = mock.get("/api/stats").respond(
        200,
        json={
            "time_converted": {
                "total": 5400,
                "current_month": 1200,
                "previous_monthes": [{"month": "2024-02-01", "duration": 4200}],
            },
            "conversions": {"total": 40, "completed": 37, "in_progress": 1, "failed": 2},
            "models": [{"id": VOICE_ID, "name": "Nora", "conversions_count": 12, "converted_time": 1800.5}],
        },
    )
    parsed = get_stats.sync(client=client)
    _sent(route)
    assert isinstance(parsed, AccountStats)
    assert parsed.time_converted.previous_monthes[0].month == dt.date(2024, 2, 1)
    assert parsed.conversions.failed == 2
    assert parsed.models[0].converted_time == 1800.5


def test_project_and_folder_stats_are_posts_with_id_lists(client, mock):
    conversions = {"total": 5, "completed": 4, "in_progress": 1, "failed": 0}
    projects_route = mock.post("/api/stats/projects").respond(
        200,
        json=[
            {
                "project_id": PROJECT_ID,
                "time_converted": {"total": 600, "current_month": 120},
                "conversions": conversions,
            }
        ],
    )
    folders_route = mock.post("/api/stats/folders").respond(200, json=[{"folder_id": FOLDER_ID, "stats": conversions}])

    projects = get_project_stats.sync(client=client, body=ProjectStatsRequest(project_ids=[uuid.UUID(PROJECT_ID)]))
    folders = get_folder_stats.sync(client=client, body=FolderStatsRequest(folder_ids=[uuid.UUID(FOLDER_ID)]))

    assert _json(_sent(projects_route)) == {"project_ids": [PROJECT_ID]}
    assert _json(_sent(folders_route)) == {"folder_ids": [FOLDER_ID]}
    assert isinstance(projects[0], ProjectStats) and projects[0].time_converted.total == 600
    assert isinstance(folders[0], FolderStats) and folders[0].stats.completed == 4


# --- orders --------------------------------------------------------------------------------------


def test_create_order_sends_conversions_and_parses_orders(client, mock):
    route = mock.post("/api/v2/orders").respond(200, json=[order_json(), order_json(state="moderation")])
    parsed = create_order.sync(
        client=client,
        body=OrderCreate(
            original_id=uuid.UUID(RECORDING_ID),
            conversions=[
                OrderConversion(
                    voice_id=uuid.UUID(VOICE_ID), accent_id=uuid.UUID(ACCENT_ID), semitones_correction=-1.5
                ),
                OrderConversion(voice_id=uuid.UUID(VOICE_ID), narration_style_id=uuid.UUID(STYLE_ID), label="tts take"),
            ],
            calibration_id=uuid.UUID(CALIBRATION_ID),
            use_calibration=True,
        ),
    )
    assert _json(_sent(route)) == {
        "original_id": RECORDING_ID,
        "conversions": [
            {"voice_id": VOICE_ID, "accent_id": ACCENT_ID, "semitones_correction": -1.5},
            {"voice_id": VOICE_ID, "narration_style_id": STYLE_ID, "label": "tts take"},
        ],
        "calibration_id": CALIBRATION_ID,
        "use_calibration": True,
    }
    assert all(isinstance(order, Order) for order in parsed)
    assert parsed[0].state == OrderState.NEW
    assert parsed[0].closed_at is None and parsed[0].f0 is None
    assert parsed[1].state == "moderation"  # unknown state kept as a string


def test_create_order_default_use_calibration_is_sent(client, mock):
    route = mock.post("/api/v2/orders").respond(200, json=[order_json()])
    create_order.sync(
        client=client,
        body=OrderCreate(
            original_id=uuid.UUID(RECORDING_ID), conversions=[OrderConversion(voice_id=uuid.UUID(VOICE_ID))]
        ),
    )
    assert _json(_sent(route)) == {
        "original_id": RECORDING_ID,
        "conversions": [{"voice_id": VOICE_ID}],
        "use_calibration": False,
    }


def test_retry_order_posts_without_body(client, mock):
    route = mock.post(f"/api/v2/orders/retry/{CONVERSION_ID}").respond(200, json=order_json(state="processing"))
    parsed = retry_order.sync(uuid.UUID(CONVERSION_ID), client=client)
    assert _sent(route).content == b""
    assert parsed.state == OrderState.PROCESSING


# --- voices --------------------------------------------------------------------------------------


def test_list_voices_repeats_array_filters(client, mock):
    route = mock.get("/api/v2/voices").respond(200, json=page([voice_json()], limit=10, offset=20, count=120))
    parsed = list_voices.sync(
        client=client,
        limit=10,
        offset=20,
        visibility=[VoiceVisibility.PUBLIC, VoiceVisibility.PAID],
        species=[Species.HUMAN],
        gender=[Gender.MALE, Gender.FEMALE],
        age_group=[AgeGroup.ADULT],
        nationality=["American", "British"],
        sort=VoiceSortField.RATING,
        direction=Direction.DESC,
    )
    assert _query(_sent(route)) == {
        "limit": ["10"],
        "offset": ["20"],
        "visibility": ["public", "paid"],
        "species": ["human"],
        "gender": ["male", "female"],
        "age_group": ["adult"],
        "nationality": ["American", "British"],
        "sort": ["rating"],
        "direction": ["desc"],
    }
    assert isinstance(parsed, VoiceList)
    assert parsed.pagination.count == 120
    voice = parsed.list_[0]
    assert voice.visibility == VoiceVisibility.PUBLIC and voice.gender == Gender.FEMALE
    assert voice.accents[0].info.locale == "en-US"
    assert voice.accents[0].settings.semitones_correction == 0
    assert voice.narration_styles[0].info.name == "Neutral"
    assert voice.tiers[0].name == "basic"


def test_list_voices_sends_default_page(client, mock):
    route = mock.get("/api/v2/voices").respond(200, json=page([], limit=25))
    list_voices.sync(client=client)
    assert _query(_sent(route)) == {"limit": ["25"], "offset": ["0"]}


def test_search_voices_tolerates_new_enum_values_nulls_and_tag_shaped_styles(client, mock):
    odd = voice_json(
        species="robot",
        gender=None,
        age_group=None,
        pitch_group=None,
        artist=None,
        description=None,
        narration_styles=[{"id": STYLE_ID, "is_default": False, "tags": [{"name": "calm"}]}],
    )
    route = mock.get("/api/v2/voices/search").respond(200, json=[odd])
    parsed = search_voices.sync(client=client, name="No", limit=10)
    assert _query(_sent(route)) == {"name": ["No"], "limit": ["10"]}
    voice = parsed[0]
    assert isinstance(voice, Voice)
    assert voice.species == "robot"
    assert voice.gender is None and voice.age_group is None and voice.description is None
    style = voice.narration_styles[0]
    assert style.info is UNSET
    assert [tag.name for tag in style.tags] == ["calm"]


def test_favorite_voice_and_settings(client, mock):
    favorite_route = mock.post(f"/api/v2/voices/favorite/{VOICE_ID}").respond(200, json=voice_json(favorite=True))
    settings_route = mock.post("/api/v2/voices/settings").respond(200, json=voice_json())
    favorite = favorite_voice.sync(uuid.UUID(VOICE_ID), client=client, body=FavoriteUpdate(favorite=True))
    settings = update_voice_settings.sync(
        client=client,
        body=VoiceSettingsUpdate(voice_id=uuid.UUID(VOICE_ID), accent_id=uuid.UUID(ACCENT_ID), semitones_correction=-2),
    )
    assert _json(_sent(favorite_route)) == {"favorite": True}
    assert _json(_sent(settings_route)) == {"voice_id": VOICE_ID, "accent_id": ACCENT_ID, "semitones_correction": -2}
    assert favorite.favorite is True
    assert isinstance(settings, Voice)


def test_favorite_voice_not_found(client, mock):
    mock.post(f"/api/v2/voices/favorite/{VOICE_ID}").respond(404, json={"detail": "Voice not found"})
    parsed = favorite_voice.sync(uuid.UUID(VOICE_ID), client=client, body=FavoriteUpdate(favorite=False))
    assert isinstance(parsed, ErrorResponse)
    assert parsed.detail == "Voice not found"


def test_get_accent_samples_keeps_undocumented_sample_map(client, mock):
    samples = {"original": "storage/samples/a.wav", "converted": "storage/samples/b.wav"}
    route = mock.get("/api/v2/accents/samples").respond(200, json={"samples": samples})
    parsed = get_accent_samples.sync(client=client, accent_id=uuid.UUID(ACCENT_ID))
    assert _query(_sent(route)) == {"accent_id": [ACCENT_ID]}
    assert isinstance(parsed, AccentSamples)
    assert parsed.samples.additional_properties == samples


# --- generic behaviour ---------------------------------------------------------------------------


def test_undocumented_status_raises_when_asked(mock):
    mock.get("/api/credits").respond(418, text="teapot")
    strict = AuthenticatedClient(
        base_url=BASE, token=API_KEY, prefix="", auth_header_name="api-key", raise_on_unexpected_status=True
    )
    with pytest.raises(UnexpectedStatus):
        get_credits.sync(client=strict)


def test_async_variant_sends_the_same_request(client, mock):
    route = mock.get(f"/api/recordings/{RECORDING_ID}").respond(200, json=recording_json())

    async def run():
        return await get_recording.asyncio(uuid.UUID(RECORDING_ID), client=client)

    parsed = asyncio.run(run())
    _sent(route)
    assert isinstance(parsed, Recording)
    assert parsed.id == uuid.UUID(RECORDING_ID)
