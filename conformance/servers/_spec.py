"""Request rules of one API, read from `specs/<slug>/openapi.yaml` so they are never restated by hand.

The reference servers validate bodies, query strings, headers and WebSocket messages against the
same JSON Schemas the generated clients and the conformance suites use. A schema is checked with
JSON Schema 2020-12 (what OpenAPI 3.1 schemas are); local `#/components/...` references resolve
because each compiled validator carries the spec's `components` next to the schema it checks.
"""

from __future__ import annotations

import functools
import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from conformance.spec import load_yaml

SPECS_DIR = Path(__file__).resolve().parents[2] / "specs"
_MAX_PROBLEMS = 20
_MAX_MESSAGE = 200
_INT = re.compile(r"^[+-]?\d+$")


@dataclass(frozen=True)
class Problem:
    """One validation failure, in the terms FastAPI uses (`loc`, `msg`, `type`)."""

    loc: tuple[str | int, ...]
    msg: str
    type: str

    def as_fastapi(self) -> dict[str, Any]:
        return {"loc": list(self.loc), "msg": self.msg, "type": self.type}

    def dotted(self) -> str:
        """`output_format.sample_rate` style path without the location prefix (body/query/...)."""
        return ".".join(str(part) for part in self.loc[1:]) or str(self.loc[0] if self.loc else "")


