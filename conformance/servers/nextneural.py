"""NextNeural voice-models reference server (`/api/voice/models/speakers...`).

Follows `specs/nextneural/openapi.yaml`: `Authorization: Bearer <api key>`, FastAPI errors (`{"detail"}`,
422 lists), speakers created by zero-shot cloning (multipart, 10-60 s WAV/MP3), LoRA dataset samples
(5-30 s), deploy/undeploy to the catalog (`vs_...` voice-sample ids), and the documented rate limits:
100 requests per minute per key, plus each operation's `x-rate-limit` from the spec (create and deploy
5/minute, dataset samples 30/minute), answered with 429, `{"detail"}` and `Retry-After`.

Options (keyword arguments of `create_app`):
    rate_limits          enforce the documented limits (default True)
    rate_limit_window    replaces every window (60 s) so tests can wait less, e.g. 0.5
    default_rate_limit   requests per window per key on every operation (default 100)
    max_upload_bytes     largest accepted upload (default 25 MB; larger gets 413)
    enforce_durations    refuse clips outside the documented durations (default True)
"""

from __future__ import annotations

import secrets
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._common import (
    FASTAPI,
    ApiError,
    ApiSpec,
    RateLimiter,
    RequestReader,
    Store,
    UploadedFile,
    audio,
    bearer_token,
    build_app,
    retry_after_header,
    route,
    route_path,
    secrets_equal,
    utc_now,
)

PREFIX = "/api/voice/models/speakers"
_MEDIA = {"wav": "audio/wav", "mp3": "audio/mpeg"}


