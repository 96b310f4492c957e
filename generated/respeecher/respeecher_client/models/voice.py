from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.age_group import AgeGroup
from ..models.gender import Gender
from ..models.pitch_group import PitchGroup
from ..models.species import Species
from ..models.voice_visibility import VoiceVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accent import Accent
    from ..models.narration_style import NarrationStyle
    from ..models.tier import Tier


T = TypeVar("T", bound="Voice")


@_attrs_define
class Voice:
    id: UUID
    owner_id: UUID
    name: str
    slug: str
    visibility: str | VoiceVisibility
    rating: int
    active: bool
    created_at: datetime.datetime
    accents: list[Accent]
    narration_styles: list[NarrationStyle]
    tiers: list[Tier]
    """ Subscription tiers that include the voice. """
    species: None | Species | str | Unset = UNSET
    artist: None | str | Unset = UNSET
    verified_artist: bool | None | Unset = UNSET
    gender: Gender | None | str | Unset = UNSET
    pitch: float | None | Unset = UNSET
    age_group: AgeGroup | None | str | Unset = UNSET
    pitch_group: None | PitchGroup | str | Unset = UNSET
    nationality: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    favorite: bool | Unset = False
    available: bool | Unset = False
    """ Whether the account's plan gives access to the voice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        owner_id = str(self.owner_id)

        name = self.name

        slug = self.slug

        visibility: str
        if isinstance(self.visibility, VoiceVisibility):
            visibility = self.visibility.value
        else:
            visibility = self.visibility

        rating = self.rating

        active = self.active

        created_at = self.created_at.isoformat()

        accents = []
        for accents_item_data in self.accents:
            accents_item = accents_item_data.to_dict()
            accents.append(accents_item)

        narration_styles = []
        for narration_styles_item_data in self.narration_styles:
            narration_styles_item = narration_styles_item_data.to_dict()
            narration_styles.append(narration_styles_item)

        tiers = []
        for tiers_item_data in self.tiers:
            tiers_item = tiers_item_data.to_dict()
            tiers.append(tiers_item)

        species: None | str | Unset
        if isinstance(self.species, Unset):
            species = UNSET
        elif isinstance(self.species, Species):
            species = self.species.value
        else:
            species = self.species

        artist: None | str | Unset
        if isinstance(self.artist, Unset):
            artist = UNSET
        else:
            artist = self.artist

        verified_artist: bool | None | Unset
        if isinstance(self.verified_artist, Unset):
            verified_artist = UNSET
        else:
            verified_artist = self.verified_artist

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, Gender):
            gender = self.gender.value
        else:
            gender = self.gender

        pitch: float | None | Unset
        if isinstance(self.pitch, Unset):
            pitch = UNSET
        else:
            pitch = self.pitch

        age_group: None | str | Unset
        if isinstance(self.age_group, Unset):
            age_group = UNSET
        elif isinstance(self.age_group, AgeGroup):
            age_group = self.age_group.value
        else:
            age_group = self.age_group

        pitch_group: None | str | Unset
        if isinstance(self.pitch_group, Unset):
            pitch_group = UNSET
        elif isinstance(self.pitch_group, PitchGroup):
            pitch_group = self.pitch_group.value
        else:
            pitch_group = self.pitch_group

        nationality: None | str | Unset
        if isinstance(self.nationality, Unset):
            nationality = UNSET
        else:
            nationality = self.nationality

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        favorite = self.favorite

        available = self.available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "owner_id": owner_id,
                "name": name,
                "slug": slug,
                "visibility": visibility,
                "rating": rating,
                "active": active,
                "created_at": created_at,
                "accents": accents,
                "narration_styles": narration_styles,
                "tiers": tiers,
            }
        )
        if species is not UNSET:
            field_dict["species"] = species
        if artist is not UNSET:
            field_dict["artist"] = artist
        if verified_artist is not UNSET:
            field_dict["verified_artist"] = verified_artist
        if gender is not UNSET:
            field_dict["gender"] = gender
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if age_group is not UNSET:
            field_dict["age_group"] = age_group
        if pitch_group is not UNSET:
            field_dict["pitch_group"] = pitch_group
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if description is not UNSET:
            field_dict["description"] = description
        if favorite is not UNSET:
            field_dict["favorite"] = favorite
        if available is not UNSET:
            field_dict["available"] = available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accent import Accent  # noqa: PLC0415
        from ..models.narration_style import NarrationStyle  # noqa: PLC0415
        from ..models.tier import Tier  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        owner_id = UUID(d.pop("owner_id"))

        name = d.pop("name")

        slug = d.pop("slug")

        def _parse_visibility(data: object) -> str | VoiceVisibility:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visibility_type_0 = VoiceVisibility(data)

                return visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VoiceVisibility, data)

        visibility = _parse_visibility(d.pop("visibility"))

        rating = d.pop("rating")

        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        accents = []
        _accents = d.pop("accents")
        for accents_item_data in _accents:
            accents_item = Accent.from_dict(accents_item_data)

            accents.append(accents_item)

        narration_styles = []
        _narration_styles = d.pop("narration_styles")
        for narration_styles_item_data in _narration_styles:
            narration_styles_item = NarrationStyle.from_dict(narration_styles_item_data)

            narration_styles.append(narration_styles_item)

        tiers = []
        _tiers = d.pop("tiers")
        for tiers_item_data in _tiers:
            tiers_item = Tier.from_dict(tiers_item_data)

            tiers.append(tiers_item)

        def _parse_species(data: object) -> None | Species | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                species_type_0 = Species(data)

                return species_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Species | str | Unset, data)

        species = _parse_species(d.pop("species", UNSET))

        def _parse_artist(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        artist = _parse_artist(d.pop("artist", UNSET))

        def _parse_verified_artist(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        verified_artist = _parse_verified_artist(d.pop("verified_artist", UNSET))

        def _parse_gender(data: object) -> Gender | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = Gender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gender | None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_pitch(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pitch = _parse_pitch(d.pop("pitch", UNSET))

        def _parse_age_group(data: object) -> AgeGroup | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                age_group_type_0 = AgeGroup(data)

                return age_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgeGroup | None | str | Unset, data)

        age_group = _parse_age_group(d.pop("age_group", UNSET))

        def _parse_pitch_group(data: object) -> None | PitchGroup | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pitch_group_type_0 = PitchGroup(data)

                return pitch_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PitchGroup | str | Unset, data)

        pitch_group = _parse_pitch_group(d.pop("pitch_group", UNSET))

        def _parse_nationality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nationality = _parse_nationality(d.pop("nationality", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnail_url", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        favorite = d.pop("favorite", UNSET)

        available = d.pop("available", UNSET)

        voice = cls(
            id=id,
            owner_id=owner_id,
            name=name,
            slug=slug,
            visibility=visibility,
            rating=rating,
            active=active,
            created_at=created_at,
            accents=accents,
            narration_styles=narration_styles,
            tiers=tiers,
            species=species,
            artist=artist,
            verified_artist=verified_artist,
            gender=gender,
            pitch=pitch,
            age_group=age_group,
            pitch_group=pitch_group,
            nationality=nationality,
            image_url=image_url,
            thumbnail_url=thumbnail_url,
            description=description,
            favorite=favorite,
            available=available,
        )

        voice.additional_properties = d
        return voice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
