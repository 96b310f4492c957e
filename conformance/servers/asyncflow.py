"""AsyncFlow (Async Voice API) reference server: status, TTS (file, stream, timestamps), voices, WebSocket.

Follows `specs/asyncflow/openapi.yaml` + `asyncapi.yaml`: `x-api-key` auth, the `version: v1` header on
every operation, errors as `{"detail": {"error_code", "message", "extra"}}` (400 INVALID_REQUEST for
request validation), cursor pagination on `POST /voices`, and the pipecat WebSocket extensions.

Audio is real PCM per `output_format`: `raw` is headerless `pcm_s16le` / `pcm_f32le` / `pcm_mulaw`;
`wav` is a 16-bit PCM WAV (whatever `encoding` says, since `wave` writes integer PCM only); `mp3` is
a STAND-IN, not speech: an ID3 tag plus silent MPEG-1 Layer III frames lasting as long as the speech
would. Transcript markup (`<break time='400ms'/>`, `<digits>`, `<phonemes>`) is honoured.

Where the spec leaves a status open, the server uses the spec to choose: an unknown `version` or voice
is a 404 on operations that document 404 and a 400 elsewhere; a missing `version` is a 400 validation
error where 400 is documented, else a 404 VERSION_NOT_FOUND.

Options (keyword arguments of `create_app`):
    audio_seconds_per_char  audio length per character (default 0.06 s)
    stream_chunk_delay      pause between streamed chunks / WebSocket audio messages (default 0)
    rate_limit              requests per `rate_limit_window` per API key (default None: unlimited)
    rate_limit_window       seconds (default 60)
    clone_limit             custom voices an account may create (default None: unlimited)
    max_upload_bytes        largest clone sample (default 10 MB; larger gets 413 FILE_TOO_LARGE)
    min_clone_seconds       shortest measurable clone sample (default 3 s)
    ws_idle_timeout         seconds without a client message before the socket is closed (default 60)
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

from . import _speech as speech
from ._asyncflow_ws import FlowSocket
from ._common import (
    ApiError,
    ApiSpec,
    Problem,
    RateLimiter,
    RequestInvalid,
    RequestReader,
    Store,
    audio,
    build_app,
    detail_object_shape,
    new_uuid,
    retry_after_header,
    route,
    route_path,
    secrets_equal,
    utc_now,
)

SHAPE = detail_object_shape(
    codes={
        400: "INVALID_REQUEST",
        401: "INVALID_API_KEY",
        404: "NOT_FOUND",
        405: "METHOD_NOT_ALLOWED",
        413: "FILE_TOO_LARGE",
        429: "RATE_LIMIT_EXCEEDED",
    },
    validation_code="INVALID_REQUEST",
    validation_status=400,
)
LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "nl", "ar", "ru", "ro", "ja", "he", "hy", "tr", "hi", "zh")
CLONE_FORMATS = ("wav", "mp3", "flac", "aiff")
DEFAULT_FORMAT = {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 44100}

# Library voices (fixed ids; the first is the id used in every vendor example).
LIBRARY: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    (
        "e0f39dc4-f691-4e78-bba5-5c636692cc04",
        "Ava",
        "Bright, friendly narrator",
        "en",
        "Female",
        "American (US)",
        "Storytelling",
    ),
    (
        "1c2b7f3e-8d4a-4e6b-9a0c-5f1e2d3c4b5a",
        "Liam",
        "Calm, low conversational voice",
        "en",
        "Male",
        "British (UK)",
        "Conversational",
    ),
    ("7a9e3d21-4b6c-4f8e-a1d2-3c4b5e6f7a8b", "Noa", "Neutral news reader", "en", "Neutral", "Australian", "News"),
    (
        "b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e",
        "Sofia",
        "Warm Spanish narrator",
        "es",
        "Female",
        "Castilian",
        "Storytelling",
    ),
    (
        "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f",
        "Lukas",
        "German support agent",
        "de",
        "Male",
        "Standard German",
        "Conversational",
    ),
)
_LIBRARY_CREATED = "2025-05-19T14:37:07.297056"


class AsyncFlowServer:
    """State and handlers of one AsyncFlow reference server instance."""

    def __init__(
        self,
        api_key: str,
        *,
        audio_seconds_per_char: float = audio.DEFAULT_SECONDS_PER_CHAR,
        stream_chunk_delay: float = 0.0,
        rate_limit: int | None = None,
        rate_limit_window: float = 60.0,
        clone_limit: int | None = None,
        max_upload_bytes: int = 10 * 1024 * 1024,
        min_clone_seconds: float = 3.0,
        ws_idle_timeout: float | None = 60.0,
    ) -> None:
        self.api_key = api_key
        self.spec = ApiSpec.load("asyncflow")
        self.spec.warm()
        self.reader = RequestReader(self.spec, SHAPE)
        self.seconds_per_char = audio_seconds_per_char
        self.chunk_delay = stream_chunk_delay
        self.limiter = RateLimiter(rate_limit, rate_limit_window) if rate_limit else None
        self.clone_limit = clone_limit
        self.max_upload_bytes = max_upload_bytes
        self.min_clone_seconds = min_clone_seconds
        self.ws_idle_timeout = ws_idle_timeout
        self._preview_secret = secrets.token_bytes(16)
        self.voices = Store()
        for voice_id, name, description, language, gender, accent, style in LIBRARY:
            self.voices.add(
                voice_id,
                {
                    "voice_id": voice_id,
                    "name": name,
                    "description": description,
                    "language": language,
                    "gender": gender,
                    "accent": accent,
                    "style": style,
                    "created_at": _LIBRARY_CREATED,
                    "updated_at": _LIBRARY_CREATED,
                    "voice_type": "PREDEFINED",
                },
            )

    # ------------------------------------------------------------------ gate: auth, version, rate limit
    def versions(self, request: Request) -> list[str]:
        for param in self.spec.parameters(request.method, route_path(request)):
            if param["in"] == "header" and param["name"].lower() == "version":
                return list(self.spec.resolve(param.get("schema", {})).get("enum", ["v1"]))
        return ["v1"]

    def status_for(self, request: Request, preferred: int) -> int:
        """`preferred` if the operation documents it, else 400 (documented everywhere but the status check)."""
        return preferred if self.spec.documents(request.method, route_path(request), preferred) else 400

    def check_version(self, request: Request) -> None:
        value = request.headers.get("version")
        if value is None:
            method, path = request.method, route_path(request)
            if not self.spec.documents(method, path, 400) and self.spec.documents(method, path, 404):
                # Operations that document no 400 document the version error as 404 VERSION_NOT_FOUND.
                raise ApiError(404, "The version header is required.", code="VERSION_NOT_FOUND")
            raise RequestInvalid([Problem(("header", "version"), "Field required", "missing")])
        if value not in self.versions(request):
            raise ApiError(
                self.status_for(request, 404), f"API version '{value[:32]}' not found.", code="VERSION_NOT_FOUND"
            )

    def key_is_valid(self, key: str | None) -> bool:
        return secrets_equal(key, self.api_key)

    def gate(self, request: Request, *, authenticated: bool = True) -> None:
        if authenticated and not self.key_is_valid(request.headers.get("x-api-key")):
            raise ApiError(401, "Invalid API key.", code="INVALID_API_KEY")
        self.check_version(request)
        if authenticated and self.limiter is not None:
            wait = self.limiter.hit(self.api_key)
            if wait is not None:
                seconds = retry_after_header(wait)["Retry-After"]
                raise ApiError(
                    429,
                    f"Rate limit exceeded. Retry in {seconds} seconds.",
                    code="RATE_LIMIT_EXCEEDED",
                    extra={"retry_after": int(seconds)},
                    headers=retry_after_header(wait),
                )

    # ------------------------------------------------------------------ status
    async def get_status(self, request: Request) -> Response:
        self.gate(request, authenticated=False)
        return JSONResponse({"ok": True, "version": request.headers["version"]})

    # ------------------------------------------------------------------ TTS
    def voice_or_error(self, voice_id: str, status: int) -> dict[str, Any]:
        voice = self.voices.get(voice_id)
        if voice is None:
            raise ApiError(status, f"Voice '{voice_id[:64]}' not found.", code="VOICE_NOT_FOUND")
        return voice

    def render(self, body: dict[str, Any], fmt: dict[str, Any]) -> tuple[list[speech.Piece], int, str]:
        rate = int(fmt.get("sample_rate") or 44100)
        encoding = fmt.get("encoding") or "pcm_s16le"
        if fmt["container"] in ("wav", "mp3"):
            encoding = "pcm_s16le"
        pieces = list(
            speech.pieces(
                body["transcript"],
                sample_rate=rate,
                encoding=encoding,
                seconds_per_char=self.seconds_per_char,
                speed=float(body.get("speed_control") or 1.0),
                voice=body["voice"]["id"],
            )
        )
        return pieces, rate, encoding

    def encode_file(self, pieces: list[speech.Piece], rate: int, fmt: dict[str, Any]) -> tuple[bytes, str]:
        pcm = b"".join(piece.audio for piece in pieces)
        if fmt["container"] == "wav":
            return audio.wav_bytes(pcm, rate), "audio/wav"
        if fmt["container"] == "mp3":
            seconds = sum(piece.samples for piece in pieces) / rate
            return audio.mp3_standin(seconds, rate, int(fmt.get("bit_rate") or 192000)), "audio/mpeg"
        return pcm, "application/octet-stream"

    async def tts_request(self, request: Request) -> dict[str, Any]:
        self.gate(request)
        body = await self.reader.json(request)
        self.voice_or_error(body["voice"]["id"], self.status_for(request, 404))
        return body

    async def text_to_speech(self, request: Request) -> Response:
        body = await self.tts_request(request)
        pieces, rate, _encoding = self.render(body, body["output_format"])
        data, media_type = self.encode_file(pieces, rate, body["output_format"])
        return Response(data, media_type=media_type)

    async def text_to_speech_with_timestamps(self, request: Request) -> Response:
        body = await self.tts_request(request)
        pieces, rate, _encoding = self.render(body, body["output_format"])
        data, _media_type = self.encode_file(pieces, rate, body["output_format"])
        words = [piece for piece in pieces if piece.text]
        alignment = {
            "words": [piece.text for piece in words],
            "word_start_times_milliseconds": [round(piece.start * 1000 / rate, 3) for piece in words],
            "word_end_times_milliseconds": [round((piece.start + piece.voiced) * 1000 / rate, 3) for piece in words],
        }
        return JSONResponse({"audio_base64": base64.b64encode(data).decode("ascii"), "alignment": alignment})

    async def text_to_speech_stream(self, request: Request) -> Response:
        body = await self.tts_request(request)
        fmt = body["output_format"]
        media_type = "audio/mpeg" if fmt["container"] == "mp3" else "application/octet-stream"
        return StreamingResponse(self._stream(body, fmt), media_type=media_type)

    async def _stream(self, body: dict[str, Any], fmt: dict[str, Any]) -> AsyncIterator[bytes]:
        rate = int(fmt["sample_rate"])
        mp3 = fmt["container"] == "mp3"
        encoding = "pcm_s16le" if mp3 else fmt["encoding"]
        if mp3:
            yield audio.ID3_TAG
        owed = 0.0  # mp3 frames are 1152 samples: carry the remainder from word to word
        for piece in speech.pieces(
            body["transcript"],
            sample_rate=rate,
            encoding=encoding,
            seconds_per_char=self.seconds_per_char,
            speed=float(body.get("speed_control") or 1.0),
            voice=body["voice"]["id"],
        ):
            if mp3:
                owed += piece.samples / 1152
                frames, owed = int(owed), owed - int(owed)
                chunk = audio.mp3_frame(rate, int(fmt.get("bit_rate") or 192000)) * frames
            else:
                chunk = piece.audio  # always a whole number of samples
            # At most one second of audio per write, each a whole number of samples.
            for part in [chunk] if mp3 else audio.split_bytes(chunk, rate, encoding):
                yield part
                await asyncio.sleep(self.chunk_delay)  # yield to the loop: bytes leave before the body is done

    # ------------------------------------------------------------------ voices
    async def clone_voice(self, request: Request) -> Response:
        self.gate(request)
        fields, files = await self.reader.form(request, max_bytes=self.max_upload_bytes)
        sample = files["audio"]
        language = str(fields.get("language") or "en")
        if any(code.strip() not in LANGUAGES for code in language.split(",")):
            raise ApiError(400, f"Unsupported language '{language[:32]}'.", code="INVALID_LANGUAGE")
        kind = audio.sniff(sample.data)
        if kind not in CLONE_FORMATS:
            raise ApiError(
                400, "Audio format not recognized (use wav, mp3, flac or aiff).", code="FORMAT_NOT_RECOGNIZED"
            )
        seconds = audio.duration_seconds(sample.data)
        if seconds is not None and seconds < self.min_clone_seconds:
            raise ApiError(
                400,
                f"The audio must contain at least {self.min_clone_seconds:g} seconds of speech.",
                code="SHORT_SPEECH_DURATION",
            )
        if kind == "wav" and audio.is_silent_wav(sample.data):
            raise ApiError(400, "The speech quality is too low to clone.", code="BAD_SPEECH_QUALITY")
        voice_id = new_uuid()
        now = utc_now(timezone=False)
        record = {
            "voice_id": voice_id,
            "name": fields["name"],
            "description": fields.get("description"),
            "language": language,
            "gender": fields.get("gender") or "Unspecified",
            "accent": fields.get("accent"),
            "style": fields.get("style"),
            "created_at": now,
            "updated_at": now,
            "voice_type": "CUSTOM",
        }
        limit = self.clone_limit
        added = self.voices.add_when(
            voice_id,
            record,
            lambda voices: limit is None or sum(v["voice_type"] == "CUSTOM" for v in voices) < limit,
        )
        if added is None:
            raise ApiError(
                429, "Voice clone limit exceeded.", code="VOICE_CLONE_LIMIT_EXCEEDED", extra={"limit": limit}
            )
        return JSONResponse(
            {"id": voice_id, "name": record["name"], "description": record["description"], "language": language}
        )

    async def list_voices(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request) or {}
        voices = [voice for voice in self.voices.values() if _matches(voice, body)]
        after = body.get("after")
        if after is not None:
            ids = [voice["voice_id"] for voice in voices]
            # An unknown cursor is a page past the end, not an error (the voice may have been deleted).
            voices = voices[ids.index(after) + 1 :] if after in ids else []
        limit = int(body.get("limit", 10))
        page = voices[:limit]
        next_cursor = page[-1]["voice_id"] if len(voices) > limit else None
        return JSONResponse({"voices": page, "next_cursor": next_cursor})

    async def get_voice(self, request: Request) -> Response:
        self.gate(request)
        voice_id = self.reader.path_params(request)["voice_id"]
        return JSONResponse(self.voice_or_error(voice_id, 404))

    async def update_voice(self, request: Request) -> Response:
        self.gate(request)
        voice_id = self.reader.path_params(request)["voice_id"]
        body = await self.reader.json(request) or {}
        voice = self.voice_or_error(voice_id, 404)
        if voice["voice_type"] != "CUSTOM" and body:
            raise ApiError(
                400,
                "Library voices cannot be changed.",
                code="VOICE_FIELD_UPDATE_NOT_ALLOWED",
                extra={"fields": sorted(body)},
            )
        known = ("name", "description", "gender", "accent", "style")

        def change(record: dict[str, Any]) -> None:
            record.update({key: body[key] for key in known if key in body})
            record["updated_at"] = utc_now(timezone=False)

        if self.voices.update(voice_id, change) is None:
            raise ApiError(404, "Voice not found.", code="VOICE_NOT_FOUND")
        return Response(status_code=204)

    async def delete_voice(self, request: Request) -> Response:
        self.gate(request)
        voice_id = self.reader.path_params(request)["voice_id"]
        voice = self.voices.get(voice_id)
        if voice is None or voice["voice_type"] != "CUSTOM":
            # Only cloned voices can be deleted; a library voice is "not found" among them.
            raise ApiError(404, f"No cloned voice '{voice_id[:64]}'.", code="VOICE_NOT_FOUND")
        self.voices.delete(voice_id)
        return Response(status_code=204)

    # ------------------------------------------------------------------ previews
    def _preview_signature(self, voice_id: str, expires: int) -> str:
        return hmac.new(self._preview_secret, f"{voice_id}:{expires}".encode(), hashlib.sha256).hexdigest()[:32]

    async def get_voice_preview(self, request: Request) -> Response:
        self.gate(request)
        voice_id = self.reader.path_params(request)["voice_id"]
        self.voice_or_error(voice_id, 404)
        expires = int(time.time()) + 3600
        signature = self._preview_signature(voice_id, expires)
        url = str(request.url_for("preview_file", voice_id=voice_id))
        return JSONResponse({"signed_url": f"{url}?expires={expires}&signature={signature}"})

    async def preview_file(self, request: Request) -> Response:
        """The file behind a signed preview URL (not an API operation: the URL needs no key)."""
        voice_id = request.path_params["voice_id"]
        expires = request.query_params.get("expires", "")
        signature = request.query_params.get("signature", "")
        valid = expires.isdigit() and int(expires) > time.time()
        if not valid or not hmac.compare_digest(signature, self._preview_signature(voice_id, int(expires or 0))):
            raise ApiError(403, "Invalid or expired signature.", code="INVALID_SIGNATURE")
        voice = self.voice_or_error(voice_id, 404)
        text = f"Hello, I am {voice['name']}. This is what I sound like."
        pcm = audio.synthesize(
            text, sample_rate=24000, encoding="pcm_s16le", voice=voice_id, seconds_per_char=self.seconds_per_char
        )
        return Response(audio.wav_bytes(pcm, 24000), media_type="audio/wav")

    # ------------------------------------------------------------------ WebSocket
    async def websocket(self, websocket: WebSocket) -> None:
        await FlowSocket(self, websocket).run()


def _matches(voice: dict[str, Any], query: dict[str, Any]) -> bool:
    if query.get("gender") and voice.get("gender") != query["gender"]:
        return False
    if query.get("my_voice") and voice.get("voice_type") != "CUSTOM":
        return False
    if query.get("language") and query["language"] not in str(voice.get("language") or "").split(","):
        return False
    for key in ("accent", "style"):
        wanted = query.get(key)
        if wanted and wanted.lower() not in str(voice.get(key) or "").lower():
            return False
    return True


def create_app(api_key: str = "test-key", **options: Any) -> Any:
    server = AsyncFlowServer(api_key, **options)
    routes = [
        route("/", get=server.get_status),
        route("/text_to_speech", post=server.text_to_speech),
        route("/text_to_speech/with_timestamps", post=server.text_to_speech_with_timestamps),
        route("/text_to_speech/streaming", post=server.text_to_speech_stream),
        route("/voices/clone", post=server.clone_voice),
        route("/voices", post=server.list_voices),
        route("/voices/preview/{voice_id}", get=server.get_voice_preview),
        route("/voices/{voice_id}", get=server.get_voice, put=server.update_voice, delete=server.delete_voice),
        route("/_files/previews/{voice_id}.wav", get=server.preview_file, name="preview_file"),
        WebSocketRoute("/text_to_speech/websocket/ws", server.websocket),
    ]
    return build_app(routes, SHAPE, server=server, voices=server.voices)
