"""Every spec: valid, complete (all documented operations), examples valid, conventions kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parents[2]
SLUGS = ("neuphonic", "respeecher", "nextneural", "nevox", "asyncflow")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# The documented operations of each API (the issues' lists; 84 in all). A missing one fails.
NN = "/api/voice/models/speakers"
DOCUMENTED: dict[str, set[tuple[str, str]]] = {
    "neuphonic": {
        ("GET", "/ping"), ("GET", "/voices"), ("POST", "/voices"), ("PATCH", "/voices/{voice_id}"),
        ("DELETE", "/voices/{voice_id}"), ("POST", "/sse/auth"), ("POST", "/sse/speak/{lang_code}"),
        ("GET", "/agents"), ("POST", "/agents"), ("GET", "/agents/{agent_id}"),
        ("DELETE", "/agents/{agent_id}"), ("POST", "/agents/{agent_id}/token"),
    },
    "respeecher": {
        ("POST", "/api/api-key"), ("DELETE", "/api/api-key"), ("POST", "/api/login"), ("POST", "/api/logout"),
        ("POST", "/api/calibration"), ("GET", "/api/calibration"), ("GET", "/api/calibration/{calibration_id}"),
        ("DELETE", "/api/calibration/{calibration_id}"), ("PUT", "/api/calibration/{calibration_id}/enable"),
        ("POST", "/api/calibration/auto"), ("GET", "/api/credits"), ("GET", "/api/projects"),
        ("POST", "/api/projects"), ("PATCH", "/api/projects/{project_id}"), ("DELETE", "/api/projects/{project_id}"),
        ("GET", "/api/projects/by-url"), ("GET", "/api/projects/{project_id}/export"), ("GET", "/api/folders"),
        ("POST", "/api/folders"), ("GET", "/api/folders/{folder_id}"), ("PATCH", "/api/folders/{folder_id}"),
        ("DELETE", "/api/folders/{folder_id}"), ("GET", "/api/recordings"), ("POST", "/api/recordings"),
        ("GET", "/api/recordings/originals"), ("GET", "/api/recordings/conversions"),
        ("POST", "/api/recordings/tts"), ("GET", "/api/recordings/{recording_id}"),
        ("PATCH", "/api/recordings/{recording_id}"), ("PUT", "/api/recordings/{recording_id}"),
        ("DELETE", "/api/recordings/{recording_id}"), ("GET", "/api/recordings/export"),
        ("POST", "/api/v2/recordings/tts"), ("GET", "/api/tts-voices"), ("POST", "/api/notes"),
        ("PUT", "/api/notes"), ("DELETE", "/api/notes"), ("GET", "/api/stats"), ("POST", "/api/stats/projects"),
        ("POST", "/api/stats/folders"), ("POST", "/api/v2/orders"), ("POST", "/api/v2/orders/retry/{recording_id}"),
        ("GET", "/api/v2/voices"), ("GET", "/api/v2/voices/search"), ("POST", "/api/v2/voices/favorite/{voice_id}"),
        ("POST", "/api/v2/voices/settings"), ("GET", "/api/v2/accents/samples"),
    },
    "nextneural": {
        ("GET", NN), ("POST", NN), ("GET", NN + "/{name}"), ("DELETE", NN + "/{name}"),
        ("GET", NN + "/{name}/reference"), ("GET", NN + "/{name}/dataset"), ("DELETE", NN + "/{name}/dataset"),
        ("POST", NN + "/{name}/dataset/sample"), ("POST", NN + "/{name}/deploy"), ("DELETE", NN + "/{name}/deploy"),
    },
    "nevox": {
        ("POST", "/agents"), ("POST", "/conversations"), ("GET", "/conversations/{conversation_id}"),
        ("POST", "/conversations/{conversation_id}/end"), ("POST", "/webhooks"),
    },
    "asyncflow": {
        ("GET", "/"), ("POST", "/text_to_speech"), ("POST", "/text_to_speech/with_timestamps"),
        ("POST", "/text_to_speech/streaming"), ("POST", "/voices/clone"), ("POST", "/voices"),
        ("GET", "/voices/{voice_id}"), ("PUT", "/voices/{voice_id}"), ("DELETE", "/voices/{voice_id}"),
        ("GET", "/voices/preview/{voice_id}"),
    },
}  # fmt: skip
WEBSOCKET_SPECS = ("neuphonic", "nevox", "asyncflow")


def load(slug: str, name: str = "openapi.yaml") -> dict[str, Any]:
    return yaml.safe_load((ROOT / "specs" / slug / name).read_text(encoding="utf-8"))


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def test_the_documented_operation_count_is_84() -> None:
    assert sum(len(ops) for ops in DOCUMENTED.values()) == 84


@pytest.mark.parametrize("slug", SLUGS)
def test_every_documented_operation_is_in_the_spec(slug: str) -> None:
    present = {(method, path) for method, path, _ in operations(load(slug))}
    missing = DOCUMENTED[slug] - present
    assert not missing, f"specs/{slug}/openapi.yaml lacks {sorted(missing)}"


@pytest.mark.parametrize("slug", SLUGS)
def test_spec_is_valid_openapi_3_1(slug: str) -> None:
    spec = load(slug)
    assert str(spec["openapi"]).startswith("3.1.")
    errors = [e.message for e in OpenAPIV31SpecValidator(spec).iter_errors()]
    assert errors == []


@pytest.mark.parametrize("slug", SLUGS)
def test_every_operation_has_an_operation_id_and_exactly_one_tag(slug: str) -> None:
    seen: set[str] = set()
    for method, path, op in operations(load(slug)):
        assert op.get("operationId"), f"{method} {path} has no operationId"
        assert op["operationId"] not in seen, f"duplicate operationId {op['operationId']}"
        seen.add(op["operationId"])
        assert len(op.get("tags", [])) == 1, f"{method} {path} must have exactly one tag"


def _walk(node: Any, pointer: str = "#") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            token = str(key).replace("~", "~0").replace("/", "~1")
            yield from _walk(value, f"{pointer}/{token}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


@pytest.mark.parametrize("slug", SLUGS)
def test_no_null_inside_an_enum(slug: str) -> None:
    bad = [p for p, n in _walk(load(slug)) if isinstance(n, dict) and None in (n.get("enum") or [])]
    assert bad == []


def _examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example) for every media-type and schema-level example in the spec."""
    for pointer, node in _walk(spec):
        if not isinstance(node, dict) or "schema" not in node or not isinstance(node["schema"], dict):
            continue
        schema = node["schema"]
        if "example" in node:
            yield pointer, schema, node["example"]
        for example in (node.get("examples") or {}).values():
            if isinstance(example, dict) and "value" in example:
                yield pointer, schema, example["value"]


