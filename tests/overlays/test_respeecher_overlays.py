"""Respeecher helpers: API-key and session auth, limit/offset iterators, zip exports, checked uploads.

respx pins request shapes and error mapping; a small Starlette app on uvicorn (127.0.0.1) proves
the session cookie over real HTTP, zip exports streamed to disk in constant memory (sync and
async), truncated exports, and that breaking out of an export stream closes the connection.
(There is no Respeecher reference server yet, hence the fixture app.)
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging
import threading
import tracemalloc
import urllib.parse
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from hypothesis import given
from hypothesis import strategies as st
from respeecher_client._core.calls import call
from respeecher_client._core.downloads import attachment_filename
from respeecher_client._core.retry import RetryPolicy
from respeecher_client.api.account import get_credits
from respeecher_client.auth import (
    ApiKeyAuth,
    SessionAuth,
    async_login,
    async_logout,
    create_client,
    login,
    logout,
    session_auth,
)
from respeecher_client.exceptions import (
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    ProtocolError,
    TruncatedStreamError,
    UnprocessableEntityError,
    UploadError,
)
from respeecher_client.exports import (
    async_export_project,
    async_export_recordings,
    async_stream_project_export,
    export_project,
    export_recordings,
    stream_project_export,
)
from respeecher_client.models import CreditBalance, Gender, Project, Voice
from respeecher_client.pagination import (
    async_iter_folders,
    async_iter_voices,
    iter_calibrations,
    iter_conversions,
    iter_projects,
    iter_recordings,
    iter_voices,
)
from respeecher_client.uploads import (
    async_create_calibration,
    async_upload_recording,
    create_calibration,
    upload_recording,
)
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from upload_helpers import multipart_parts, wav_bytes

from conformance.servers import ReferenceServer

BASE = "https://gateway.respeecher.test"
KEY = "AYvUIp3BANi-very-secret-key"
EMAIL = "jane@example.com"
PASSWORD = "correct-horse-battery-staple"
SESSION = "8f0e2b7c9d-session-secret"
CSRF = "4d1a0c8e6b2f-csrf-secret"
PROJECT_ID = uuid.UUID("7d2c4e1a-9b3f-4a8e-b6d5-0c1f2e3a4b5c")
FOLDER_ID = uuid.UUID("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
ORIGINAL_ID = uuid.UUID("9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d")
USER_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
CREDITS = {"credits": 412.5, "initial_credits": 1000}
NO_RETRY = RetryPolicy(max_retries=0)


def user() -> dict[str, Any]:
    return {"id": USER_ID, "email": EMAIL, "verified": True, "username": "jane", "roles": ["user"], "groups": []}


def login_response(session: str = SESSION, csrf: str = CSRF) -> httpx.Response:
    return httpx.Response(
        200,
        json={"user": user(), "csrf_token": csrf},
        headers={"set-cookie": f"session_id={session}; HttpOnly; Path=/; SameSite=lax"},
    )


def project(index: int) -> dict[str, Any]:
    return {
        "name": f"Project {index}",
        "slug": f"project-{index}",
        "owner": USER_ID,
        "url": f"jane/project-{index}",
        "models": {},
        "id": str(uuid.UUID(int=index)),
        "active": True,
        "created_at": "2024-03-02T09:00:00Z",
        "last_recording_at": "2024-03-02T09:30:00Z",
    }


def voice(index: int) -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=index)),
        "owner_id": USER_ID,
        "name": f"Voice {index}",
        "slug": f"voice-{index}",
        "visibility": "public",
        "rating": 50,
        "active": True,
        "created_at": "2024-02-28T11:21:32Z",
        "accents": [],
        "narration_styles": [],
        "tiers": [],
    }


def recording(index: int = 1, state: str = "done") -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=index)),
        "project_id": str(PROJECT_ID),
        "parent_folder_id": str(FOLDER_ID),
        "type": "original",
        "state": state,
        "duration": 1.0,
        "tts": False,
        "params": {},
        "active": True,
        "created_at": "2024-03-02T09:10:00Z",
        "listen_count": 0,
    }


def calibration() -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=7)),
        "name": "studio mic",
        "user_id": USER_ID,
        "bucket": "users-eu",
        "key": "calibrations/7.wav",
        "state": "processing",
        "created_at": "2024-03-01T10:15:00Z",
        "enabled": False,
    }


def page(items: list[dict[str, Any]], count: int, limit: int, offset: int) -> dict[str, Any]:
    return {"list": items, "pagination": {"count": count, "limit": limit, "offset": offset}}


def zip_bytes(size: int) -> bytes:
    return b"PK\x03\x04" + bytes(range(256)) * (size // 256) + b"PK\x05\x06" + b"\x00" * 18


def api_client() -> Any:
    return create_client(api_key=KEY, base_url=BASE, retry=NO_RETRY)


def session_client(**kwargs: Any) -> Any:
    return create_client(email=EMAIL, password=PASSWORD, base_url=BASE, retry=NO_RETRY, **kwargs)


# --- auth: API key --------------------------------------------------------------------------------


@respx.mock
def test_api_key_goes_in_the_api_key_header_as_is() -> None:
    route = respx.get(f"{BASE}/api/credits").mock(return_value=httpx.Response(200, json=CREDITS))
    credits = get_credits.sync(client=api_client())
    assert isinstance(credits, CreditBalance) and credits.credits_ == 412.5
    request = route.calls[0].request
    assert request.headers["api-key"] == KEY
    assert "authorization" not in request.headers and "x-csrf-token" not in request.headers


def test_create_client_takes_exactly_one_kind_of_credential() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        create_client(api_key=KEY, email=EMAIL, password=PASSWORD)
    with pytest.raises(ValueError, match="exactly one"):
        create_client()
    with pytest.raises(ValueError, match="email and password"):
        create_client(email=EMAIL)
    with pytest.raises(TypeError, match="no session"):
        login(api_client())


# --- auth: session -------------------------------------------------------------------------------


@respx.mock
def test_a_session_logs_in_on_first_use_and_sends_cookie_and_csrf_on_later_calls() -> None:
    login_route = respx.post(f"{BASE}/api/login").mock(return_value=login_response())
    credits_route = respx.get(f"{BASE}/api/credits").mock(return_value=httpx.Response(200, json=CREDITS))
    client = session_client(session_duration=3600)
    assert get_credits.sync(client=client) is not None
    assert get_credits.sync(client=client) is not None
    assert login_route.call_count == 1
    assert httpx.Response(200, content=login_route.calls[0].request.content).json() == {
        "email": EMAIL,
        "password": PASSWORD,
        "session_duration": 3600,
    }
    for sent in credits_route.calls:
        assert sent.request.headers["x-csrf-token"] == CSRF
        assert sent.request.headers["cookie"] == f"session_id={SESSION}"
        assert "api-key" not in sent.request.headers


@respx.mock
def test_explicit_login_returns_the_profile_and_logout_forgets_the_session() -> None:
    login_route = respx.post(f"{BASE}/api/login").mock(return_value=login_response())
    logout_route = respx.post(f"{BASE}/api/logout").mock(return_value=httpx.Response(200, json={"detail": "OK"}))
    respx.get(f"{BASE}/api/credits").mock(return_value=httpx.Response(200, json=CREDITS))
    client = session_client()
    profile = login(client)
    assert profile.email == EMAIL and str(profile.id) == USER_ID
    assert session_auth(client).logged_in and session_auth(client).reveal_session() == {
        "session_id": SESSION,
        "csrf_token": CSRF,
    }
    logout(client)
    assert logout_route.calls[0].request.headers["x-csrf-token"] == CSRF
    assert not session_auth(client).logged_in
    get_credits.sync(client=client)  # a new session is opened on demand
    assert login_route.call_count == 2


@respx.mock
def test_an_expired_session_is_reopened_once_and_the_request_repeated() -> None:
    login_route = respx.post(f"{BASE}/api/login").mock(
        side_effect=[login_response(), login_response(session="renewed", csrf="csrf-2")]
    )
    credits_route = respx.get(f"{BASE}/api/credits").mock(
        side_effect=[
            httpx.Response(200, json=CREDITS),
            httpx.Response(401, json={"detail": "Not authenticated"}),
            httpx.Response(200, json=CREDITS),
        ]
    )
    client = session_client()
    get_credits.sync(client=client)
    assert isinstance(get_credits.sync(client=client), CreditBalance)
    assert login_route.call_count == 2
    retried = credits_route.calls[2].request
    assert retried.headers["cookie"] == "session_id=renewed" and retried.headers["x-csrf-token"] == "csrf-2"


@respx.mock
def test_a_resumed_session_that_expired_raises_authentication_error() -> None:
    respx.get(f"{BASE}/api/credits").mock(return_value=httpx.Response(401, json={"detail": "Not authenticated"}))
    session = SessionAuth(session_id=SESSION, csrf_token=CSRF)
    client = create_client(session=session, base_url=BASE, retry=NO_RETRY)
    with pytest.raises(AuthenticationError, match="Not authenticated") as info:
        call(get_credits, client)
    assert SESSION not in str(info.value) and CSRF not in str(info.value)


@respx.mock
def test_a_rotated_session_cookie_is_taken_up() -> None:
    respx.post(f"{BASE}/api/login").mock(return_value=login_response())
    route = respx.get(f"{BASE}/api/credits").mock(
        side_effect=[
            httpx.Response(200, json=CREDITS, headers={"set-cookie": "session_id=rotated; Path=/"}),
            httpx.Response(200, json=CREDITS),
        ]
    )
    client = session_client()
    get_credits.sync(client=client)
    get_credits.sync(client=client)
    assert route.calls[1].request.headers["cookie"] == "session_id=rotated"


@respx.mock
def test_failed_logins_raise_typed_errors_without_the_password() -> None:
    respx.post(f"{BASE}/api/login").mock(return_value=httpx.Response(404, json={"detail": "User not found"}))
    client = session_client()
    with pytest.raises(NotFoundError, match="User not found") as info:
        login(client)
    assert PASSWORD not in str(info.value) and EMAIL not in str(info.value)


@respx.mock
@pytest.mark.parametrize(
    ("response", "message"),
    [
        (httpx.Response(200, json={"user": user(), "csrf_token": CSRF}), "sets no session_id cookie"),
        (httpx.Response(200, json={"user": user()}, headers={"set-cookie": "session_id=x"}), "no csrf_token"),
        (httpx.Response(200, text="<html>maintenance</html>"), "not JSON: '<html>maintenance</html>'"),
    ],
)
def test_a_login_response_without_the_session_is_a_protocol_error(response: httpx.Response, message: str) -> None:
    respx.post(f"{BASE}/api/login").mock(return_value=response)
    with pytest.raises(ProtocolError, match=message):
        get_credits.sync(client=session_client())


@respx.mock
def test_async_login_and_logout() -> None:
    respx.post(f"{BASE}/api/login").mock(return_value=login_response())
    respx.post(f"{BASE}/api/logout").mock(return_value=httpx.Response(401, json={"detail": "Not authenticated"}))
    route = respx.get(f"{BASE}/api/credits").mock(return_value=httpx.Response(200, json=CREDITS))

    async def run() -> None:
        client = session_client()
        profile = await async_login(client)
        assert profile.username == "jane"
        await get_credits.asyncio(client=client)
        await async_logout(client)  # an already-ended session is not an error for logout
        assert not session_auth(client).logged_in

    asyncio.run(run())
    assert route.calls[0].request.headers["x-csrf-token"] == CSRF


@respx.mock
def test_secrets_never_appear_in_reprs_logs_or_messages(caplog: pytest.LogCaptureFixture) -> None:
    respx.post(f"{BASE}/api/login").mock(return_value=login_response())
    respx.get(f"{BASE}/api/credits").mock(return_value=httpx.Response(403, json={"detail": "Forbidden"}))
    client = session_client()
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(PermissionDeniedError) as info:
            call(get_credits, client)
        logging.getLogger("test").info("client %r auth %r", client, session_auth(client))
    texts = [
        repr(client),
        repr(session_auth(client)),
        repr(ApiKeyAuth(KEY)),
        repr(api_client()),
        str(info.value),
        caplog.text,
    ]
    for text in texts:
        for secret in (KEY, PASSWORD, SESSION, CSRF):
            assert secret not in text


# --- pagination ----------------------------------------------------------------------------------


@respx.mock
def test_iter_projects_follows_offsets_until_the_count_even_when_the_server_caps_pages() -> None:
    """The server answers 2 items a page although 100 were asked for; all 5 still arrive."""
    items = [project(i) for i in range(5)]

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        return httpx.Response(200, json=page(items[offset : offset + 2], 5, 2, offset))

    route = respx.get(f"{BASE}/api/projects").mock(side_effect=handler)
    projects = list(iter_projects(api_client(), owner=uuid.UUID(USER_ID)))
    assert [p.slug for p in projects] == [f"project-{i}" for i in range(5)]
    assert all(isinstance(p, Project) for p in projects)
    params = [dict(sent.request.url.params) for sent in route.calls]
    assert params == [{"limit": "100", "offset": str(o), "owner": USER_ID} for o in (0, 2, 4)]


@respx.mock
def test_pages_are_fetched_lazily_and_errors_are_typed() -> None:
    route = respx.get(f"{BASE}/api/recordings").mock(
        side_effect=[
            httpx.Response(200, json=page([recording(1), recording(2)], 4, 2, 0)),
            httpx.Response(403, json={"detail": "Forbidden"}),
        ]
    )
    recordings = iter_recordings(api_client(), folder_id=FOLDER_ID, page_size=2)
    assert route.call_count == 0
    assert next(recordings).id == uuid.UUID(int=1)
    assert route.call_count == 1
    next(recordings)
    with pytest.raises(PermissionDeniedError, match="Forbidden"):
        next(recordings)
    assert route.calls[0].request.url.params["folder_id"] == str(FOLDER_ID)


@respx.mock
def test_voice_filters_are_repeated_query_keys_and_an_empty_list_stops() -> None:
    route = respx.get(f"{BASE}/api/v2/voices").mock(return_value=httpx.Response(200, json=page([], 0, 100, 0)))
    assert list(iter_voices(api_client(), gender=[Gender.FEMALE, Gender.MALE], nationality=["American"])) == []
    params = route.calls[0].request.url.params
    assert params.get_list("gender") == ["female", "male"] and params["nationality"] == "American"


@respx.mock
def test_other_lists_iterate_too() -> None:
    respx.get(f"{BASE}/api/calibration").mock(return_value=httpx.Response(200, json=page([calibration()], 1, 200, 0)))
    conversions = respx.get(f"{BASE}/api/recordings/conversions").mock(
        return_value=httpx.Response(200, json=page([recording(3)], 1, 200, 0))
    )
    assert [c.name for c in iter_calibrations(api_client(), search="studio")] == ["studio mic"]
    assert len(list(iter_conversions(api_client(), ORIGINAL_ID))) == 1
    assert conversions.calls[0].request.url.params["original_id"] == str(ORIGINAL_ID)


def test_page_size_is_checked_against_the_documented_maximum() -> None:
    with pytest.raises(ValueError, match="between 1 and 100"):
        iter_projects(api_client(), page_size=101)
    with pytest.raises(ValueError, match="between 1 and 200"):
        iter_recordings(api_client(), page_size=0)


@respx.mock
def test_async_iterators() -> None:
    voices = [voice(i) for i in range(3)]
    respx.get(f"{BASE}/api/v2/voices").mock(
        side_effect=lambda request: httpx.Response(
            200, json=page(voices[int(request.url.params["offset"]) :][:2], 3, 2, int(request.url.params["offset"]))
        )
    )
    folders = respx.get(f"{BASE}/api/folders").mock(return_value=httpx.Response(404, json={"detail": "Not found"}))

    async def run() -> list[Voice]:
        got = [v async for v in async_iter_voices(api_client(), page_size=2)]
        with pytest.raises(NotFoundError):
            [f async for f in async_iter_folders(api_client(), PROJECT_ID)]
        return got

    assert [v.slug for v in asyncio.run(run())] == ["voice-0", "voice-1", "voice-2"]
    assert folders.calls[0].request.url.params["project_id"] == str(PROJECT_ID)


@given(total=st.integers(0, 40), page_size=st.integers(1, 12), cap=st.integers(1, 12))
def test_every_item_arrives_once_in_order_whatever_the_page_size_and_server_cap(
    total: int, page_size: int, cap: int
) -> None:
    items = [project(i) for i in range(total)]

    def handler(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        size = min(limit, cap)
        return httpx.Response(200, json=page(items[offset : offset + size], total, size, offset))

    with respx.mock:
        respx.get(f"{BASE}/api/projects").mock(side_effect=handler)
        slugs = [p.slug for p in iter_projects(api_client(), page_size=page_size)]
    assert slugs == [f"project-{i}" for i in range(total)]


# --- exports (respx) -----------------------------------------------------------------------------


@respx.mock
def test_export_project_saves_the_zip_under_the_servers_name(tmp_path: Path) -> None:
    body = zip_bytes(10_000)
    route = respx.get(f"{BASE}/api/projects/{PROJECT_ID}/export").mock(
        return_value=httpx.Response(
            200,
            content=body,
            headers={"content-type": "application/zip", "content-disposition": 'attachment; filename="chapter-1.zip"'},
        )
    )
    saved = export_project(api_client(), PROJECT_ID, tmp_path, starred_only=True)
    assert saved.path == tmp_path / "chapter-1.zip" and saved.path.read_bytes() == body
    assert saved.nbytes == len(body) and saved.filename == "chapter-1.zip" and saved.content_type == "application/zip"
    assert route.calls[0].request.url.params["starred_only"] == "true"
    assert route.calls[0].request.headers["api-key"] == KEY
    assert list(tmp_path.iterdir()) == [tmp_path / "chapter-1.zip"]


@respx.mock
def test_export_recordings_to_a_path_or_a_file_object(tmp_path: Path) -> None:
    body = zip_bytes(1000)
    route = respx.get(f"{BASE}/api/recordings/export").mock(
        return_value=httpx.Response(200, content=body, headers={"content-type": "application/zip"})
    )
    saved = export_recordings(api_client(), ORIGINAL_ID, tmp_path / "takes.zip")
    assert saved.path == tmp_path / "takes.zip" and saved.path.read_bytes() == body
    sink = io.BytesIO()
    saved = export_recordings(api_client(), ORIGINAL_ID, sink)
    assert saved.path is None and sink.getvalue() == body
    assert route.calls[0].request.url.params["original_id"] == str(ORIGINAL_ID)
    default = export_recordings(api_client(), ORIGINAL_ID, tmp_path)
    assert default.path == tmp_path / f"recording-{ORIGINAL_ID}.zip"


@respx.mock
def test_a_body_that_is_not_a_zip_is_a_protocol_error_and_leaves_no_file(tmp_path: Path) -> None:
    respx.get(f"{BASE}/api/projects/{PROJECT_ID}/export").mock(
        return_value=httpx.Response(200, json={"url": "https://storage/x.zip"})
    )
    with pytest.raises(ProtocolError, match=r"expected a zip archive, got 'application/json': '\{\"url\"") as info:
        export_project(api_client(), PROJECT_ID, tmp_path)
    assert "/export" in str(info.value)
    assert list(tmp_path.iterdir()) == []


@respx.mock
def test_export_errors_are_typed_and_leave_no_file(tmp_path: Path) -> None:
    respx.get(f"{BASE}/api/projects/{PROJECT_ID}/export").mock(
        return_value=httpx.Response(404, json={"detail": "Not found"})
    )
    with pytest.raises(NotFoundError, match="Not found"):
        export_project(api_client(), PROJECT_ID, tmp_path / "x.zip")
    assert list(tmp_path.iterdir()) == []


@respx.mock
def test_a_hostile_file_name_cannot_leave_the_directory(tmp_path: Path) -> None:
    respx.get(f"{BASE}/api/projects/{PROJECT_ID}/export").mock(
        return_value=httpx.Response(
            200, content=zip_bytes(100), headers={"content-disposition": 'attachment; filename="../../.bashrc"'}
        )
    )
    saved = export_project(api_client(), PROJECT_ID, tmp_path)
    assert saved.path == tmp_path / "bashrc"


@given(st.text(max_size=40))
def test_attachment_file_names_are_always_plain_names(name: str) -> None:
    for header in (f'attachment; filename="{name}"', f"attachment; filename*=UTF-8''{urllib.parse.quote(name)}"):
        safe = attachment_filename(header)
        if safe is not None:
            assert "/" not in safe and "\\" not in safe and not safe.startswith(".") and safe.strip() == safe
            assert safe.isprintable()


# --- uploads (respx) -----------------------------------------------------------------------------



@respx.mock
def test_upload_recording_sends_a_random_boundary_and_the_real_media_type() -> None:
    route = respx.post(f"{BASE}/api/recordings").mock(
        return_value=httpx.Response(200, json=recording(5, state="processing"))
    )
    audio = wav_bytes(1.0) + b"\r\n--+++--\r\n"
    created = upload_recording(api_client(), audio, parent_folder_id=FOLDER_ID, label="take 01")
    assert created.id == uuid.UUID(int=5)
    request = route.calls[0].request
    assert "boundary=+++" not in request.headers["content-type"]
    sent = multipart_parts(request)
    assert sent["data"] == (audio, "audio/wav")
    assert sent["parent_folder_id"][0] == str(FOLDER_ID).encode()
    assert sent["microphone"][0] == b"file" and sent["label"][0] == b"take 01"


@respx.mock
def test_create_calibration_takes_a_path_and_checks_the_format_first(tmp_path: Path) -> None:
    route = respx.post(f"{BASE}/api/calibration").mock(return_value=httpx.Response(200, json=calibration()))
    sample = tmp_path / "mic.flac"
    sample.write_bytes(b"fLaC" + b"\x00" * 64)
    created = create_calibration(api_client(), sample, name="studio mic")
    assert created.name == "studio mic"
    sent = multipart_parts(route.calls[0].request)
    assert sent["data"][1] == "audio/flac" and sent["name"][0] == b"studio mic"
    with pytest.raises(UploadError, match=r"data: must satisfy format in \['flac', 'mp3', 'ogg', 'wav'\]"):
        create_calibration(api_client(), b"<html>not audio</html>", name="x")
    assert route.call_count == 1


@respx.mock
def test_async_uploads_and_validation_errors() -> None:
    respx.post(f"{BASE}/api/recordings").mock(return_value=httpx.Response(200, json=recording(6)))
    respx.post(f"{BASE}/api/calibration").mock(
        return_value=httpx.Response(
            422,
            json={
                "detail": [{"loc": ["body", "name"], "msg": "ensure this value has at most 40 characters", "type": "x"}]
            },
        )
    )

    async def run() -> None:
        created = await async_upload_recording(api_client(), wav_bytes(0.5), parent_folder_id=FOLDER_ID)
        assert created.id == uuid.UUID(int=6)
        with pytest.raises(UnprocessableEntityError, match="name: ensure this value has at most 40 characters"):
            await async_create_calibration(api_client(), wav_bytes(0.5), name="x" * 41)

    asyncio.run(run())


# --- a real server: session cookie, streamed exports, truncation, disconnects ----------------------


class Exports:
    """State of the fixture app: the body to serve and what the server saw."""

    def __init__(self) -> None:
        self.size = 0
        self.disconnected = threading.Event()
        self.cookies: list[str | None] = []
        self.csrf: list[str | None] = []


def exports_app(state: Exports) -> Starlette:
    chunk = bytes(range(256)) * 256  # 64 KiB, reused: the server allocates nothing per chunk

    async def do_login(request: Request) -> JSONResponse:
        body = await request.json()
        if body != {"email": EMAIL, "password": PASSWORD}:
            return JSONResponse({"detail": "User not found"}, status_code=404)
        response = JSONResponse({"user": user(), "csrf_token": CSRF})
        response.set_cookie("session_id", SESSION, httponly=True, samesite="lax")
        return response

    def authorised(request: Request) -> bool:
        state.cookies.append(request.cookies.get("session_id"))
        state.csrf.append(request.headers.get("x-csrf-token"))
        return request.cookies.get("session_id") == SESSION and request.headers.get("x-csrf-token") == CSRF

    async def export(request: Request) -> Response:
        if not authorised(request):
            return JSONResponse({"detail": "Not authenticated"}, status_code=401)

        async def body() -> AsyncIterator[bytes]:
            try:
                yield b"PK\x03\x04"
                sent = 4
                while sent < state.size:
                    piece = chunk[: state.size - sent]
                    yield piece
                    sent += len(piece)
                    await asyncio.sleep(0)
            finally:
                state.disconnected.set()

        headers = {"content-disposition": 'attachment; filename="project.zip"', "content-length": str(state.size)}
        return StreamingResponse(body(), media_type="application/zip", headers=headers)

    async def broken(request: Request) -> Response:
        async def body() -> AsyncIterator[bytes]:
            yield b"PK\x03\x04" + b"\x00" * 1000
            raise RuntimeError("the server dies mid-export")

        return StreamingResponse(body(), media_type="application/zip", headers={"content-length": "100000"})

    return Starlette(
        routes=[
            Route("/api/login", do_login, methods=["POST"]),
            Route(f"/api/projects/{PROJECT_ID}/export", export),
            Route("/api/recordings/export", broken),
        ]
    )


@pytest.fixture()
def server() -> Iterator[tuple[str, Exports]]:
    state = Exports()
    with ReferenceServer(exports_app(state)) as srv:
        yield srv.base_url, state


def expected_digest(size: int) -> str:
    chunk = bytes(range(256)) * 256
    digest = hashlib.sha256(b"PK\x03\x04")
    sent = 4
    while sent < size:
        piece = chunk[: size - sent]
        digest.update(piece)
        sent += len(piece)
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@pytest.mark.e2e
def test_a_large_export_streams_to_disk_in_constant_memory_over_a_session(
    server: tuple[str, Exports], tmp_path: Path
) -> None:
    base_url, state = server
    state.size = 48 * 1024 * 1024
    client = create_client(email=EMAIL, password=PASSWORD, base_url=base_url)
    tracemalloc.start()
    try:
        saved = export_project(client, PROJECT_ID, tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert saved.path == tmp_path / "project.zip" and saved.nbytes == state.size
    assert file_digest(saved.path) == expected_digest(state.size)
    assert peak < 4 * 1024 * 1024, f"peak traced memory {peak} bytes for a {state.size}-byte export"
    assert state.cookies == [SESSION] and state.csrf == [CSRF]


@pytest.mark.e2e
def test_async_export_streams_in_constant_memory_too(server: tuple[str, Exports], tmp_path: Path) -> None:
    base_url, state = server
    state.size = 24 * 1024 * 1024

    async def run() -> Any:
        client = create_client(email=EMAIL, password=PASSWORD, base_url=base_url)
        await async_login(client)
        tracemalloc.start()
        try:
            saved = await async_export_project(client, PROJECT_ID, tmp_path / "out.zip")
            return saved, tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    saved, peak = asyncio.run(run())
    assert saved.path == tmp_path / "out.zip" and file_digest(saved.path) == expected_digest(state.size)
    assert peak < 4 * 1024 * 1024, f"peak traced memory {peak} bytes"


@pytest.mark.e2e
def test_a_truncated_export_raises_and_leaves_no_file(server: tuple[str, Exports], tmp_path: Path) -> None:
    base_url, _ = server
    client = create_client(api_key=KEY, base_url=base_url)
    with pytest.raises(TruncatedStreamError, match="broke off") as info:
        export_recordings(client, ORIGINAL_ID, tmp_path / "takes.zip")
    assert getattr(info.value, "nbytes", None) == 1004
    assert list(tmp_path.iterdir()) == []

    async def run() -> None:
        with pytest.raises(TruncatedStreamError):
            await async_export_recordings(client, ORIGINAL_ID, tmp_path)

    asyncio.run(run())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.e2e
def test_breaking_out_of_an_export_stream_closes_the_connection(server: tuple[str, Exports]) -> None:
    base_url, state = server
    state.size = 1 << 30  # far more than is read
    client = create_client(email=EMAIL, password=PASSWORD, base_url=base_url)
    for chunk in stream_project_export(client, PROJECT_ID):
        assert chunk.startswith(b"PK")
        break
    assert state.disconnected.wait(5), "the server never saw the client go away"


@pytest.mark.e2e
def test_async_break_closes_the_connection(server: tuple[str, Exports]) -> None:
    base_url, state = server
    state.size = 1 << 30

    async def run() -> None:
        client = create_client(email=EMAIL, password=PASSWORD, base_url=base_url)
        async with async_stream_project_export(client, PROJECT_ID) as stream:
            async for _ in stream:
                break

    asyncio.run(run())
    assert state.disconnected.wait(5), "the server never saw the client go away"


@pytest.mark.e2e
def test_wrong_credentials_against_the_server(server: tuple[str, Exports], tmp_path: Path) -> None:
    base_url, _ = server
    client = create_client(email=EMAIL, password="wrong-password", base_url=base_url)
    with pytest.raises(NotFoundError, match="User not found") as info:
        export_project(client, PROJECT_ID, tmp_path)
    assert "wrong-password" not in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_a_sessions_handshake_headers_never_trigger_a_login() -> None:
    from respeecher_client._core.auth import auth_headers

    resumed = SessionAuth(session_id=SESSION, csrf_token=CSRF)
    assert auth_headers(resumed) == {"Cookie": f"session_id={SESSION}", "X-Csrf-Token": CSRF}
    with pytest.raises(RuntimeError, match="log in first"):
        auth_headers(SessionAuth(email=EMAIL, password=PASSWORD))
    assert auth_headers(ApiKeyAuth(KEY)) == {"api-key": KEY}
