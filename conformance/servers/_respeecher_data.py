"""Fixed catalogue data of the Respeecher reference server: the user, marketplace voices, TTS voices.

Ids are fixed so that tests and examples can name them; every record validates against the spec's
schemas (`User`, `Voice`, `TtsVoice`).
"""

from __future__ import annotations

import uuid
from typing import Any

USER_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"  # the id in the spec's examples
BUCKET = "users-eu"
CATALOG_CREATED = "2024-01-10T09:00:00Z"
_NS = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")


def fixed_id(name: str) -> str:
    return str(uuid.uuid5(_NS, f"respeecher/{name}"))


def user(email: str) -> dict[str, Any]:
    return {
        "id": USER_ID,
        "email": email,
        "verified": True,
        "username": email.split("@", 1)[0],
        "first_name": "Test",
        "last_name": "User",
        "roles": ["user"],
        "groups": [{"id": fixed_id("group/studio"), "name": "studio-team"}],
        "data": {
            "bucket": BUCKET,
            "calibration": None,
            "rate_limits": {"fast": {"times": 500, "seconds": 300}, "slow": {"times": 100, "seconds": 300}},
            "permissions": {
                "long_conversions": False,
                "download": True,
                "can_read": True,
                "can_write": True,
                "access_level": None,
            },
            "experimental": False,
        },
    }


def _accent(voice: str, name: str, short: str, locale: str, default: bool) -> dict[str, Any]:
    return {
        "id": fixed_id(f"accent/{voice}/{short}"),
        "is_default": default,
        "native": default,
        "info": {"name": name, "short_name": short, "locale": locale},
        "tiers": [{"name": "basic"}],
        "available": True,
        "settings": {"favorite": False, "semitones_correction": 0},
    }


def _style(voice: str, name: str, default: bool) -> dict[str, Any]:
    return {
        "id": fixed_id(f"style/{voice}/{name}"),
        "is_default": default,
        "info": {"name": name},
        "tags": [{"name": name.lower()}],
        "settings": {"favorite": False},
    }


# (slug, name, visibility, species, gender, age_group, pitch_group, pitch, nationality, rating, accents, styles)
_VOICES: tuple[tuple[Any, ...], ...] = (
    (
        "nora",
        "Nora",
        "public",
        "human",
        "female",
        "young",
        "mid",
        200.0,
        "irish",
        95,
        [("Irish English", "en-IE", "en-IE")],
        ["Neutral", "Conversational"],
    ),
    (
        "amelia",
        "Amelia",
        "public",
        "human",
        "female",
        "adult",
        "mid",
        210.0,
        "british",
        92,
        [("British English", "en-GB", "en-GB")],
        ["Neutral", "Narration"],
    ),
    (
        "marcus",
        "Marcus",
        "public",
        "human",
        "male",
        "adult",
        "low",
        105.0,
        "american",
        88,
        [("American English", "en-US", "en-US"), ("Southern", "en-US-south", "en-US")],
        ["Neutral"],
    ),
    (
        "lily",
        "Lily",
        "kids",
        "human",
        "female",
        "child",
        "high",
        290.0,
        "american",
        75,
        [("American English", "en-US", "en-US")],
        ["Playful"],
    ),
    (
        "otto",
        "Otto",
        "paid",
        "human",
        "male",
        "senior",
        "low",
        95.0,
        "german",
        81,
        [("German", "de-DE", "de-DE")],
        ["Neutral", "Storytelling"],
    ),
    ("rex", "Rex", "public", "animal", None, None, "low", 80.0, None, 60, [("Growl", "growl", "en-US")], ["Neutral"]),
    (
        "nova",
        "Nova",
        "private",
        "other",
        None,
        "young",
        "high",
        250.0,
        None,
        70,
        [("Synthetic", "synth", "en-US")],
        ["Neutral"],
    ),
)


# Ids the spec's request examples use, so that those examples work against a fresh server.
EXAMPLE_PROJECT = "7d2c4e1a-9b3f-4a8e-b6d5-0c1f2e3a4b5c"
EXAMPLE_FOLDER = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
EXAMPLE_RECORDING = "9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"
EXAMPLE_TTS_VOICE = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d"
EXAMPLE_VOICE = "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f"
EXAMPLE_ACCENT = "8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b"
EXAMPLE_EMAIL = "jane@example.com"
EXAMPLE_PASSWORD = "correct-horse-battery-staple"


def voices() -> list[dict[str, Any]]:
    result = []
    for index, (
        slug,
        name,
        visibility,
        species,
        gender,
        age,
        pitch_group,
        pitch,
        nationality,
        rating,
        accents,
        styles,
    ) in enumerate(_VOICES):
        result.append(
            {
                "id": EXAMPLE_VOICE if slug == "nora" else fixed_id(f"voice/{slug}"),
                "owner_id": fixed_id("owner/respeecher"),
                "name": name,
                "slug": slug,
                "visibility": visibility,
                "species": species,
                "artist": None,
                "verified_artist": False,
                "gender": gender,
                "pitch": pitch,
                "age_group": age,
                "pitch_group": pitch_group,
                "nationality": nationality,
                "image_url": f"https://cdn.example.com/voices/{slug}.png",
                "thumbnail_url": f"https://cdn.example.com/voices/{slug}-thumb.png",
                "rating": rating,
                "active": True,
                "created_at": f"2024-01-{10 + index:02d}T09:00:00Z",
                "favorite": False,
                "available": visibility != "paid",
                "accents": [_accent(slug, *accent, default=i == 0) for i, accent in enumerate(accents)],
                **(
                    {"accents": [{**_accent(slug, *accents[0], default=True), "id": EXAMPLE_ACCENT}]}
                    if slug == "nora"
                    else {}
                ),
                "narration_styles": [_style(slug, style, default=i == 0) for i, style in enumerate(styles)],
                "tiers": [{"name": "basic"}] if visibility != "paid" else [{"name": "pro"}],
            }
        )
    return result


def tts_voices() -> list[dict[str, Any]]:
    return [
        {"id": fixed_id("tts/joanna"), "visibility": "public", "name": "Joanna", "f0": 190.0, "is_default": True},
        {"id": EXAMPLE_TTS_VOICE, "visibility": "public", "name": "Nora TTS", "f0": 200.0, "is_default": False},
        {"id": fixed_id("tts/matthew"), "visibility": "public", "name": "Matthew", "f0": 110.0, "is_default": False},
        {"id": fixed_id("tts/private"), "visibility": "private", "name": "My TTS", "f0": None, "is_default": False},
    ]
