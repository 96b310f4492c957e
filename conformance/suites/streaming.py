"""HTTP audio streaming: binary operations that stream (their path or operationId says `stream`).

Named checks on the spec example (and the other documented encodings/rates):
- `stream_incremental`: audio arrives in pieces before the body is done (no up-front Content-Length,
  more than one chunk, the first one before the end);
- `stream_whole_samples`: the total length is whole samples of the requested encoding (MP3 when the
  request asks for mp3: a frame sync);
- `stream_media_type`: the Content-Type is one the operation documents.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from conformance.audio import body_problems
from conformance.context import RunContext
from conformance.report import Finding, SuiteResult
from conformance.requests import format_variants, linked_request
from conformance.spec import Operation
from conformance.suites.binary import binary_operations

DEADLINE = 30.0


def streaming_operations(spec: Any) -> list[Operation]:
    return [op for op in binary_operations(spec) if "stream" in op.path.lower() or "stream" in op.operation_id.lower()]


def applies(spec: Any) -> bool:
    return bool(streaming_operations(spec))


def check_incremental(headers: httpx.Headers, chunks: list[tuple[float, int]]) -> str | None:
    if "content-length" in headers:
        return f"a streamed body (chunked, no Content-Length); the server announced Content-Length {headers['content-length']}"
    if len(chunks) < 2:
        return f"audio in several pieces before the body is done; got {len(chunks)} piece(s)"
    if chunks[0][0] >= chunks[-1][0]:
        return "the first bytes to arrive before the last ones"
    return None


def check_whole_samples(ctype: str, body: bytes, parameters: dict[str, Any]) -> str | None:
    problems = body_problems(ctype, body, parameters)
    if not body:
        problems.append("some audio; the body was empty")
    return "; ".join(problems) if problems else None


def run(ctx: RunContext) -> SuiteResult:
    suite = SuiteResult("streaming")
    with ctx.client(timeout=httpx.Timeout(ctx.timeout, read=DEADLINE)) as client:
        for op in streaming_operations(ctx.spec):
            suite.checked(op.label)
            documented = [media.lower() for _, media, _ in ctx.spec.success_media(op)]
            request, setup = linked_request(ctx, op, client)
            headers, params = ctx.credentials(op)
            for variant in format_variants(ctx, request):
                start = time.monotonic()
                chunks: list[tuple[float, int]] = []
                body = bytearray()
                try:
                    with variant.send_stream(client, headers=headers, params=params) as response:
                        for chunk in response.iter_raw():
                            if chunk:
                                chunks.append((time.monotonic() - start, len(chunk)))
                                body.extend(chunk)
                        status, response_headers = response.status_code, response.headers
                except httpx.HTTPError as exc:
                    suite.errors.append(f"{op.label}: request failed: {exc!r}")
                    continue
                suite.cases += 1
                reproducer = "\n".join(
                    [*setup, variant.curl(ctx.base_url, headers=headers, params=params) + " --no-buffer"]
                )
                ctype = response_headers.get("content-type", "").split(";")[0].strip().lower()
                if not 200 <= status < 300:
                    suite.add(
                        Finding(
                            "streaming",
                            "stream_valid_request_accepted",
                            op.label,
                            "spec example refused",
                            "a 2xx audio stream for the spec's example",
                            f"HTTP {status} {ctype}\n{bytes(body[:400])!r}",
                            reproducer,
                        )
                    )
                    ctx.console.tick("F")
                    continue
                problems = [
                    (
                        "stream_media_type",
                        None if ctype in documented else f"one of {', '.join(documented)}, got {ctype}",
                    ),
                    ("stream_incremental", check_incremental(response_headers, chunks)),
                    ("stream_whole_samples", check_whole_samples(ctype, bytes(body), variant.parameters())),
                ]
                received = (
                    f"HTTP {status} {ctype}, {len(body)} bytes in {len(chunks)} pieces over "
                    f"{(chunks[-1][0] - chunks[0][0]) if chunks else 0:.3f}s; Content-Length: "
                    f"{response_headers.get('content-length', '(none)')}"
                )
                failed = False
                for check, problem in problems:
                    if problem:
                        failed = True
                        suite.add(
                            Finding(
                                "streaming",
                                check,
                                op.label,
                                f"audio stream breaks `{check}`",
                                problem,
                                received,
                                reproducer,
                            )
                        )
                ctx.console.tick("F" if failed else ".")
    return suite
