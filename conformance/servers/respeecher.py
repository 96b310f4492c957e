"""Respeecher Voice Marketplace reference server (`/api/...`).

Follows `specs/respeecher/openapi.yaml`: FastAPI errors (`{"detail"}`, 422 lists), every success is 200.
Two ways in, both enforced on every protected operation:
- the `api-key` header (the key given to `create_app`, or one made with `POST /api/api-key`);
- a session: `POST /api/login` sets the `session_id` cookie and returns a `csrf_token`; later calls send the
  cookie plus `X-Csrf-Token` (a missing or wrong CSRF token is a 401, the status every operation documents).

The studio tree (projects > folders > recordings, notes, orders, conversions) is stateful; audio is real
(uploads are kept, TTS and conversions are synthesised WAVs) and exports are zip files that open with
`zipfile`. Conversions and calibrations are `processing` for `processing_seconds`, then done.

This module holds the app, auth/session, account, calibrations, projects and folders; recordings, notes,
TTS, orders and stats are in `_respeecher_studio`, the voice marketplace in `_respeecher_voices`.

Options (keyword arguments of `create_app`):
    email, password        login credentials (default: the spec's example, jane@example.com /
                           correct-horse-battery-staple)
    seed_examples          create the project, folder, recording and note the spec's examples name (default True)
    processing_seconds     how long calibrations and conversions stay `processing` (default 0.5)
    max_upload_bytes       largest accepted upload (default 50 MB; larger gets 413)
    initial_credits        credits of the account (default 1000; conversions spend one per second)
    keep_bootstrap_key     `DELETE /api/api-key` leaves the key given to create_app working (default True)
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import threading
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import _respeecher_data as data
from ._common import (
    FASTAPI,
    ApiError,
    ApiSpec,
    RequestReader,
    Store,
    audio,
    build_app,
    new_uuid,
    route,
    route_path,
    secrets_equal,
    utc_now,
)
from ._respeecher_studio import StudioHandlers
from ._respeecher_voices import VoiceHandlers

CALIBRATION_FORMATS = ("wav", "ogg", "mp3", "flac")


def iso(timestamp: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(timestamp)) + f".{int(timestamp % 1 * 1e6):06d}Z"


class RespeecherServer(StudioHandlers, VoiceHandlers):
    def __init__(
        self,
        api_key: str,
        *,
        email: str = data.EXAMPLE_EMAIL,
        password: str = data.EXAMPLE_PASSWORD,
        processing_seconds: float = 0.5,
        max_upload_bytes: int = 50 * 1024 * 1024,
        initial_credits: float = 1000.0,
        keep_bootstrap_key: bool = True,
        seed_examples: bool = True,
    ) -> None:
        self.spec = ApiSpec.load("respeecher")
        self.spec.warm()
        self.reader = RequestReader(self.spec, FASTAPI)
        self.bootstrap_key = api_key
        self.keep_bootstrap_key = keep_bootstrap_key
        self.api_keys: dict[str, float | None] = {api_key: None}  # key -> expiry (epoch) or None
        self.email = email
        self.password = password
        self.sessions: dict[str, dict[str, Any]] = {}
        self.lock = threading.RLock()
        self.processing_seconds = processing_seconds
        self.max_upload_bytes = max_upload_bytes
        self.credits = {"credits": float(initial_credits), "initial_credits": float(initial_credits)}
        self.calibrations = Store()
        self.projects = Store()
        self.folders = Store()
        self.recordings = Store()
        self.notes = Store()  # keyed by recording id (one note per recording)
        self.orders = Store()
        self.files: dict[str, bytes] = {}
        self.voices = Store({voice["id"]: voice for voice in data.voices()})
        self.tts_voices = Store({voice["id"]: voice for voice in data.tts_voices()})
        if seed_examples:
            self.seed_examples()

    def seed_examples(self) -> None:
        """The objects the spec's request examples refer to, so every example works on a fresh server."""
        now = utc_now()
        slug = "audiobook-chapter-1"
        self.projects.add(
            data.EXAMPLE_PROJECT,
            {
                "name": "Audiobook chapter 1",
                "slug": slug,
                "owner": data.USER_ID,
                "url": f"/projects/{slug}",
                "models": {},
                "id": data.EXAMPLE_PROJECT,
                "active": True,
                "created_at": now,
                "last_recording_at": now,
            },
        )
        folder = {
            "name": "Takes",
            "project_id": data.EXAMPLE_PROJECT,
            "parent_id": None,
            "id": data.EXAMPLE_FOLDER,
            "active": True,
            "created_at": now,
        }
        self.folders.add(data.EXAMPLE_FOLDER, folder)
        pcm = audio.synthesize(
            "Chapter one. It was a bright cold day in April.", sample_rate=22050, encoding="pcm_s16le"
        )
        record = self.new_recording(
            folder,
            id=data.EXAMPLE_RECORDING,
            url=f"/api/files/recordings/{data.EXAMPLE_RECORDING}",
            label="take 01",
            file_name="take01.wav",
            microphone="file",
            duration=round(len(pcm) / 2 / 22050, 3),
        )
        self.store_recording(record, audio.wav_bytes(pcm, 22050), "audio/wav")
        self.notes.add(
            data.EXAMPLE_RECORDING,
            {
                "recording_id": data.EXAMPLE_RECORDING,
                "id": new_uuid(),
                "text": "Breathing at 0:04, keep anyway.",
                "active": True,
            },
        )

    # ------------------------------------------------------------------ auth and sessions
    def key_is_valid(self, key: str | None) -> bool:
        if not key:
            return False
        with self.lock:
            for candidate, expires in self.api_keys.items():
                if secrets_equal(key, candidate):
                    return expires is None or expires > time.time()
        return False

    def session_of(self, request: Request) -> dict[str, Any] | None:
        session_id = request.cookies.get("session_id")
        if not session_id:
            return None
        with self.lock:
            session = self.sessions.get(session_id)
            if session is not None and session["expires"] <= time.time():
                self.sessions.pop(session_id, None)
                return None
            return session

    def gate(self, request: Request) -> None:
        """Accept the `api-key` header, or a live session cookie together with its CSRF token."""
        if self.key_is_valid(request.headers.get("api-key")):
            return
        session = self.session_of(request)
        if session is not None:
            if secrets_equal(request.headers.get("x-csrf-token"), session["csrf"]):
                return
            raise ApiError(401, "Invalid or missing CSRF token")
        if request.headers.get("api-key") or request.cookies.get("session_id"):
            raise ApiError(401, "Invalid credentials")
        raise ApiError(401, "Not authenticated")

    def missing(self, request: Request, message: str) -> ApiError:
        """A referenced object does not exist: 404 where documented, else 403, else 400."""
        method, path = request.method, route_path(request)
        for status in (404, 403, 400):
            if self.spec.documents(method, path, status):
                return ApiError(status, message)
        return ApiError(400, message)

    async def generate_api_key(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request)
        expires = _epoch(body.get("expires_at")) if body.get("expires_at") else None
        key = secrets.token_urlsafe(16)
        with self.lock:
            self.api_keys[key] = expires
        return JSONResponse({"api_key": key})

    async def delete_api_key(self, request: Request) -> Response:
        self.gate(request)
        with self.lock:
            for key in list(self.api_keys):
                if not (self.keep_bootstrap_key and key == self.bootstrap_key):
                    del self.api_keys[key]
        return Response(status_code=200)

    async def login(self, request: Request) -> Response:
        body = await self.reader.json(request)
        if body["email"].lower() != self.email.lower() or not secrets_equal(body["password"], self.password):
            raise ApiError(404, "User not found or wrong password")
        session_id = secrets.token_urlsafe(24)
        csrf = secrets.token_hex(16)
        lifetime = float(body.get("session_duration") or 86400)
        with self.lock:
            self.sessions[session_id] = {"csrf": csrf, "expires": time.time() + max(lifetime, 0)}
        response = JSONResponse({"user": self.user(), "csrf_token": csrf})
        response.set_cookie("session_id", session_id, httponly=True, samesite="lax", path="/")
        return response

    async def logout(self, request: Request) -> Response:
        self.gate(request)
        session_id = request.cookies.get("session_id")
        if session_id:
            with self.lock:
                self.sessions.pop(session_id, None)
        response = JSONResponse({"detail": "OK"})
        response.delete_cookie("session_id", path="/")
        return response

    def user(self) -> dict[str, Any]:
        record = data.user(self.email)
        enabled = self.calibrations.find(lambda c: c["enabled"])
        if enabled is not None and self.calibration_view(enabled)["f0"] is not None:
            record["data"]["calibration"] = {
                "calibration_id": enabled["id"],
                "f0": self.calibration_view(enabled)["f0"],
            }
        return record

    # ------------------------------------------------------------------ paging
    def page(self, request: Request, items: list[dict[str, Any]], *, key: str = "created_at") -> dict[str, Any]:
        query = self.reader.query(request)
        reverse = query.get("direction", "desc") == "desc"
        items = sorted(items, key=lambda item: (item.get(key) is None, item.get(key) or ""), reverse=reverse)
        limit, offset = int(query.get("limit", 50)), int(query.get("offset", 0))
        return {
            "list": items[offset : offset + limit],
            "pagination": {"count": len(items), "limit": limit, "offset": offset},
        }

    # ------------------------------------------------------------------ account
    async def get_credits(self, request: Request) -> Response:
        self.gate(request)
        with self.lock:
            return JSONResponse({key: round(value, 3) for key, value in self.credits.items()})

    # ------------------------------------------------------------------ calibrations
    def calibration_view(self, record: dict[str, Any]) -> dict[str, Any]:
        view = {key: value for key, value in record.items() if not key.startswith("_")}
        if time.time() < record["_ready_at"]:
            view.update(state="processing", f0=None, calibrated_at=None)
        else:
            view.update(state="calibrated", f0=record["_f0"], calibrated_at=iso(record["_ready_at"]))
        return view

    def calibration_or_404(self, request: Request) -> dict[str, Any]:
        calibration_id = self.reader.path_params(request)["calibration_id"]
        record = self.calibrations.get(calibration_id)
        if record is None:
            raise ApiError(404, "Calibration not found")
        return record

    async def list_calibrations(self, request: Request) -> Response:
        self.gate(request)
        search = (self.reader.query(request).get("search") or "").lower()
        items = [self.calibration_view(c) for c in self.calibrations.values() if search in c["name"].lower()]
        return JSONResponse(self.page(request, items))

    async def create_calibration(self, request: Request) -> Response:
        self.gate(request)
        fields, files = await self.reader.form(request, max_bytes=self.max_upload_bytes)
        sample = files["data"].data
        if audio.sniff(sample) not in CALIBRATION_FORMATS:
            raise ApiError(400, "Unsupported audio format: use wav, ogg, mp3 or flac")
        calibration_id = new_uuid()
        record = {
            "id": calibration_id,
            "name": fields["name"],
            "user_id": data.USER_ID,
            "algorithm": "default",
            "bucket": data.BUCKET,
            "key": f"calibrations/{calibration_id}.{audio.sniff(sample)}",
            "error": None,
            "created_at": utc_now(),
            "enabled": False,
            "_ready_at": time.time() + self.processing_seconds,
            "_f0": round(90 + int(calibration_id[:4], 16) % 160 + 0.5, 1),
        }
        self.calibrations.add(calibration_id, record)
        return JSONResponse(self.calibration_view(record))

    async def get_calibration(self, request: Request) -> Response:
        self.gate(request)
        return JSONResponse(self.calibration_view(self.calibration_or_404(request)))

    async def delete_calibration(self, request: Request) -> Response:
        self.gate(request)
        record = self.calibration_or_404(request)
        if self.calibrations.delete(record["id"]) is None:
            raise ApiError(404, "Calibration not found")
        return JSONResponse(self.calibration_view(record))

    async def enable_calibration(self, request: Request) -> Response:
        self.gate(request)
        record = self.calibration_or_404(request)
        # A calibration still processing may be enabled; it is used once it is calibrated.
        for other in list(self.calibrations.keys()):
            self.calibrations.update(other, lambda c: c.__setitem__("enabled", c["id"] == record["id"]))
        return JSONResponse(self.calibration_view(self.calibrations.get(record["id"]) or record))

    async def auto_calibration(self, request: Request) -> Response:
        self.gate(request)
        for other in list(self.calibrations.keys()):
            self.calibrations.update(other, lambda c: c.__setitem__("enabled", False))
        return JSONResponse({"detail": "OK"})

    # ------------------------------------------------------------------ projects
    def project_or_404(self, request: Request) -> dict[str, Any]:
        project_id = self.reader.path_params(request)["project_id"]
        project = self.projects.get(project_id)
        if project is None:
            raise ApiError(404, "Project not found")
        return project

    async def list_projects(self, request: Request) -> Response:
        self.gate(request)
        query = self.reader.query(request)
        items = [p for p in self.projects.values() if "owner" not in query or p["owner"] == query["owner"]]
        return JSONResponse(self.page(request, items, key=query.get("sort", "created_at")))

    async def create_project(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request)
        project_id = new_uuid()
        slug = f"{_slug(body['name'])[:48] or 'project'}-{project_id[:8]}"
        now = utc_now()
        project = {
            "name": body["name"],
            "slug": slug,
            "owner": body["owner"],
            "url": f"/projects/{slug}",
            "models": body["models"],
            "id": project_id,
            "active": True,
            "created_at": now,
            "last_recording_at": now,
        }
        self.projects.add(project_id, project)
        return JSONResponse(project)

    async def get_project_by_url(self, request: Request) -> Response:
        self.gate(request)
        wanted = self.reader.query(request)["project_url"].rstrip("/")
        project = self.projects.find(lambda p: p["url"] == wanted or p["url"].endswith("/" + wanted.split("/")[-1]))
        if project is None:
            raise ApiError(404, "Project not found")
        return JSONResponse(project)

    async def rename_project(self, request: Request) -> Response:
        self.gate(request)
        project = self.project_or_404(request)
        body = await self.reader.json(request)
        updated = self.projects.update(project["id"], lambda p: p.__setitem__("name", body["name"]))
        if updated is None:
            raise ApiError(404, "Project not found")
        return JSONResponse(updated)

    async def delete_project(self, request: Request) -> Response:
        self.gate(request)
        project = self.project_or_404(request)
        for folder in self.folders.values():
            if folder["project_id"] == project["id"]:
                self.drop_folder(folder["id"])
        self.projects.delete(project["id"])
        return JSONResponse({"id": project["id"]})

    async def export_project(self, request: Request) -> Response:
        self.gate(request)
        project = self.project_or_404(request)
        starred = bool(self.reader.query(request).get("starred_only", False))
        items = [r for r in self.recordings.values() if r["project_id"] == project["id"]]
        return self.zip_response(items, starred, f"{project['slug']}.zip")

    # ------------------------------------------------------------------ folders
    def folder_or_404(self, request: Request) -> dict[str, Any]:
        folder_id = self.reader.path_params(request)["folder_id"]
        folder = self.folders.get(folder_id)
        if folder is None:
            raise ApiError(404, "Folder not found")
        return folder

    async def list_folders(self, request: Request) -> Response:
        self.gate(request)
        project_id = self.reader.query(request)["project_id"]
        items = [f for f in self.folders.values() if f["project_id"] == project_id]
        return JSONResponse(self.page(request, items))

    async def create_folder(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request)
        if body["project_id"] not in self.projects:
            raise self.missing(request, "Project not found")
        folder = {
            "name": body["name"],
            "project_id": body["project_id"],
            "parent_id": None,
            "id": new_uuid(),
            "active": True,
            "created_at": utc_now(),
        }
        self.folders.add(folder["id"], folder)
        return JSONResponse(folder)

    async def get_folder(self, request: Request) -> Response:
        self.gate(request)
        return JSONResponse(self.folder_or_404(request))

    async def update_folder(self, request: Request) -> Response:
        self.gate(request)
        folder = self.folder_or_404(request)
        body = await self.reader.json(request)
        updated = self.folders.update(folder["id"], lambda f: f.update({k: body[k] for k in ("name",) if k in body}))
        if updated is None:
            raise ApiError(404, "Folder not found")
        return JSONResponse(updated)

    async def delete_folder(self, request: Request) -> Response:
        self.gate(request)
        folder = self.folder_or_404(request)
        return JSONResponse(self.drop_folder(folder["id"]))

    def drop_folder(self, folder_id: str) -> list[str]:
        removed = [folder_id]
        for recording in self.recordings.values():
            if recording["parent_folder_id"] == folder_id:
                removed += [item["id"] for item in self.drop_recording(recording["id"])]
        self.folders.delete(folder_id)
        return removed


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _epoch(value: str) -> float | None:
    try:
        return dt.datetime.fromisoformat(value).timestamp()
    except ValueError:
        return None


