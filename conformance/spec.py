"""One API's specs as the suites need them: operations, security, schemas and channels.

`Spec.load(slug)` reads `specs/<slug>/openapi.yaml` and, where it exists, `asyncapi.yaml`. Schemas are
validated with JSON Schema 2020-12 through one `referencing` registry holding both documents, so an
AsyncAPI message can say `$ref: 'openapi.yaml#/components/schemas/X'` and an OpenAPI schema can use
local `#/components/...` references.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
SLUGS = ("neuphonic", "respeecher", "nextneural", "nevox", "asyncflow")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
OPENAPI_URI = "urn:voxspec:openapi.yaml"
ASYNCAPI_URI = "urn:voxspec:asyncapi.yaml"


def load_yaml(path: Path) -> Any:
    """A YAML file, through libyaml where PyYAML has it: the pure-Python loader took ~0.1 s per spec,
    a visible share of a short `conformance run` (benchmarks/README.md, section 6)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


@dataclass(frozen=True)
class SecurityScheme:
    """One way to present a credential, e.g. header `x-api-key`, query `api_key`, `Authorization: Bearer`."""

    name: str
    type: str  # apiKey | http
    location: str  # header | query | cookie
    param: str  # header/query/cookie name ("Authorization" for http schemes)
    scheme: str = ""  # bearer | basic for type http

    def apply(self, key: str, headers: dict[str, str], params: dict[str, str]) -> None:
        """Put `key` where this scheme carries it."""
        if self.type == "http":
            prefix = "Basic" if self.scheme.lower() == "basic" else "Bearer"
            headers["Authorization"] = f"{prefix} {key}"
        elif self.location == "header":
            headers[self.param] = key
        elif self.location == "query":
            params[self.param] = key
        elif self.location == "cookie":
            headers["Cookie"] = f"{self.param}={key}"

    @property
    def label(self) -> str:
        if self.type == "http":
            return f"Authorization: {self.scheme.capitalize() or 'Bearer'}"
        return f"{self.location} {self.param}"


@dataclass
class Operation:
    method: str  # upper case
    path: str
    operation_id: str
    raw: dict[str, Any]
    security: list[dict[str, list[str]]]  # effective requirement alternatives ([] = none)

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def secured(self) -> bool:
        # `[{}]` (an empty alternative) means anonymous access is allowed.
        return bool(self.security) and all(self.security)

    def statuses(self) -> list[str]:
        return [str(code) for code in self.raw.get("responses", {})]

    def documents(self, status: int) -> bool:
        codes = self.statuses()
        return str(status) in codes or f"{str(status)[0]}XX" in codes or "default" in codes


