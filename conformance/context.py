"""What every suite gets: the spec, where the server is, the credential, output, and run settings."""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httpx

from conformance.redact import Redactor
from conformance.report import Console
from conformance.spec import Operation, SecurityScheme, Spec

DEFAULT_MAX_EXAMPLES = 25


@dataclass
class RunContext:
    spec: Spec
    base_url: str
    api_key: str
    redactor: Redactor
    console: Console
    max_examples: int = DEFAULT_MAX_EXAMPLES
    seed: int | None = None
    timeout: float = 10.0
    # Host the server under test can reach this machine on (webhook receiver); loopback by default.
    callback_host: str = "127.0.0.1"
    # schemathesis phases of the http suite (None: examples, coverage, fuzzing and stateful)
    phases: list[str] | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return self.spec.slug

    def url(self, path: str) -> str:
        return self.base_url.rstrip("/") + path

    def schemes_for(self, op: Operation) -> list[list[SecurityScheme]]:
        """The operation's security alternatives, each a list of schemes to satisfy together."""
        schemes = self.spec.security_schemes
        return [[schemes[name] for name in alt if name in schemes] for alt in op.security if alt]

    def credentials(self, op: Operation | None = None) -> tuple[dict[str, str], dict[str, str]]:
        """(headers, query) carrying the key in the first documented form (the operation's, else the API's)."""
        headers: dict[str, str] = {}
        params: dict[str, str] = {}
        if op is not None:
            alternatives = self.schemes_for(op)
        else:
            schemes = self.spec.security_schemes
            alternatives = [[schemes[n] for n in alt if n in schemes] for alt in self.spec.openapi.get("security", [])]
        if alternatives:
            for scheme in alternatives[0]:
                scheme.apply(self.api_key, headers, params)
        return headers, params

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=kwargs.pop("timeout", self.timeout), **kwargs)


def curl(
    method: str,
    url: str,
    *,
    headers: dict[str, str] | None = None,
    params: dict[str, Any] | None = None,
    json_body: Any = None,
    content: bytes | None = None,
    files: dict[str, Any] | None = None,
    data: dict[str, Any] | None = None,
) -> str:
    """A copy-pasteable curl command for a request (the caller redacts it)."""
    if params:
        url = url + ("&" if "?" in url else "?") + urlencode(params, doseq=True)
    parts = ["curl", "-sS", "-X", method.upper(), shlex.quote(url)]
    for name, value in (headers or {}).items():
        parts += ["-H", shlex.quote(f"{name}: {value}")]
    if json_body is not None:
        parts += ["-H", shlex.quote("Content-Type: application/json"), "-d", shlex.quote(json.dumps(json_body))]
    elif content is not None:
        parts += ["--data-binary", shlex.quote(content.decode("utf-8", "replace")[:500])]
    for name, value in (data or {}).items():
        parts += ["-F", shlex.quote(f"{name}={value}")]
    for name in files or {}:
        parts += ["-F", shlex.quote(f"{name}=@sample.wav")]
    return " ".join(parts)


def describe_response(response: httpx.Response | None, limit: int = 600) -> str:
    if response is None:
        return "no response"
    ctype = response.headers.get("content-type", "(no Content-Type)")
    try:
        body = response.text
    except Exception:  # noqa: BLE001 - streamed or undecodable
        body = "(body not read)"
    if ctype.startswith("audio/") or "octet-stream" in ctype or "zip" in ctype:
        body = f"({len(response.content)} bytes, starts {response.content[:16]!r})"
    return f"HTTP {response.status_code} {ctype}\n{body[:limit]}"
