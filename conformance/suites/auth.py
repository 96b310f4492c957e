"""Auth: every secured operation refuses a missing or wrong credential in each documented form, accepts
the right one in each form, and answers refusals with a documented status and error body.

The forms come from the spec's `securitySchemes` (header, query, cookie, `Authorization: Bearer`); an
adapter supplies credentials that are not the API key itself (e.g. a JWT obtained from the API).
"""

from __future__ import annotations

from typing import Any

import httpx

from conformance import adapters
from conformance.context import RunContext, describe_response
from conformance.report import Finding, SuiteResult
from conformance.requests import Request, example_request
from conformance.spec import Operation

REFUSED = (401, 403)
WRONG = "wrong-credential-0000"


def applies(spec: Any) -> bool:
    return any(op.secured for op in spec.operations())


def check_refused(response: httpx.Response) -> str | None:
    """auth_refused: a request without a valid credential gets 401 or 403."""
    if response.status_code not in REFUSED:
        return f"401 or 403, got {response.status_code}"
    return None


def check_accepted(response: httpx.Response, refused: httpx.Response | None) -> str | None:
    """auth_accepted: the right credential in a documented form is not refused.

    A 401 is a refusal. A 403 is one only when it is the answer a wrong credential gets too: APIs
    also use 403 for objects the (authenticated) caller may not touch, e.g. "Project not found".
    """
    if response.status_code == 401:
        return "not 401, got 401"
    same_refusal = refused is not None and refused.status_code == 403 and _body(refused) == _body(response)
    if response.status_code == 403 and same_refusal:
        return "an answer other than the wrong credential's 403, got the same 403"
    return None


def _body(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


def check_refusal_documented(ctx: RunContext, op: Operation, response: httpx.Response) -> str | None:
    """auth_error_documented: the refusal's status is documented and its body matches the documented schema."""
    if response.status_code not in REFUSED:
        return None
    if not op.documents(response.status_code):
        return f"a documented status ({', '.join(op.statuses())}), got {response.status_code}"
    documented = ctx.spec.response(op, response.status_code) or {}
    content = documented.get("content") or {}
    ctype = response.headers.get("content-type", "").split(";")[0].strip()
    if not content:
        return None
    if ctype not in content:
        return f"Content-Type one of {', '.join(content)}, got {ctype or '(none)'}"
    schema = content[ctype].get("schema")
    if schema and "json" in ctype:
        try:
            body = response.json()
        except ValueError:
            return "a JSON error body, got invalid JSON"
        errors = sorted(ctx.spec.validator(schema).iter_errors(body), key=lambda e: e.path)
        if errors:
            return f"an error body valid against the documented schema: {errors[0].message}"
    return None


def run(ctx: RunContext) -> SuiteResult:
    suite = SuiteResult("auth")
    adapter = adapters.get(ctx.slug)
    with ctx.client() as client:
        for op in ctx.spec.operations():
            if not op.secured:
                continue
            suite.checked(op.label)
            request = example_request(ctx, op)
            findings_before = len(suite.findings)
            _probe(ctx, suite, client, op, request, "no credential", {}, {})
            schemes = [scheme for alt in ctx.schemes_for(op) for scheme in alt]
            for scheme in schemes:
                headers: dict[str, str] = {}
                params: dict[str, str] = {}
                scheme.apply(WRONG, headers, params)
                refused = _probe(
                    ctx, suite, client, op, request, f"wrong credential in {scheme.label}", headers, params
                )
                if op.operation_id in adapter.excluded_from_fuzzing:
                    continue
                credential = adapter.credential(ctx, scheme)
                if credential is None:
                    continue
                ctx.redactor.add(credential)
                headers, params = {}, {}
                scheme.apply(credential, headers, params)
                response = _send(ctx, suite, client, request, headers, params)
                if response is None:
                    continue
                suite.cases += 1
                problem = check_accepted(response, refused)
                if problem:
                    _finding(
                        ctx,
                        suite,
                        "auth_accepted",
                        op,
                        f"valid credential in {scheme.label} refused",
                        problem,
                        response,
                        request,
                        headers,
                        params,
                    )
            ctx.console.tick("F" if len(suite.findings) > findings_before else ".")
    return suite


def _send(
    ctx: RunContext,
    suite: SuiteResult,
    client: httpx.Client,
    request: Request,
    headers: dict[str, str],
    params: dict[str, str],
) -> httpx.Response | None:
    try:
        response = request.send(client, headers=headers, params=params, stream=True)
        try:
            response.read() if _small(response) else None
        finally:
            response.close()
        return response
    except httpx.HTTPError as exc:
        suite.errors.append(f"{request.op.label}: request failed: {exc!r}")
        return None


def _small(response: httpx.Response) -> bool:
    return "text/event-stream" not in response.headers.get("content-type", "") or response.status_code in REFUSED


def _probe(
    ctx: RunContext,
    suite: SuiteResult,
    client: httpx.Client,
    op: Operation,
    request: Request,
    form: str,
    headers: dict[str, str],
    params: dict[str, str],
) -> httpx.Response | None:
    """Send without a valid credential; report `auth_refused` / `auth_error_documented`; return the answer."""
    response = _send(ctx, suite, client, request, headers, params)
    if response is None:
        return None
    suite.cases += 1
    problem = check_refused(response)
    if problem:
        _finding(
            ctx,
            suite,
            "auth_refused",
            op,
            f"request with {form} not refused",
            problem,
            response,
            request,
            headers,
            params,
        )
    problem = check_refusal_documented(ctx, op, response)
    if problem:
        _finding(
            ctx,
            suite,
            "auth_error_documented",
            op,
            f"refusal ({form}) not as documented",
            problem,
            response,
            request,
            headers,
            params,
        )
    return response


def _finding(
    ctx: RunContext,
    suite: SuiteResult,
    check: str,
    op: Operation,
    title: str,
    expected: str,
    response: httpx.Response,
    request: Request,
    headers: dict[str, str],
    params: dict[str, str],
) -> None:
    try:
        received = describe_response(response)
    except httpx.ResponseNotRead:
        received = f"HTTP {response.status_code} {response.headers.get('content-type', '')}"
    suite.add(
        Finding(
            "auth",
            check,
            op.label,
            title,
            expected,
            received,
            request.curl(ctx.base_url, headers=headers, params=params),
        )
    )
