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
                "id": fixed_id(f"voice/{slug}"),
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
                "narration_styles": [_style(slug, style, default=i == 0) for i, style in enumerate(styles)],
                "tiers": [{"name": "basic"}] if visibility != "paid" else [{"name": "pro"}],
            }
        )
    return result


def tts_voices() -> list[dict[str, Any]]:
    return [
        {"id": fixed_id("tts/joanna"), "visibility": "public", "name": "Joanna", "f0": 190.0, "is_default": True},
        {"id": fixed_id("tts/matthew"), "visibility": "public", "name": "Matthew", "f0": 110.0, "is_default": False},
        {"id": fixed_id("tts/private"), "visibility": "private", "name": "My TTS", "f0": None, "is_default": False},
    ]