def create_app(api_key: str = "test-key", **options: Any) -> Any:
    server = RespeecherServer(api_key, **options)
    s = server
    routes = [
        route("/api/api-key", post=s.generate_api_key, delete=s.delete_api_key),
        route("/api/login", post=s.login),
        route("/api/logout", post=s.logout),
        route("/api/calibration", get=s.list_calibrations, post=s.create_calibration),
        route("/api/calibration/auto", post=s.auto_calibration),
        route("/api/calibration/{calibration_id}", get=s.get_calibration, delete=s.delete_calibration),
        route("/api/calibration/{calibration_id}/enable", put=s.enable_calibration),
        route("/api/credits", get=s.get_credits),
        route("/api/projects", get=s.list_projects, post=s.create_project),
        route("/api/projects/by-url", get=s.get_project_by_url),
        route("/api/projects/{project_id}", patch=s.rename_project, delete=s.delete_project),
        route("/api/projects/{project_id}/export", get=s.export_project),
        route("/api/folders", get=s.list_folders, post=s.create_folder),
        route("/api/folders/{folder_id}", get=s.get_folder, patch=s.update_folder, delete=s.delete_folder),
        *server.studio_routes(),
        *server.voice_routes(),
    ]
    return build_app(routes, FASTAPI, server=server, projects=server.projects, recordings=server.recordings)
