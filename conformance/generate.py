"""Hypothesis strategies for the small JSON Schemas of WebSocket messages.

hypothesis-jsonschema 0.23.1 does not run on the pinned hypothesis 6.170 (it calls a removed
internal), so the suite builds its own: types, enum/const, string and number bounds, objects with
required and optional properties, arrays, anyOf/oneOf and `$ref` into the spec. Every value is
filtered through the 2020-12 validator, so what comes out is valid whatever the builder missed.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from conformance.spec import Spec

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=40)


def strategy(spec: Spec, schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    validator = spec.validator(schema) if depth == 0 else None
    built = _build(spec, schema, depth)
    return built.filter(validator.is_valid) if validator is not None else built


def _build(spec: Spec, schema: Any, depth: int) -> st.SearchStrategy[Any]:
    schema = spec.resolve(schema)
    if schema is True or schema == {}:
        return st.one_of(st.none(), st.booleans(), st.integers(-1000, 1000), TEXT)
    if schema is False or depth > 8:
        return st.nothing()
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of([_build(spec, sub, depth + 1) for sub in schema[key]])
    if "allOf" in schema:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for sub in schema["allOf"]:
            sub = spec.resolve(sub)
            merged.setdefault("properties", {}).update(sub.get("properties") or {})
            merged["required"] = [*merged.get("required", []), *(sub.get("required") or [])]
            merged.setdefault("type", sub.get("type"))
        return _build(spec, merged, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([_build(spec, {**schema, "type": k}, depth + 1) for k in kind])
    if kind == "string":
        low = schema.get("minLength", 0)
        return st.text(
            alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
            min_size=low,
            max_size=max(low, min(schema.get("maxLength", 40), 40)),
        )
    if kind == "integer":
        return st.integers(schema.get("minimum"), schema.get("maximum"))
    if kind == "number":
        return st.floats(schema.get("minimum"), schema.get("maximum"), allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        return st.lists(
            _build(spec, schema.get("items", {}), depth + 1),
            min_size=schema.get("minItems", 0),
            max_size=min(schema.get("maxItems", 3), 3),
        )
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        fixed = {name: _build(spec, properties[name], depth + 1) for name in required if name in properties}
        optional = {name: _build(spec, prop, depth + 1) for name, prop in properties.items() if name not in required}
        return st.fixed_dictionaries(fixed, optional=optional)
    return st.one_of(st.none(), st.booleans(), st.integers(-1000, 1000), TEXT)
