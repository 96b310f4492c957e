"""Binary: every operation that answers audio or a zip is called (with its spec example, and with the
other documented sample rates/encodings), and what comes back must be what its media type says.

Checks: `binary_media_type` (the Content-Type is one the operation documents), `binary_body_conformance`
(a WAV opens with `wave` and has the requested rate and sample width, MP3 has a frame sync, raw PCM
is whole samples, a zip opens with `zipfile`). Operations that need an existing resource get one
through the spec's links (create -> read). The same body check also runs on every schemathesis case.
"""

from __future__ import annotations

from typing import Any

import httpx

from conformance.audio import body_problems
from conformance.context import RunContext, describe_response
from conformance.report import Finding, SuiteResult
from conformance.requests import format_variants, linked_request
from conformance.spec import Operation

BINARY_PREFIXES = ("audio/", "application/zip", "application/octet-stream")


def binary_operations(spec: Any) -> list[Operation]:
    return [
        op
        for op in spec.operations()
        if any(media.startswith(BINARY_PREFIXES) for _, media, _ in spec.success_media(op))
    ]


def applies(spec: Any) -> bool:
    return bool(binary_operations(spec))


def check_media_type(op: Operation, documented: list[str], response: httpx.Response) -> str | None:
    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in [d.lower() for d in documented]:
        return f"Content-Type one of {', '.join(documented)}, got {ctype or '(none)'}"
    return None


def check_body(request_parameters: dict[str, Any], response: httpx.Response) -> str | None:
    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
    problems = body_problems(ctype, response.content, request_parameters)
    return "; ".join(problems) if problems else None


def run(ctx: RunContext) -> SuiteResult:
    suite = SuiteResult("binary")
    with ctx.client() as client:
        for op in binary_operations(ctx.spec):
            documented = [media for status, media, _ in ctx.spec.success_media(op)]
            request, setup = linked_request(ctx, op, client)
            headers, params = ctx.credentials(op)
            suite.checked(op.label)
            for variant in format_variants(ctx, request):
                try:
                    response = variant.send(client, headers=headers, params=params)
                except httpx.HTTPError as exc:
                    suite.errors.append(f"{op.label}: request failed: {exc!r}")
                    continue
                suite.cases += 1
                reproducer = "\n".join([*setup, variant.curl(ctx.base_url, headers=headers, params=params)])
                if not response.is_success:
                    ctx.console.tick("s")
                    continue
                failed = False
                for check, problem in (
                    ("binary_media_type", check_media_type(op, documented, response)),
                    ("binary_body_conformance", check_body(variant.parameters(), response)),
                ):
                    if problem:
                        failed = True
                        suite.add(
                            Finding(
                                "binary",
                                check,
                                op.label,
                                "audio/zip body is not what it claims",
                                problem,
                                describe_response(response),
                                reproducer,
                            )
                        )
                ctx.console.tick("F" if failed else ".")
    return suite