@dataclass
class Spec:
    slug: str
    openapi: dict[str, Any]
    asyncapi: dict[str, Any] | None = None
    path: Path = field(default_factory=Path)

    @classmethod
    def load(cls, slug: str, specs_dir: Path = SPECS_DIR) -> Spec:
        folder = specs_dir / slug
        openapi_path = folder / "openapi.yaml"
        if not openapi_path.is_file():
            raise FileNotFoundError(f"no spec for {slug!r}: {openapi_path} does not exist")
        openapi = load_yaml(openapi_path)
        asyncapi_path = folder / "asyncapi.yaml"
        asyncapi = load_yaml(asyncapi_path) if asyncapi_path.is_file() else None
        return cls(slug=slug, openapi=openapi, asyncapi=asyncapi, path=openapi_path)

    # -- references and validation -------------------------------------------------------------

    @functools.cached_property
    def registry(self) -> Registry:
        resources = [(OPENAPI_URI, Resource.from_contents(self.openapi, default_specification=DRAFT202012))]
        if self.asyncapi is not None:
            resources.append((ASYNCAPI_URI, Resource.from_contents(self.asyncapi, default_specification=DRAFT202012)))
        registry: Registry = Registry().with_resources(resources)
        return registry

    def resolve(self, node: Any, base: str = OPENAPI_URI) -> Any:
        """Follow `$ref`s (OpenAPI-style, whole-node) until a node without one."""
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 20:
            ref = node["$ref"]
            target = self._absolute(ref, base)
            resolved = self.registry.resolver().lookup(target)
            node, base = resolved.contents, target.split("#", 1)[0]
            seen += 1
        return node

    @staticmethod
    def _absolute(ref: str, base: str) -> str:
        if ref.startswith("#"):
            return base + ref
        if ref.startswith(("openapi.yaml", "./openapi.yaml")):
            return OPENAPI_URI + ref.split("openapi.yaml", 1)[1]
        if ref.startswith(("asyncapi.yaml", "./asyncapi.yaml")):
            return ASYNCAPI_URI + ref.split("asyncapi.yaml", 1)[1]
        return ref

    def validator(self, schema: dict[str, Any], base: str = OPENAPI_URI) -> Draft202012Validator:
        """A 2020-12 validator for `schema`, whose references resolve against `base`'s document."""
        return Draft202012Validator(_rebase(schema, base, self._absolute), registry=self.registry)

    def component_validator(self, name: str) -> Draft202012Validator:
        return self.validator({"$ref": f"#/components/schemas/{name}"})

    # -- HTTP ----------------------------------------------------------------------------------

    @property
    def security_schemes(self) -> dict[str, SecurityScheme]:
        schemes = {}
        for name, raw in (self.openapi.get("components", {}).get("securitySchemes") or {}).items():
            raw = self.resolve(raw)
            kind = raw.get("type", "")
            if kind == "apiKey":
                schemes[name] = SecurityScheme(name, kind, raw.get("in", "header"), raw.get("name", ""))
            elif kind == "http":
                schemes[name] = SecurityScheme(name, kind, "header", "Authorization", raw.get("scheme", "bearer"))
        return schemes

    def operations(self) -> Iterator[Operation]:
        top_security = self.openapi.get("security", [])
        for path, item in (self.openapi.get("paths") or {}).items():
            item = self.resolve(item)
            for method in HTTP_METHODS:
                raw = item.get(method)
                if raw is None:
                    continue
                yield Operation(
                    method=method.upper(),
                    path=path,
                    operation_id=raw.get("operationId", f"{method}_{path}"),
                    raw=raw,
                    security=raw.get("security", top_security),
                )

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations():
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)

    def parameters(self, op: Operation) -> list[dict[str, Any]]:
        item = self.resolve(self.openapi["paths"][op.path])
        params = {}
        for raw in [*item.get("parameters", []), *op.raw.get("parameters", [])]:
            raw = self.resolve(raw)
            params[(raw.get("in"), raw.get("name"))] = raw
        return list(params.values())

    def request_body(self, op: Operation) -> dict[str, Any] | None:
        body = op.raw.get("requestBody")
        return self.resolve(body) if body is not None else None

    def response(self, op: Operation, status: int | str) -> dict[str, Any] | None:
        responses = op.raw.get("responses", {})
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in responses:
                resolved: dict[str, Any] = self.resolve(responses[key])
                return resolved
        return None

    def success_media(self, op: Operation) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(status, media type, media object) of every documented 2xx response."""
        for status, raw in op.raw.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            for media_type, media in (self.resolve(raw).get("content") or {}).items():
                yield str(status), media_type, media

    def example_request(self, op: Operation) -> tuple[str | None, Any]:
        """(media type, example value) of the request body, from the spec's own examples."""
        body = self.request_body(op)
        if not body:
            return None, None
        for media_type, media in (body.get("content") or {}).items():
            for example in examples(self, media):
                return media_type, example
            return media_type, None
        return None, None

    def example_parameters(self, op: Operation) -> dict[str, dict[str, Any]]:
        """Values for the operation's parameters from their examples/defaults/enums, by location."""
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
        for param in self.parameters(op):
            where, name = str(param.get("in")), str(param.get("name"))
            if where not in values:
                continue
            value = _parameter_example(self, param)
            if value is not None:
                values[where][name] = value
        return values

    # -- AsyncAPI ------------------------------------------------------------------------------

    def channels(self) -> dict[str, dict[str, Any]]:
        if not self.asyncapi:
            return {}
        return {name: self.resolve(raw, ASYNCAPI_URI) for name, raw in (self.asyncapi.get("channels") or {}).items()}

    def webhooks(self) -> dict[str, dict[str, Any]]:
        return {name: self.resolve(raw) for name, raw in (self.openapi.get("webhooks") or {}).items()}


def _rebase(schema: Any, base: str, absolute: Any) -> Any:
    """Copy of `schema` whose `$ref`s are absolute URIs in the registry."""
    if isinstance(schema, dict):
        return {
            key: (absolute(value, base) if key == "$ref" and isinstance(value, str) else _rebase(value, base, absolute))
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_rebase(item, base, absolute) for item in schema]
    return schema


def examples(spec: Spec, media: dict[str, Any]) -> Iterator[Any]:
    if "example" in media:
        yield media["example"]
    for example in (media.get("examples") or {}).values():
        example = spec.resolve(example)
        if "value" in example:
            yield example["value"]
    schema = spec.resolve(media.get("schema") or {})
    if isinstance(schema, dict):
        if "example" in schema:
            yield schema["example"]
        for example in schema.get("examples") or []:
            yield example


def _parameter_example(spec: Spec, param: dict[str, Any]) -> Any:
    if "example" in param:
        return param["example"]
    for example in (param.get("examples") or {}).values():
        example = spec.resolve(example)
        if "value" in example:
            return example["value"]
    schema = spec.resolve(param.get("schema") or {})
    for key in ("example", "default"):
        if key in schema:
            return schema[key]
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("enum"):
        return schema["enum"][0]
    return None