@pytest.mark.parametrize("slug", SLUGS)
def test_every_example_is_valid_against_its_schema(slug: str) -> None:
    spec = load(slug)
    uri = f"file:///specs/{slug}/openapi.yaml"
    registry: Registry[Any] = Registry().with_resource(
        uri, Resource.from_contents({"$schema": "https://json-schema.org/draft/2020-12/schema", **spec})
    )
    found = list(_examples(spec))
    assert found, f"specs/{slug}/openapi.yaml has no examples"
    failures = []
    for where, schema, example in found:
        if schema.get("format") == "binary":
            continue
        validator = jsonschema.Draft202012Validator({"$ref": f"{uri}{where}/schema"}, registry=registry)
        errors = [e.message for e in validator.iter_errors(example)]
        if errors:
            failures.append(f"{where}: {errors[0]}")
    assert failures == []


@pytest.mark.parametrize("slug", SLUGS)
def test_every_json_response_and_body_has_an_example(slug: str) -> None:
    spec = load(slug)
    missing = []
    for method, path, op in operations(spec):
        bodies = [("request", op.get("requestBody", {}).get("content", {}))]
        for status, response in op.get("responses", {}).items():
            if "$ref" not in response:
                bodies.append((status, response.get("content", {})))
        for where, content in bodies:
            for media, obj in content.items():
                if media.endswith("json") and "example" not in obj and "examples" not in obj:
                    missing.append(f"{method} {path} {where} {media}")
    assert missing == []


@pytest.mark.parametrize("slug", SLUGS)
def test_create_operations_link_to_what_reads_and_deletes_the_resource(slug: str) -> None:
    spec = load(slug)
    links = [p for p, node in _walk(spec) if p.endswith("/links") and node]
    assert links, f"specs/{slug}/openapi.yaml has no OpenAPI links for stateful testing"
    op_ids = {op["operationId"] for _, _, op in operations(spec)}
    for pointer, node in _walk(spec):
        if pointer.endswith("/links") and isinstance(node, dict):
            for name, link in node.items():
                assert link.get("operationId") in op_ids, f"{pointer}/{name} names an unknown operation"


@pytest.mark.parametrize("slug", SLUGS)
def test_security_schemes_are_declared(slug: str) -> None:
    spec = load(slug)
    assert spec["components"]["securitySchemes"]
    assert spec.get("security"), "a top-level security requirement is expected"


@pytest.mark.parametrize("slug", WEBSOCKET_SPECS)
def test_asyncapi_documents_reference_existing_openapi_schemas(slug: str) -> None:
    asyncapi = load(slug, "asyncapi.yaml")
    assert str(asyncapi["asyncapi"]).startswith("3.")
    schemas = load(slug)["components"]["schemas"]
    refs = [n["$ref"] for _, n in _walk(asyncapi) if isinstance(n, dict) and isinstance(n.get("$ref"), str)]
    external = [r for r in refs if r.startswith("openapi.yaml#/components/schemas/")]
    assert external, "message payloads should reference the OpenAPI component schemas"
    for ref in external:
        assert ref.rsplit("/", 1)[1] in schemas, f"{ref} does not exist"
    assert asyncapi.get("channels")


def test_sse_operation_names_its_event_schema() -> None:
    spec = load("neuphonic")
    media = spec["paths"]["/sse/speak/{lang_code}"]["post"]["responses"]["200"]["content"]["text/event-stream"]
    assert media["schema"] == {"type": "string"} or media["schema"].get("type") == "string"
    ref = media["x-sse-event-schema"]["$ref"]
    assert ref.rsplit("/", 1)[1] in spec["components"]["schemas"]
