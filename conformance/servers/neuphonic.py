"""Neuphonic reference server: REST, SSE speech, and the TTS and agent WebSockets.

Follows `specs/neuphonic/openapi.yaml` and what pyneuphonic 3.1.2 sends (see
`research/neuphonic-wire-protocol.md`): every success body is `{"data": ...}`, errors are FastAPI's
`{"detail": ...}` (422 list for validation), and the server tolerates the SDK's quirks (`Bearer: <jwt>`,
bare text WebSocket frames, unencoded WebSocket query strings, `voice_name` dropped by httpx 0.28,
empty `new_voice_tags=` / `new_voice_file=` query values).

Options (keyword arguments of `create_app`):
    audio_seconds_per_char  audio length per character of text (default 0.06 s); raise it for long streams
    stream_chunk_delay      pause between SSE / WebSocket audio chunks in seconds (default 0: as fast as possible)
    jwt_ttl                 lifetime of `/sse/auth` tokens when `expiration` is not given (default 3600 s)
    clock                   time source for JWT expiry (default `time.time`), so tests can move time
    max_upload_bytes        largest accepted voice sample (default 10 MB; larger gets 413)
    min_clone_seconds       shortest accepted WAV/MP3 sample (default 6 s)
    agent_turn_seconds      microphone audio that makes one user turn on `/agents` (default 1 s)
    ws_idle_timeout         seconds without a client frame before a WebSocket is closed (default 90; None = never)
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

from ._common import (
    FASTAPI,
    ApiError,
    ApiSpec,
    JwtIssuer,
    RequestReader,
    Store,
    UploadedFile,
    audio,
    bearer_token,
    build_app,
    deny_websocket,
    new_uuid,
    route,
    secrets_equal,
    utc_now,
)
from ._neuphonic_ws import AgentSocket, TtsSocket, b64

CLONE_LANGUAGES = ("en", "fr", "de", "es")

# Standard voices every account sees (fixed ids so tests and examples can name them).
STANDARD_VOICES: tuple[tuple[str, str, str, list[str]], ...] = (
    ("8e9c4bc8-3979-48ab-8626-df53befc2090", "Holly", "en", ["female", "british"]),
    ("e564ba7e-aa8d-46a2-96a8-8dffedade48f", "Albert", "en", ["male", "american"]),
    ("f8698a9e-947a-43cd-a897-57edd4070a78", "Emily", "en", ["female", "american"]),
    ("3d7a3a6b-1f50-4d2b-9b3f-2a9e8f4c6d10", "Lucia", "es", ["female"]),
    ("b7c1e6f0-55a2-4f0e-8d77-0c9d3e1a2b44", "Jonas", "de", ["male"]),
    ("c2d4e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e2f", "Camille", "fr", ["female"]),
)


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if not key.startswith("_")}


def _tags(text: str | None) -> list[str] | None:
    tags = [tag.strip() for tag in (text or "").split(",") if tag.strip()]
    return tags or None


class NeuphonicServer:
    """State and handlers of one Neuphonic reference server instance."""

    def __init__(
        self,
        api_key: str,
        *,
        audio_seconds_per_char: float = audio.DEFAULT_SECONDS_PER_CHAR,
        stream_chunk_delay: float = 0.0,
        jwt_ttl: float = 3600.0,
        clock: Callable[[], float] = time.time,
        max_upload_bytes: int = 10 * 1024 * 1024,
        min_clone_seconds: float = 6.0,
        agent_turn_seconds: float = 1.0,
        ws_idle_timeout: float | None = 90.0,
    ) -> None:
        self.api_key = api_key
        self.spec = ApiSpec.load("neuphonic")
        self.spec.warm()
        self.reader = RequestReader(self.spec, FASTAPI)
        self.seconds_per_char = audio_seconds_per_char
        self.chunk_delay = stream_chunk_delay
        self.jwt = JwtIssuer(jwt_ttl, clock=clock)
        self.max_upload_bytes = max_upload_bytes
        self.min_clone_seconds = min_clone_seconds
        self.agent_turn_seconds = agent_turn_seconds
        self.ws_idle_timeout = ws_idle_timeout
        self.voices = Store()
        self.agents = Store()
        created = "2025-01-14T10:02:11Z"
        for voice_id, name, lang, tags in STANDARD_VOICES:
            self.voices.add(
                voice_id,
                {
                    "id": voice_id,
                    "voice_id": voice_id,
                    "name": name,
                    "tags": tags,
                    "model_availability": ["neu_hq", "neu_fast"],
                    "created_at": created,
                    "updated_at": created,
                    "type": "Standard",
                    "lang_code": lang,
                    "_cloned": False,
                },
            )

    # ------------------------------------------------------------------ auth
    def credential_problem(self, headers: Any, query: Any) -> tuple[int, str] | None:
        """None when any presented credential is valid, else (status, message).

        Accepted: `X-API-KEY` header (any case), `api_key` query, `jwt_token` query, and a JWT from
        `/sse/auth` as `Authorization: Bearer <jwt>` or `Bearer: <jwt>`. pyneuphonic sends the key and
        the JWT together, so one valid credential is enough.
        """
        key_header = headers.get("x-api-key")
        key_query = _first(query, "api_key")
        jwt_query = _first(query, "jwt_token")
        jwt_header = bearer_token(headers.get("authorization"))
        if secrets_equal(key_header, self.api_key) or secrets_equal(key_query, self.api_key):
            return None
        if self.jwt.verify(jwt_query) or self.jwt.verify(jwt_header):
            return None
        if not any((key_header, key_query, jwt_query, jwt_header)):
            return 401, "Not authenticated"
        if (jwt_query or jwt_header) and not (key_header or key_query):
            return 403, "Invalid or expired token"
        return 403, "Invalid API key"

    def authenticate(self, request: Request) -> None:
        problem = self.credential_problem(request.headers, request.query_params)
        if problem is not None:
            raise ApiError(problem[0], problem[1])

    # ------------------------------------------------------------------ health
    async def ping(self, request: Request) -> Response:
        return JSONResponse({"data": {"message": "pong"}})

    # ------------------------------------------------------------------ voices
    async def list_voices(self, request: Request) -> Response:
        self.authenticate(request)
        return JSONResponse({"data": {"voices": [_public(voice) for voice in self.voices.values()]}})

    def _check_sample(self, upload: UploadedFile) -> None:
        kind = audio.sniff(upload.data)
        if kind not in ("wav", "mp3"):
            raise ApiError(400, "Unsupported audio format: upload a WAV or MP3 file")
        seconds = audio.duration_seconds(upload.data)
        if seconds is None:
            raise ApiError(400, "The audio file could not be read")
        if seconds < self.min_clone_seconds:
            raise ApiError(400, f"Audio file must be longer than {self.min_clone_seconds:g} seconds")

    async def clone_voice(self, request: Request) -> Response:
        self.authenticate(request)
        query = self.reader.query(request, blank_as_missing=True)
        _fields, files = await self.reader.form(request, max_bytes=self.max_upload_bytes)
        upload = files["voice_file"]
        lang = query.get("lang_code", "en")
        if lang not in CLONE_LANGUAGES:
            raise ApiError(400, f"Voice cloning is not available for language '{lang[:16]}'")
        self._check_sample(upload)
        voice_id = new_uuid()
        now = utc_now()
        record = {
            "id": voice_id,
            "voice_id": voice_id,
            "tags": _tags(query.get("voice_tags")),
            "model_availability": ["neu_hq"],
            "created_at": now,
            "updated_at": now,
            "type": "Cloned",
            "lang_code": lang,
            "_cloned": True,
        }
        given = query.get("voice_name")
        for attempt in range(1, 1000):
            # pyneuphonic under httpx 0.28 drops voice_name: fall back to the file's name, made unique.
            name = given or _default_name(upload.filename, attempt)
            added = self.voices.add_unique(voice_id, {**record, "name": name}, lambda v, n=name: v["name"] == n)
            if added is not None:
                break
            if given:
                raise ApiError(400, "This voice name already exists")
        return JSONResponse({"data": {"message": "Voice has successfully been cloned.", "voice_id": voice_id}})

    def _own_voice(self, voice_id: str, unknown_message: str) -> dict[str, Any]:
        voice = self.voices.get(voice_id)
        if voice is None:
            raise ApiError(404, unknown_message)
        if not voice.get("_cloned"):
            raise ApiError(403, "Only your own cloned voices can be changed")
        return voice

    async def update_voice(self, request: Request) -> Response:
        self.authenticate(request)
        voice_id = self.reader.path_params(request)["voice_id"]
        query = self.reader.query(request, blank_as_missing=True)
        # The request is validated before ownership is checked, as FastAPI does.
        _fields, files = await self.reader.form(request, max_bytes=self.max_upload_bytes, allow_empty=True)
        self._own_voice(voice_id, "Provided `voice_id` is invalid")
        if "new_voice_file" in files:
            self._check_sample(files["new_voice_file"])
        new_name = query.get("new_voice_name")
        new_tags = query.get("new_voice_tags")
        conflict: list[bool] = []

        def change(voice: dict[str, Any]) -> None:
            if new_name and new_name != voice["name"]:
                if self.voices.find(lambda other: other["name"] == new_name and other["id"] != voice_id):
                    conflict.append(True)
                    return
                voice["name"] = new_name
            if new_tags is not None:
                voice["tags"] = _tags(new_tags)
            voice["updated_at"] = utc_now()

        if self.voices.update(voice_id, change) is None:
            raise ApiError(404, "Provided `voice_id` is invalid")
        if conflict:
            raise ApiError(400, "This voice name already exists")
        return JSONResponse({"data": {"message": "Voice has successfully been updated.", "voice_id": voice_id}})

    async def delete_voice(self, request: Request) -> Response:
        self.authenticate(request)
        voice_id = self.reader.path_params(request)["voice_id"]
        self._own_voice(voice_id, "This voice_id does not exist")
        if self.voices.delete(voice_id) is None:
            raise ApiError(404, "This voice_id does not exist")
        return JSONResponse({"data": {"message": "Voice was successfully deleted", "voice_id": voice_id}})

    # ------------------------------------------------------------------ JWT
    async def get_jwt_token(self, request: Request) -> Response:
        self.authenticate(request)
        query = self.reader.query(request)
        # The spec's default (3600) fills `query`; the `jwt_ttl` option replaces it when the client sent none.
        ttl = float(query["expiration"]) if "expiration" in request.query_params else None
        token = self.jwt.issue("account", ttl)
        return JSONResponse({"data": {"jwt_token": token}})

    # ------------------------------------------------------------------ SSE speech
    def voice_exists(self, voice_id: str | None) -> bool:
        return voice_id is None or voice_id in self.voices

    async def sse_speak(self, request: Request) -> Response:
        self.authenticate(request)
        self.reader.path_params(request)
        body = await self.reader.json(request)
        settings = {
            "sampling_rate": int(body.get("sampling_rate", 24000)),
            "encoding": body.get("encoding", "pcm_linear"),
            "speed": float(body.get("speed", 1.0)),
            "voice": str(body.get("voice_id") or ""),
        }
        error = None
        if not self.voice_exists(body.get("voice_id")):
            error = "Voice not found"
        elif not body["text"].strip():
            error = "Text contains nothing to speak"
        return StreamingResponse(
            self._sse_events(body["text"], settings, error),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    async def _sse_events(self, text: str, settings: dict[str, Any], error: str | None) -> AsyncIterator[bytes]:
        # The first event is produced before any other work, so it leaves within a millisecond or two.
        if error is not None:
            yield _sse("error", {"status_code": 400, "data": None, "errors": [error]})
            return
        rate = settings["sampling_rate"]
        for word, pcm in audio.chunks(
            text,
            sample_rate=rate,
            encoding=settings["encoding"],
            seconds_per_char=self.seconds_per_char,
            speed=settings["speed"],
            voice=settings["voice"],
        ):
            yield _sse(
                "message", {"status_code": 200, "data": {"audio": b64(pcm), "text": word, "sampling_rate": rate}}
            )
            # Always give the loop a turn: other connections keep being served during long streams, and a
            # client that hung up is noticed at once instead of after many writes to a dead socket.
            await asyncio.sleep(self.chunk_delay)

    # ------------------------------------------------------------------ agents
    async def list_agents(self, request: Request) -> Response:
        self.authenticate(request)
        agents = [{"agent_id": a["agent_id"], "name": a["name"]} for a in self.agents.values()]
        return JSONResponse({"data": {"agents": agents}})

    async def create_agent(self, request: Request) -> Response:
        self.authenticate(request)
        body = await self.reader.json(request)
        agent_id = new_uuid()
        record = {
            "agent_id": agent_id,
            "name": body["name"],
            "prompt": body.get("prompt"),
            "greeting": body.get("greeting"),
        }
        # Keys the spec leaves open (voice, lang_code, ...) are kept and returned, as the spec allows.
        record.update({key: value for key, value in body.items() if key not in record})
        self.agents.add(agent_id, record)
        return JSONResponse({"data": {"message": "Agent successfully created.", "agent_id": agent_id}})

    def agent_or_404(self, agent_id: str) -> dict[str, Any]:
        agent = self.agents.get(agent_id)
        if agent is None:
            raise ApiError(404, f"Agent {agent_id[:64]} not found")
        return agent

    async def get_agent(self, request: Request) -> Response:
        self.authenticate(request)
        agent = self.agent_or_404(self.reader.path_params(request)["agent_id"])
        return JSONResponse({"data": {"agent": agent}})

    async def delete_agent(self, request: Request) -> Response:
        self.authenticate(request)
        agent_id = self.reader.path_params(request)["agent_id"]
        if self.agents.delete(agent_id) is None:
            raise ApiError(404, f"Agent {agent_id[:64]} not found")
        return JSONResponse({"data": {"message": "Agent successfully deleted.", "agent_id": agent_id}})

    async def get_agent_token(self, request: Request) -> Response:
        self.authenticate(request)
        agent_id = self.reader.path_params(request)["agent_id"]
        await self.reader.json(request, required=False)
        self.agent_or_404(agent_id)
        return JSONResponse({"data": {"token": self.jwt.issue(f"agent:{agent_id}", 3600, room=agent_id)}})

    # ------------------------------------------------------------------ WebSockets
    async def ws_gate(self, websocket: WebSocket, query: dict[str, list[str]]) -> bool:
        """Authenticate a handshake; refuse it with an HTTP status and `{"detail"}` body when that fails."""
        problem = self.credential_problem(websocket.headers, {k: v[-1] for k, v in query.items()})
        if problem is None:
            return True
        await deny_websocket(websocket.scope, websocket.send, FASTAPI, problem[0], problem[1])
        return False

    async def ws_speak(self, websocket: WebSocket) -> None:
        await TtsSocket(self, websocket).run()

    async def ws_agents(self, websocket: WebSocket) -> None:
        await AgentSocket(self, websocket).run()


def _first(query: Any, name: str) -> str | None:
    value = query.get(name)
    if isinstance(value, list):
        return value[-1] if value else None
    return value


def _default_name(filename: str, attempt: int) -> str:
    stem = (filename or "").rsplit("/", 1)[-1].rsplit(".", 1)[0].strip() or "Cloned voice"
    return stem[:64] if attempt == 1 else f"{stem[:60]} ({attempt})"


def _sse(event: str, payload: dict[str, Any]) -> bytes:
    # One line of JSON after "data: " (pyneuphonic splits on the first ": "); ensure_ascii keeps
    # U+2028 and friends escaped, because iter_lines() would split on them.
    return f"event: {event}\ndata: {json.dumps(payload)}\n\n".encode()


def create_app(api_key: str = "test-key", **options: Any) -> Any:
    server = NeuphonicServer(api_key, **options)
    routes = [
        route("/ping", get=server.ping),
        route("/voices", get=server.list_voices, post=server.clone_voice),
        route("/voices/{voice_id}", patch=server.update_voice, delete=server.delete_voice),
        route("/sse/auth", post=server.get_jwt_token),
        route("/sse/speak/{lang_code}", post=server.sse_speak),
        route("/agents", get=server.list_agents, post=server.create_agent),
        route("/agents/{agent_id}", get=server.get_agent, delete=server.delete_agent),
        route("/agents/{agent_id}/token", post=server.get_agent_token),
        WebSocketRoute("/speak/{lang_code}", server.ws_speak),
        WebSocketRoute("/agents", server.ws_agents),
    ]
    return build_app(routes, FASTAPI, server=server, voices=server.voices, agents=server.agents)
