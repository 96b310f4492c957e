from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_models import ProjectModels


T = TypeVar("T", bound="ProjectCreate")


@_attrs_define
class ProjectCreate:
    """`models` is required by the vendor document although the docs call it unused (their
    example omits it and the official client sends `{}`).

    """

    name: str
    owner: UUID
    """ A user or group id. """
    models: ProjectModels
    """ Legacy per-project model parameters (`{model_id: {param_id: value}}`). The docs say the
    field is no longer used; send `{}`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner = str(self.owner)

        models = self.models.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "owner": owner,
                "models": models,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_models import ProjectModels  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        owner = UUID(d.pop("owner"))

        models = ProjectModels.from_dict(d.pop("models"))

        project_create = cls(
            name=name,
            owner=owner,
            models=models,
        )

        project_create.additional_properties = d
        return project_create

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
