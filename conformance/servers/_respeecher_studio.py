"""Respeecher studio handlers: recordings (upload, TTS, conversions, exports), notes, orders and stats.

A mixin of `RespeecherServer` (see respeecher.py for the shared state). Recording audio lives outside the
record store (`self.files`), so reads do not copy megabytes; `url` points at `/api/files/recordings/<id>`,
which serves it (the official client downloads `gateway host + recording.url`).
"""

from __future__ import annotations

import io
import time
import zipfile
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute

from . import _respeecher_data as data
from ._common import ApiError, audio, new_uuid, route, utc_now

UPLOAD_FORMATS = ("wav", "ogg", "mp3", "flac")
_MEDIA = {"wav": "audio/wav", "mp3": "audio/mpeg", "ogg": "audio/ogg", "flac": "audio/flac"}
TTS_RATE = 22050


def _iso(timestamp: float) -> str:
    from .respeecher import iso

    return iso(timestamp)


class StudioHandlers:
    """Mixed into RespeecherServer, which owns the state these handlers use (stores, files, lock, reader)."""

    # ------------------------------------------------------------------ records
    def new_recording(self, folder: dict[str, Any], **fields: Any) -> dict[str, Any]:
        recording_id = new_uuid()
        record: dict[str, Any] = {
            "id": recording_id,
            "project_id": folder["project_id"],
            "parent_folder_id": folder["id"],
            "type": "original",
            "url": f"/api/files/recordings/{recording_id}",
            "waveform_url": None,
            "file_name": None,
            "label": None,
            "original_id": None,
            "model_id": None,
            "model_name": None,
            "calibration_id": None,
            "calibration_value": None,
            "calibration_name": None,
            "microphone": None,
            "size": None,
            "duration": 0.0,
            "starred": False,
            "tts": False,
            "tts_voice": None,
            "tts_voice_id": None,
            "text": None,
            "params": {},
            "error": None,
            "active": True,
            "created_at": utc_now(),
            "converted_at": None,
            "listen_count": 0,
            "process_stage": None,
            "voice_id": None,
            "voice_name": None,
            "accent_id": None,
            "accent_name": None,
            "narration_style_id": None,
            "narration_style_name": None,
            "semitones_correction": None,
            "transaction_id": None,
            "moderation": None,
            "_ready_at": 0.0,
        }
        record.update(fields)
        return record

    def store_recording(self, record: dict[str, Any], content: bytes, media_type: str) -> dict[str, Any]:
        with self.lock:
            self.files[record["id"]] = content
        record["size"] = len(content)
        record["_media_type"] = media_type
        self.recordings.add(record["id"], record)
        self.projects.update(record["project_id"], lambda p: p.__setitem__("last_recording_at", record["created_at"]))
        return self.recording_view(record)

    def recording_view(self, record: dict[str, Any]) -> dict[str, Any]:
        view = {key: value for key, value in record.items() if not key.startswith("_")}
        done = time.time() >= record["_ready_at"]
        view["state"] = "done" if done else "processing"
        if record["type"] == "converted":
            view["converted_at"] = _iso(record["_ready_at"]) if done else None
            view["process_stage"] = None if done else "converting"
        note = self.notes.get(record["id"])
        view["note"] = {"id": note["id"], "text": note["text"], "active": note["active"]} if note else None
        return view

    def recording_or_404(self, request: Request) -> dict[str, Any]:
        recording_id = self.reader.path_params(request)["recording_id"]
        record = self.recordings.get(recording_id)
        if record is None:
            raise ApiError(404, "Recording not found")
        return record

    def folder_for(self, request: Request, folder_id: str) -> dict[str, Any]:
        folder = self.folders.get(folder_id)
        if folder is None:
            raise self.missing(request, "Folder not found")
        return folder

    def drop_recording(self, recording_id: str) -> list[dict[str, str]]:
        removed = []
        for conversion in self.recordings.values():
            if conversion["original_id"] == recording_id:
                removed += self.drop_recording(conversion["id"])
        if self.recordings.delete(recording_id) is not None:
            removed.append({"id": recording_id})
        self.notes.delete(recording_id)
        with self.lock:
            self.files.pop(recording_id, None)
        return removed

    # ------------------------------------------------------------------ recordings
    async def list_recordings(self, request: Request) -> Response:
        self.gate(request)
        query = self.reader.query(request)
        items = self.recordings.values()
        if "folder_id" in query:
            items = [r for r in items if r["parent_folder_id"] == query["folder_id"]]
        elif "project_id" in query:
            items = [r for r in items if r["project_id"] == query["project_id"]]
        return JSONResponse(self.page(request, [self.recording_view(r) for r in items]))

    async def list_originals(self, request: Request) -> Response:
        self.gate(request)
        folder_id = self.reader.query(request)["folder_id"]
        items = [r for r in self.recordings.values() if r["parent_folder_id"] == folder_id and r["type"] == "original"]
        return JSONResponse(self.page(request, [self.recording_view(r) for r in items]))

    async def list_conversions(self, request: Request) -> Response:
        self.gate(request)
        original_id = self.reader.query(request)["original_id"]
        items = [r for r in self.recordings.values() if r["original_id"] == original_id]
        return JSONResponse(self.page(request, [self.recording_view(r) for r in items]))

    async def upload_recording(self, request: Request) -> Response:
        self.gate(request)
        fields, files = await self.reader.form(request, max_bytes=self.max_upload_bytes)
        folder = self.folder_for(request, fields["parent_folder_id"])
        upload = files["data"]
        kind = audio.sniff(upload.data)
        if kind not in UPLOAD_FORMATS:
            raise ApiError(400, "Unsupported audio format: use wav, ogg, mp3 or flac")
        record = self.new_recording(
            folder,
            file_name=upload.filename or f"upload.{kind}",
            label=fields.get("label"),
            microphone=fields["microphone"],
            duration=round(audio.duration_seconds(upload.data) or 0.0, 3),
        )
        return JSONResponse(self.store_recording(record, upload.data, _MEDIA[kind]))

    async def get_recording(self, request: Request) -> Response:
        self.gate(request)
        return JSONResponse(self.recording_view(self.recording_or_404(request)))

    async def update_recording(self, request: Request) -> Response:
        self.gate(request)
        record = self.recording_or_404(request)
        body = await self.reader.json(request)
        changes = {key: body[key] for key in ("label", "starred") if key in body}
        updated = self.recordings.update(record["id"], lambda r: r.update(changes))
        if updated is None:
            raise ApiError(404, "Recording not found")
        return JSONResponse(self.recording_view(updated))

    async def delete_recording(self, request: Request) -> Response:
        self.gate(request)
        record = self.recording_or_404(request)
        return JSONResponse(self.drop_recording(record["id"]))

    async def recording_file(self, request: Request) -> Response:
        """The audio behind `Recording.url` (not an API operation in the spec)."""
        self.gate(request)
        record = self.recordings.get(str(request.path_params["recording_id"]))
        with self.lock:
            content = self.files.get(record["id"]) if record else None
        if record is None or content is None:
            raise ApiError(404, "Recording not found")
        return Response(content, media_type=record.get("_media_type", "audio/wav"))

    def zip_response(self, items: list[dict[str, Any]], starred_only: bool, filename: str) -> Response:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for record in items:
                if starred_only and not record["starred"]:
                    continue
                with self.lock:
                    content = self.files.get(record["id"])
                if content is None:
                    continue
                extension = {v: k for k, v in _MEDIA.items()}.get(record.get("_media_type", ""), "wav")
                name = record["label"] or record["id"]
                archive.writestr(f"{record['type']}/{name}-{record['id'][:8]}.{extension}", content)
        headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
        return Response(buffer.getvalue(), media_type="application/zip", headers=headers)

    async def export_recordings(self, request: Request) -> Response:
        self.gate(request)
        query = self.reader.query(request)
        original = self.recordings.get(query["original_id"])
        if original is None:
            raise ApiError(404, "Recording not found")
        items = [original] + [r for r in self.recordings.values() if r["original_id"] == original["id"]]
        return self.zip_response(items, bool(query.get("starred_only", False)), f"{original['id']}.zip")

    # ------------------------------------------------------------------ TTS
    async def list_tts_voices(self, request: Request) -> Response:
        self.gate(request)
        return JSONResponse(self.tts_voices.values())

    def tts_recording(self, request: Request, body: dict[str, Any], voice_id: str | None) -> Response:
        folder = self.folder_for(request, body["parent_folder_id"])
        voice = self.tts_voices.get(voice_id) if voice_id else self.tts_voices.find(lambda v: bool(v.get("is_default")))
        if voice is None:
            raise self.missing(request, "TTS voice not found")
        pcm = audio.synthesize(body["text"], sample_rate=TTS_RATE, encoding="pcm_s16le", voice=voice["id"])
        record = self.new_recording(
            folder,
            label=body.get("label"),
            tts=True,
            tts_voice=voice.get("name"),
            tts_voice_id=voice["id"],
            text=body["text"],
            file_name="tts.wav",
            microphone="tts",
            duration=round(len(pcm) / 2 / TTS_RATE, 3),
        )
        return JSONResponse(self.store_recording(record, audio.wav_bytes(pcm, TTS_RATE), "audio/wav"))

    async def create_tts_recording(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request)
        return self.tts_recording(request, body, body["voice_id"])

    async def create_tts_recording_v2(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request)
        return self.tts_recording(request, body, body.get("tts_voice_id"))

    # ------------------------------------------------------------------ notes
    async def create_note(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request)
        if body["recording_id"] not in self.recordings:
            raise ApiError(404, "Recording not found")
        existing = self.notes.get(body["recording_id"])
        note = {
            "recording_id": body["recording_id"],
            "text": body["text"],
            "id": existing["id"] if existing else new_uuid(),
            "active": True,
        }
        self.notes.delete(body["recording_id"])
        self.notes.add(body["recording_id"], note)
        return JSONResponse(note)

    async def update_note(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request)
        updated = self.notes.update(body["recording_id"], lambda note: note.__setitem__("text", body["text"]))
        if updated is None:
            raise ApiError(404, "Note not found")
        return JSONResponse(updated)

    async def delete_note(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request)
        note = self.notes.delete(body["recording_id"])
        if note is None:
            raise ApiError(404, "Note not found")
        return JSONResponse({**note, "active": False})

    # ------------------------------------------------------------------ orders
    def order_view(self, order: dict[str, Any]) -> dict[str, Any]:
        view = {key: value for key, value in order.items() if not key.startswith("_")}
        done = time.time() >= order["_ready_at"]
        view["state"] = "done" if done else "processing"
        view["closed_at"] = _iso(order["_ready_at"]) if done else None
        return view

    def new_order(self, conversion: dict[str, Any], calibration_id: str | None) -> dict[str, Any]:
        order = {
            "id": new_uuid(),
            "user_id": data.USER_ID,
            "original_id": conversion["original_id"],
            "conversion_id": conversion["id"],
            "transaction_id": conversion["transaction_id"],
            "moderation_id": None,
            "calibration_id": calibration_id,
            "tracking_id": new_uuid(),
            "f0": None,
            "created_at": utc_now(),
            "error": None,
            "_ready_at": conversion["_ready_at"],
        }
        self.orders.add(order["id"], order)
        return order

    async def create_order(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request)
        original = self.recordings.get(body["original_id"])
        if original is None or original["type"] != "original":
            raise self.missing(request, "Original recording not found")
        calibration_id = body.get("calibration_id")
        if calibration_id and calibration_id not in self.calibrations:
            raise self.missing(request, "Calibration not found")
        plans = []
        for item in body["conversions"]:
            voice = self.voices.get(item["voice_id"])
            if voice is None:
                raise self.missing(request, "Voice not found")
            accent = _pick(voice["accents"], item.get("accent_id"))
            style = _pick(voice["narration_styles"], item.get("narration_style_id"))
            if accent is None or style is None:
                raise self.missing(request, "Accent or narration style not found for this voice")
            plans.append((item, voice, accent, style))
        seconds = original["duration"] * len(plans)
        with self.lock:
            if self.credits["credits"] < seconds:
                raise ApiError(403, "Not enough credits")
            self.credits["credits"] -= seconds
        folder = self.folders.get(original["parent_folder_id"] or "") or {
            "id": original["parent_folder_id"],
            "project_id": original["project_id"],
        }
        orders = []
        for item, voice, accent, style in plans:
            conversion = self.new_recording(
                folder,
                type="converted",
                original_id=original["id"],
                label=item.get("label") or original["label"],
                duration=original["duration"],
                voice_id=voice["id"],
                voice_name=voice["name"],
                model_id=voice["id"],
                model_name=voice["name"],
                accent_id=accent["id"],
                accent_name=accent["info"]["name"],
                narration_style_id=style["id"],
                narration_style_name=style["info"]["name"],
                semitones_correction=item.get("semitones_correction"),
                calibration_id=calibration_id,
                transaction_id=new_uuid(),
                _ready_at=time.time() + self.processing_seconds,
            )
            pcm = audio.tone(max(original["duration"], 0.1), TTS_RATE, voice=voice["id"])
            self.store_recording(conversion, audio.wav_bytes(pcm, TTS_RATE), "audio/wav")
            orders.append(self.order_view(self.new_order(conversion, calibration_id)))
        return JSONResponse(orders)

    async def retry_order(self, request: Request) -> Response:
        self.gate(request)
        record = self.recording_or_404(request)
        if record["type"] != "converted":
            raise ApiError(404, "No conversion with this id")
        ready = time.time() + self.processing_seconds
        updated = self.recordings.update(record["id"], lambda r: r.__setitem__("_ready_at", ready))
        if updated is None:
            raise ApiError(404, "Recording not found")
        return JSONResponse(self.order_view(self.new_order(updated, updated["calibration_id"])))

    # ------------------------------------------------------------------ stats
    def conversion_stats(self, items: list[dict[str, Any]]) -> dict[str, int]:
        conversions = [self.recording_view(r) for r in items if r["type"] == "converted"]
        done = sum(1 for r in conversions if r["state"] == "done")
        return {"total": len(conversions), "completed": done, "in_progress": len(conversions) - done, "failed": 0}

    async def get_stats(self, request: Request) -> Response:
        self.gate(request)
        items = self.recordings.values()
        converted = [r for r in items if r["type"] == "converted"]
        total = int(sum(r["duration"] for r in converted))
        by_voice: dict[str, dict[str, Any]] = {}
        for record in converted:
            stats = by_voice.setdefault(
                record["voice_id"],
                {"id": record["voice_id"], "name": record["voice_name"], "conversions_count": 0, "converted_time": 0.0},
            )
            stats["conversions_count"] += 1
            stats["converted_time"] += record["duration"]
        return JSONResponse(
            {
                "time_converted": {"total": total, "current_month": total, "previous_monthes": []},
                "conversions": self.conversion_stats(items),
                "models": list(by_voice.values()),
            }
        )

    async def get_project_stats(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request)
        result = []
        for project_id in body["project_ids"]:
            items = [r for r in self.recordings.values() if r["project_id"] == project_id]
            seconds = int(sum(r["duration"] for r in items if r["type"] == "converted"))
            result.append(
                {
                    "project_id": project_id,
                    "time_converted": {"total": seconds, "current_month": seconds},
                    "conversions": self.conversion_stats(items),
                }
            )
        return JSONResponse(result)

    async def get_folder_stats(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request)
        result = []
        for folder_id in body["folder_ids"]:
            items = [r for r in self.recordings.values() if r["parent_folder_id"] == folder_id]
            result.append({"folder_id": folder_id, "stats": self.conversion_stats(items)})
        return JSONResponse(result)

    # ------------------------------------------------------------------ routes
    def studio_routes(self) -> list[BaseRoute]:
        return [
            route("/api/recordings", get=self.list_recordings, post=self.upload_recording),
            route("/api/recordings/originals", get=self.list_originals),
            route("/api/recordings/conversions", get=self.list_conversions),
            route("/api/recordings/export", get=self.export_recordings),
            route("/api/recordings/tts", post=self.create_tts_recording),
            route(
                "/api/recordings/{recording_id}",
                get=self.get_recording,
                patch=self.update_recording,
                put=self.update_recording,
                delete=self.delete_recording,
            ),
            route("/api/v2/recordings/tts", post=self.create_tts_recording_v2),
            route("/api/files/recordings/{recording_id}", get=self.recording_file),
            route("/api/tts-voices", get=self.list_tts_voices),
            route("/api/notes", post=self.create_note, put=self.update_note, delete=self.delete_note),
            route("/api/stats", get=self.get_stats),
            route("/api/stats/projects", post=self.get_project_stats),
            route("/api/stats/folders", post=self.get_folder_stats),
            route("/api/v2/orders", post=self.create_order),
            route("/api/v2/orders/retry/{recording_id}", post=self.retry_order),
        ]


def _pick(options: list[dict[str, Any]], wanted: str | None) -> dict[str, Any] | None:
    """The option with id `wanted`, or the default option when none is asked for."""
    if wanted is None:
        return next((o for o in options if o["is_default"]), options[0] if options else None)
    return next((o for o in options if o["id"] == wanted), None)
