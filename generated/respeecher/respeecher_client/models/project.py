from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_models import ProjectModels


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    name: str
    slug: str
    owner: UUID
    """ A user or group id. """
    url: str
    """ Path-like address of the project, usable with `get_project_by_url`. """
    models: ProjectModels
    """ Legacy per-project model parameters (`{model_id: {param_id: value}}`). The docs say the
    field is no longer used; send `{}`.
     """
    id: UUID
    active: bool
    created_at: datetime.datetime
    last_recording_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        owner = str(self.owner)

        url = self.url

        models = self.models.to_dict()

        id = str(self.id)

        active = self.active

        created_at = self.created_at.isoformat()

        last_recording_at = self.last_recording_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "slug": slug,
                "owner": owner,
                "url": url,
                "models": models,
                "id": id,
                "active": active,
                "created_at": created_at,
                "last_recording_at": last_recording_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_models import ProjectModels  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        slug = d.pop("slug")

        owner = UUID(d.pop("owner"))

        url = d.pop("url")

        models = ProjectModels.from_dict(d.pop("models"))

        id = UUID(d.pop("id"))

        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        last_recording_at = datetime.datetime.fromisoformat(d.pop("last_recording_at"))

        project = cls(
            name=name,
            slug=slug,
            owner=owner,
            url=url,
            models=models,
            id=id,
            active=active,
            created_at=created_at,
            last_recording_at=last_recording_at,
        )

        project.additional_properties = d
        return project

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