class NextNeuralServer:
    def __init__(
        self,
        api_key: str,
        *,
        rate_limits: bool = True,
        rate_limit_window: float | None = None,
        default_rate_limit: int = 100,
        max_upload_bytes: int = 25 * 1024 * 1024,
        enforce_durations: bool = True,
    ) -> None:
        self.api_key = api_key
        self.spec = ApiSpec.load("nextneural")
        self.spec.warm()
        self.reader = RequestReader(self.spec, FASTAPI)
        self.rate_limits = rate_limits
        self.window_override = rate_limit_window
        self.default_limiter = RateLimiter(default_rate_limit, rate_limit_window or 60.0)
        self.limiters: dict[str, RateLimiter] = {}
        self.max_upload_bytes = max_upload_bytes
        self.enforce_durations = enforce_durations
        self.speakers = Store()

    # ------------------------------------------------------------------ gate
    def authenticate(self, request: Request) -> None:
        token = bearer_token(request.headers.get("authorization"))
        if token is None:
            raise ApiError(401, "Not authenticated", headers={"WWW-Authenticate": "Bearer"})
        if not secrets_equal(token, self.api_key):
            raise ApiError(401, "Invalid or expired token", headers={"WWW-Authenticate": "Bearer"})

    def limit(self, request: Request) -> None:
        """The operation's own `x-rate-limit` (from the spec), then the general 100/minute."""
        if not self.rate_limits:
            return
        method, path = request.method, route_path(request)
        operation = self.spec.operation(method, path) or {}
        rule = operation.get("x-rate-limit")
        checks: list[tuple[RateLimiter, str]] = []
        if isinstance(rule, dict):
            key = f"{method} {path}"
            limiter = self.limiters.get(key)
            if limiter is None:
                window = self.window_override or float(rule.get("window_seconds", 60))
                limiter = self.limiters.setdefault(key, RateLimiter(int(rule["limit"]), window))
            checks.append((limiter, f"{rule['limit']} per {_per(rule.get('window_seconds', 60))}"))
        checks.append((self.default_limiter, f"{self.default_limiter.limit} per 1 minute"))
        for limiter, text in checks:
            wait = limiter.hit(self.api_key)
            if wait is not None:
                raise ApiError(429, f"Rate limit exceeded: {text}", headers=retry_after_header(wait))

    def gate(self, request: Request) -> None:
        self.authenticate(request)
        self.limit(request)

    def speaker_or_404(self, request: Request) -> dict[str, Any]:
        name = self.reader.path_params(request)["name"]
        speaker = self.speakers.get(name)
        if speaker is None:
            raise ApiError(404, "Speaker not found")
        return speaker

    def check_clip(self, upload: UploadedFile, low: float, high: float, what: str) -> float:
        kind = audio.sniff(upload.data)
        if kind not in _MEDIA:
            raise ApiError(400, f"{what} must be a WAV or MP3 file")
        seconds = audio.duration_seconds(upload.data)
        if seconds is None:
            raise ApiError(400, f"{what} could not be read")
        if self.enforce_durations and not low <= seconds <= high:
            raise ApiError(400, f"{what} must be between {low:g} and {high:g} seconds")
        return seconds

    # ------------------------------------------------------------------ speakers
    async def list_speakers(self, request: Request) -> Response:
        self.gate(request)
        return JSONResponse([_public(speaker) for speaker in self.speakers.values()])

    async def create_speaker(self, request: Request) -> Response:
        self.authenticate(request)
        fields, files = await self.reader.form(request, max_bytes=self.max_upload_bytes)
        self.limit(request)
        clip = files["reference_audio"]
        self.check_clip(clip, 10, 60, "Reference audio")
        name = fields["name"]
        record = {
            "name": name,
            "language": fields["language"],
            "description": fields.get("description"),
            "deployed": False,
            "voice_sample_uuid": None,
            "created_at": utc_now(),
            "_reference": clip.data,
            "_reference_type": _MEDIA[audio.sniff(clip.data) or "wav"],
            "_samples": [],
        }
        if self.speakers.add_unique(name, record, lambda other: other["name"] == name) is None:
            raise ApiError(409, f"Speaker '{name}' already exists")
        body = {
            "name": name,
            "language": record["language"],
            "status": "created",
            "message": "Speaker created. Upload dataset samples and deploy to use in flows.",
        }
        return JSONResponse(body, status_code=201)

    async def get_speaker(self, request: Request) -> Response:
        self.gate(request)
        return JSONResponse(_public(self.speaker_or_404(request)))

    async def delete_speaker(self, request: Request) -> Response:
        self.gate(request)
        speaker = self.speaker_or_404(request)
        if self.speakers.delete(speaker["name"]) is None:
            raise ApiError(404, "Speaker not found")
        return JSONResponse({"message": "Speaker deleted"})

    async def get_speaker_reference(self, request: Request) -> Response:
        self.gate(request)
        speaker = self.speaker_or_404(request)
        return Response(speaker["_reference"], media_type=speaker["_reference_type"])

    # ------------------------------------------------------------------ dataset
    async def get_dataset(self, request: Request) -> Response:
        self.gate(request)
        speaker = self.speaker_or_404(request)
        return JSONResponse(_dataset(speaker))

    async def delete_dataset(self, request: Request) -> Response:
        self.gate(request)
        name = self.speaker_or_404(request)["name"]
        if self.speakers.update(name, lambda record: record.__setitem__("_samples", [])) is None:
            raise ApiError(404, "Speaker not found")
        return JSONResponse({"message": "Dataset cleared"})

    async def upload_dataset_sample(self, request: Request) -> Response:
        self.authenticate(request)
        name = self.speaker_or_404(request)["name"]
        fields, files = await self.reader.form(request, max_bytes=self.max_upload_bytes)
        self.limit(request)
        seconds = self.check_clip(files["audio"], 5, 30, "Sample audio")
        sample = {
            "sample_id": f"smp_{secrets.token_hex(6)}",
            "duration_seconds": round(seconds, 3),
            "transcript": fields["transcript"],
        }
        if self.speakers.update(name, lambda record: record["_samples"].append(sample)) is None:
            raise ApiError(404, "Speaker not found")
        return JSONResponse(sample, status_code=201)

    # ------------------------------------------------------------------ deployment
    async def deploy_speaker(self, request: Request) -> Response:
        self.gate(request)
        name = self.speaker_or_404(request)["name"]

        def deploy(record: dict[str, Any]) -> None:
            record["deployed"] = True
            record["voice_sample_uuid"] = record["voice_sample_uuid"] or f"vs_{secrets.token_hex(6)}"

        updated = self.speakers.update(name, deploy)
        if updated is None:
            raise ApiError(404, "Speaker not found")
        return JSONResponse({"name": name, "deployed": True, "voice_sample_uuid": updated["voice_sample_uuid"]})

    async def undeploy_speaker(self, request: Request) -> Response:
        self.gate(request)
        name = self.speaker_or_404(request)["name"]

        def undeploy(record: dict[str, Any]) -> None:
            record["deployed"] = False
            record["voice_sample_uuid"] = None

        if self.speakers.update(name, undeploy) is None:
            raise ApiError(404, "Speaker not found")
        return JSONResponse({"name": name, "deployed": False, "voice_sample_uuid": None})


def _public(speaker: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in speaker.items() if not key.startswith("_")}


def _dataset(speaker: dict[str, Any]) -> dict[str, Any]:
    samples = speaker["_samples"]
    return {
        "name": speaker["name"],
        "sample_count": len(samples),
        "total_duration_seconds": round(sum(sample["duration_seconds"] for sample in samples), 3),
        # `ready` is the only documented status; an empty dataset is reported as `empty`.
        "status": "ready" if samples else "empty",
    }


def _per(seconds: Any) -> str:
    seconds = float(seconds)
    return f"{seconds / 60:g} minute" if seconds % 60 == 0 else f"{seconds:g} second"


def create_app(api_key: str = "test-key", **options: Any) -> Any:
    server = NextNeuralServer(api_key, **options)
    routes = [
        route(PREFIX, get=server.list_speakers, post=server.create_speaker),
        route(PREFIX + "/{name}", get=server.get_speaker, delete=server.delete_speaker),
        route(PREFIX + "/{name}/reference", get=server.get_speaker_reference),
        route(PREFIX + "/{name}/dataset", get=server.get_dataset, delete=server.delete_dataset),
        route(PREFIX + "/{name}/dataset/sample", post=server.upload_dataset_sample),
        route(PREFIX + "/{name}/deploy", post=server.deploy_speaker, delete=server.undeploy_speaker),
    ]
    return build_app(routes, FASTAPI, server=server, speakers=server.speakers)
