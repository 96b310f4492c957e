"""Respeecher voice marketplace handlers: list/search voices, favourites, per-voice settings, accent samples.

A mixin of `RespeecherServer`, which owns the state (`self.voices`, `self.reader`, ...).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute

from ._common import ApiError, route

_FILTERS = ("visibility", "species", "gender", "age_group", "pitch_group", "nationality")


class VoiceHandlers:
    """Mixed into RespeecherServer, which owns the state these handlers use."""

    async def list_voices(self, request: Request) -> Response:
        self.gate(request)
        query = self.reader.query(request)
        voices = [
            voice
            for voice in self.voices.values()
            if all(not query.get(name) or voice.get(name) in query[name] for name in _FILTERS)
        ]
        sort = query.get("sort", "default")
        if sort != "default":
            reverse = query.get("direction", "desc") == "desc"
            voices.sort(
                key=lambda v: (v.get(sort) is None, v.get(sort) if v.get(sort) is not None else 0), reverse=reverse
            )
        limit, offset = int(query.get("limit", 25)), int(query.get("offset", 0))
        page = voices[offset : offset + limit]
        return JSONResponse({"list": page, "pagination": {"count": len(voices), "limit": limit, "offset": offset}})

    async def search_voices(self, request: Request) -> Response:
        self.gate(request)
        query = self.reader.query(request)
        needle = query["name"].lower()
        found = [voice for voice in self.voices.values() if needle in voice["name"].lower()]
        return JSONResponse(found[: int(query.get("limit", 5))])

    def voice_for(self, voice_id: str) -> dict[str, Any]:
        voice = self.voices.get(voice_id)
        if voice is None:
            raise ApiError(404, "Voice not found")
        return voice

    async def favorite_voice(self, request: Request) -> Response:
        self.gate(request)
        voice_id = self.reader.path_params(request)["voice_id"]
        body = await self.reader.json(request)
        self.voice_for(voice_id)
        updated = self.voices.update(voice_id, lambda v: v.__setitem__("favorite", body["favorite"]))
        if updated is None:
            raise ApiError(404, "Voice not found")
        return JSONResponse(updated)

    async def update_voice_settings(self, request: Request) -> Response:
        self.gate(request)
        body = await self.reader.json(request)
        voice = self.voice_for(body["voice_id"])
        accent_id, style_id = body.get("accent_id"), body.get("narration_style_id")
        if accent_id and accent_id not in {a["id"] for a in voice["accents"]}:
            raise ApiError(404, "Accent not found for this voice")
        if style_id and style_id not in {s["id"] for s in voice["narration_styles"]}:
            raise ApiError(404, "Narration style not found for this voice")

        def change(record: dict[str, Any]) -> None:
            for accent in record["accents"]:
                if accent["id"] == accent_id:
                    settings = accent.setdefault("settings", {}) or {}
                    settings["favorite"] = True
                    if "semitones_correction" in body:
                        settings["semitones_correction"] = body["semitones_correction"]
                    accent["settings"] = settings
            for style in record["narration_styles"]:
                if style["id"] == style_id:
                    style["settings"] = {**(style.get("settings") or {}), "favorite": True}

        updated = self.voices.update(voice["id"], change)
        if updated is None:
            raise ApiError(404, "Voice not found")
        return JSONResponse(updated)

    async def get_accent_samples(self, request: Request) -> Response:
        self.gate(request)
        accent_id = self.reader.query(request)["accent_id"]
        for voice in self.voices.values():
            for accent in voice["accents"]:
                if accent["id"] == accent_id:
                    samples = {
                        style["info"]["name"]: f"https://cdn.example.com/samples/{accent_id}/{style['id']}.mp3"
                        for style in voice["narration_styles"]
                    }
                    return JSONResponse({"samples": samples})
        raise ApiError(404, "Accent not found")

    def voice_routes(self) -> list[BaseRoute]:
        return [
            route("/api/v2/voices", get=self.list_voices),
            route("/api/v2/voices/search", get=self.search_voices),
            route("/api/v2/voices/favorite/{voice_id}", post=self.favorite_voice),
            route("/api/v2/voices/settings", post=self.update_voice_settings),
            route("/api/v2/accents/samples", get=self.get_accent_samples),
        ]
