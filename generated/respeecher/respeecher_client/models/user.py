from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group
    from ..models.user_data import UserData


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    id: UUID
    email: str
    verified: bool
    username: str
    roles: list[Role | str]
    groups: list[Group]
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    data: None | Unset | UserData = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_data import UserData  # noqa: PLC0415

        id = str(self.id)

        email = self.email

        verified = self.verified

        username = self.username

        roles = []
        for roles_item_data in self.roles:
            roles_item: str
            if isinstance(roles_item_data, Role):
                roles_item = roles_item_data.value
            else:
                roles_item = roles_item_data
            roles.append(roles_item)

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, UserData):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "verified": verified,
                "username": username,
                "roles": roles,
                "groups": groups,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group import Group  # noqa: PLC0415
        from ..models.user_data import UserData  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        email = d.pop("email")

        verified = d.pop("verified")

        username = d.pop("username")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:

            def _parse_roles_item(data: object) -> Role | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    roles_item_type_0 = Role(data)

                    return roles_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Role | str, data)

            roles_item = _parse_roles_item(roles_item_data)

            roles.append(roles_item)

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = Group.from_dict(groups_item_data)

            groups.append(groups_item)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_data(data: object) -> None | Unset | UserData:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = UserData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserData, data)

        data = _parse_data(d.pop("data", UNSET))

        user = cls(
            id=id,
            email=email,
            verified=verified,
            username=username,
            roles=roles,
            groups=groups,
            first_name=first_name,
            last_name=last_name,
            data=data,
        )

        user.additional_properties = d
        return user

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