class RequestInvalid(Exception):
    """Raised by the request helpers; the error handling turns it into the API's validation error."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)[:_MAX_PROBLEMS]
        super().__init__("; ".join(f"{p.dotted()}: {p.msg}" for p in self.problems))


def _short(text: str) -> str:
    # jsonschema messages repeat the offending value, which can be a megabyte-long string.
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 3] + "..."


def _problems(error: ValidationError, base: tuple[str | int, ...]) -> list[Problem]:
    loc = base + tuple(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [name for name in error.validator_value if name not in error.instance]
        if missing:
            # FastAPI reports each missing field on its own, at its own location.
            return [Problem(loc + (name,), "Field required", "missing") for name in missing]
    if error.validator == "additionalProperties":
        return [Problem(loc, _short(error.message), "extra_forbidden")]
    return [Problem(loc, _short(error.message), str(error.validator))]


class ApiSpec:
    """One OpenAPI document plus cached validators for its schemas."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._components = document.get("components", {})
        self._validators: dict[str, Draft202012Validator] = {}
        self._lock = threading.Lock()

    @classmethod
    def load(cls, slug: str) -> ApiSpec:
        return _load(slug)

    # ------------------------------------------------------------------ lookup
    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s (parameters, responses, request bodies) to the node they name."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 16:
            node = self.pointer(node["$ref"])
            seen += 1
        return node

    def pointer(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise KeyError(f"only local references are supported: {ref}")
        node: Any = self.document
        for raw in ref[2:].split("/"):
            node = node[raw.replace("~1", "/").replace("~0", "~")]
        return node

    def schema(self, name: str) -> dict[str, Any]:
        return self._components["schemas"][name]

    def has_schema(self, name: str) -> bool:
        return name in self._components.get("schemas", {})

    def operation(self, method: str, path: str) -> dict[str, Any] | None:
        item = self.document.get("paths", {}).get(path)
        if not isinstance(item, dict):
            return None
        method = method.lower()
        if method == "head" and "head" not in item:
            method = "get"
        op = item.get(method)
        return op if isinstance(op, dict) else None

    def parameters(self, method: str, path: str) -> list[dict[str, Any]]:
        """Path-level and operation-level parameters, the operation's winning on (name, in)."""
        item = self.document.get("paths", {}).get(path, {})
        op = self.operation(method, path) or {}
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in list(item.get("parameters", [])) + list(op.get("parameters", [])):
            param = self.resolve(raw)
            merged[(param["name"], param["in"])] = param
        return list(merged.values())

    def documented_statuses(self, method: str, path: str) -> set[str]:
        op = self.operation(method, path) or {}
        return {str(code) for code in op.get("responses", {})}

    def documents(self, method: str, path: str, status: int) -> bool:
        codes = self.documented_statuses(method, path)
        return str(status) in codes or f"{str(status)[0]}XX" in codes or "default" in codes

    def body_schema(self, method: str, path: str, media_type: str) -> tuple[dict[str, Any] | None, bool]:
        """(schema, required) of the operation's request body for `media_type`; (None, False) if none."""
        op = self.operation(method, path) or {}
        body = self.resolve(op.get("requestBody"))
        if not isinstance(body, dict):
            return None, False
        content = body.get("content", {})
        media = content.get(media_type)
        if media is None:
            return None, bool(body.get("required", False))
        return media.get("schema", {}), bool(body.get("required", False))

    def body_media_types(self, method: str, path: str) -> list[str]:
        op = self.operation(method, path) or {}
        body = self.resolve(op.get("requestBody"))
        return list(body.get("content", {})) if isinstance(body, dict) else []

    def warm(self) -> None:
        """Compile every request-body and component validator now, so no request pays for it later."""
        for path, item in self.document.get("paths", {}).items():
            for method in ("get", "put", "post", "delete", "patch"):
                if isinstance(item, dict) and method in item:
                    for media in self.body_media_types(method, path):
                        self.check_body(method, path, {}, media)
        for name in self._components.get("schemas", {}):
            self.check_named(name, {})

    # ------------------------------------------------------------------ validation
    def _validator(self, key: str, schema: dict[str, Any]) -> Draft202012Validator:
        with self._lock:
            validator = self._validators.get(key)
            if validator is None:
                # `components` beside the schema makes `#/components/...` resolve inside this root.
                root = {"components": self._components, "allOf": [schema]}
                validator = Draft202012Validator(root, format_checker=_FORMATS)
                self._validators[key] = validator
            return validator

    def check(self, schema: dict[str, Any], instance: Any, loc: tuple[str | int, ...], *, key: str) -> list[Problem]:
        validator = self._validator(key, schema)
        errors = sorted(validator.iter_errors(instance), key=lambda e: [str(part) for part in e.absolute_path])
        return [problem for error in errors[:_MAX_PROBLEMS] for problem in _problems(error, loc)][:_MAX_PROBLEMS]

    def check_named(self, name: str, instance: Any, loc: tuple[str | int, ...] = ("body",)) -> list[Problem]:
        """Validate against `components/schemas/<name>`."""
        return self.check({"$ref": f"#/components/schemas/{name}"}, instance, loc, key=f"schema:{name}")

    def check_body(self, method: str, path: str, body: Any, media_type: str = "application/json") -> list[Problem]:
        schema, _required = self.body_schema(method, path, media_type)
        if schema is None:
            return []
        return self.check(schema, body, ("body",), key=f"body:{method.lower()} {path} {media_type}")

    def schema_types(self, schema: Any) -> set[str]:
        """Every JSON type a (possibly composed) schema admits; used to coerce query strings."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return set()
        types: set[str] = set()
        declared = schema.get("type")
        if isinstance(declared, str):
            types.add(declared)
        elif isinstance(declared, list):
            types.update(t for t in declared if isinstance(t, str))
        if "const" in schema:
            types.add(_json_type(schema["const"]))
        for value in schema.get("enum", []) or []:
            types.add(_json_type(value))
        for keyword in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(keyword, []) or []:
                types |= self.schema_types(sub)
        return types

    def coerce(self, raw: list[str], schema: Any) -> Any:
        """Turn query-string/header text into the JSON value the schema expects (as FastAPI does)."""
        schema = self.resolve(schema) or {}
        types = self.schema_types(schema)
        if "array" in types:
            items = schema.get("items", {}) if isinstance(schema, dict) else {}
            return [self.coerce([value], items) for value in raw]
        value = raw[-1]
        if "integer" in types and _INT.match(value.strip()):
            return int(value)
        if "number" in types:
            try:
                number = float(value)
            except ValueError:
                pass
            else:
                if math.isfinite(number):
                    return int(number) if _INT.match(value.strip()) else number
        if "boolean" in types and value.lower() in ("true", "false", "1", "0"):
            return value.lower() in ("true", "1")
        if "null" in types and value == "" and "string" not in types:
            return None
        return value

    def check_params(
        self,
        method: str,
        path: str,
        location: str,
        raw: Mapping[str, list[str]],
        *,
        blank_as_missing: bool = False,
        skip: Iterable[str] = (),
    ) -> tuple[dict[str, Any], list[Problem]]:
        """Coerce and validate the parameters of one location (`query`, `header`, `path`)."""
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        skipped = {name.lower() for name in skip}
        for param in self.parameters(method, path):
            if param["in"] != location or param["name"].lower() in skipped:
                continue
            name = param["name"]
            texts = raw.get(name.lower() if location == "header" else name)
            if texts and blank_as_missing:
                texts = [text for text in texts if text != ""]
            schema = param.get("schema", {})
            if not texts:
                if param.get("required"):
                    problems.append(Problem((location, name), "Field required", "missing"))
                else:
                    default = self.resolve(schema).get("default") if isinstance(self.resolve(schema), dict) else None
                    if default is not None:
                        values[name] = default
                continue
            value = self.coerce(texts, schema)
            key = f"param:{method.lower()} {path} {location} {name}"
            found = self.check(schema, value, (location, name), key=key)
            problems.extend(found)
            if not found:
                values[name] = value
        return values, problems

    def coerce_object(self, raw: Mapping[str, list[str]], schema: Any) -> dict[str, Any]:
        """Coerce a flat text mapping (a query string, multipart text fields) by the object's properties."""
        schema = self.resolve(schema) or {}
        properties = _collect_properties(self, schema)
        return {name: self.coerce(texts, properties.get(name, {})) for name, texts in raw.items() if texts}


_FORMATS = FormatChecker()


@_FORMATS.checks("uri", raises=ValueError)
def _is_uri(value: object) -> bool:
    """An absolute URI with a scheme and something after it (jsonschema skips `uri` without rfc3987)."""
    if not isinstance(value, str):
        return True
    if any(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in value):
        return False
    parts = urlsplit(value)
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*$", parts.scheme or ""):
        return False
    if parts.scheme.lower() in ("http", "https", "ws", "wss"):
        return bool(parts.hostname)
    return bool(parts.netloc or parts.path)


def _collect_properties(spec: ApiSpec, schema: Any) -> dict[str, Any]:
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return {}
    props = dict(schema.get("properties", {}))
    for keyword in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(keyword, []) or []:
            for name, value in _collect_properties(spec, sub).items():
                props.setdefault(name, value)
    return props


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


@functools.cache
def _load(slug: str) -> ApiSpec:
    path = SPECS_DIR / slug / "openapi.yaml"
    if not path.is_file():
        raise FileNotFoundError(f"no spec for {slug!r}: {path} does not exist")
    return ApiSpec(load_yaml(path))
