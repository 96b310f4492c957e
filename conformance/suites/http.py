"""HTTP operations through schemathesis 4.32.5: examples, coverage and fuzzing (positive and negative
data), then stateful sequences along the spec's links.

The engine runs in-process (the same engine as `schemathesis run`); its events become progress ticks,
and every failed check becomes a `Finding` with the check's name, the operation, what was expected and
received, and the curl that reproduces it. Findings of the stateful phase go to the `stateful` suite.
"""

from __future__ import annotations

import time
from typing import Any

import schemathesis
from schemathesis.engine import Status, from_schema
from schemathesis.engine import events as ev

from conformance import adapters, st_extensions  # st_extensions registers the hooks and the binary check on import
from conformance.context import RunContext
from conformance.report import Finding, SuiteResult
from conformance.spec import Operation

# Statuses that say "the request was refused for its content" (never 401/403/429: those are about
# credentials or rate, and 5xx is a failure of its own).
REJECTION = ("400", "404", "405", "406", "409", "413", "415", "422")
NOT_VALIDATION = {"401", "403", "429"}


def applies(spec: Any) -> bool:
    return True


def expected_statuses(op: Operation) -> tuple[list[str], list[str]]:
    """(statuses that reject invalid input, statuses that accept valid input), from what the operation documents."""
    documented = op.statuses()
    rejection = [s for s in documented if s.startswith("4") and s not in NOT_VALIDATION and s != "4XX"]
    if "4XX" in documented or "default" in documented:
        rejection = sorted(set(rejection) | set(REJECTION))
    acceptance = [s for s in documented if s.startswith("2")]
    # A schema-valid request may still name a resource that does not exist or that this account may
    # not change, conflict with one, or be rate limited - where the operation documents that answer.
    # (A valid credential refused with 401/403 is the `auth` suite's `auth_accepted` finding.)
    acceptance += [s for s in documented if s in ("403", "404", "409", "429")]
    rejection = rejection or list(REJECTION)
    if "429" in documented:
        rejection.append("429")  # while rate limited nothing can be told about the input
    return rejection, acceptance or ["2xx"]


def build_config(ctx: RunContext, *, phases: list[str] | None = None) -> schemathesis.Config:
    adapter = adapters.get(ctx.slug)
    # The expected statuses are the union over the API's operations, set once, with no per-operation
    # entries: schemathesis matches every entry's filter against every case and merges the matching
    # configs per draw (~20% of a run with one entry per operation; benchmarks/README.md, section 6).
    # The union is as strict as per-operation sets, since a status an operation does not document
    # fails `status_code_conformance` anyway. An adapter's extra accepted statuses (business-rule
    # 400s of a few operations) are not added here, so they are not accepted everywhere: the
    # `filter_failure` hook drops those rejections for the operations that may answer them.
    rejection: set[str] = set()
    acceptance: set[str] = set()
    for op in ctx.spec.operations():
        if op.operation_id in adapter.excluded_from_fuzzing:
            continue
        rejected, accepted = expected_statuses(op)
        rejection.update(rejected)
        acceptance.update(accepted)
    # Credentials for the schemes of each first security alternative (the API key's own forms).
    auth: dict[str, Any] = {}
    schemes = ctx.spec.security_schemes
    first = [ctx.spec.openapi.get("security") or [], *[op.security for op in ctx.spec.operations()]]
    for alternatives in first:
        for name in alternatives[0] if alternatives else {}:
            scheme = schemes.get(name)
            if scheme is None or name in auth:
                continue
            if scheme.type == "apiKey":
                auth[name] = {"api_key": ctx.api_key}
            elif scheme.type == "http" and scheme.scheme.lower() == "bearer":
                auth[name] = {"bearer": ctx.api_key}
    wanted = phases or ["examples", "coverage", "fuzzing", "stateful"]
    data: dict[str, Any] = {
        "base-url": ctx.base_url,
        "request-timeout": ctx.timeout,
        "max-stream-events": 200,
        "cache": {"enabled": False},  # every run starts from the seed alone, and leaves no folder behind
        "generation": {"max-examples": ctx.max_examples, "database": "none", "with-security-parameters": False},
        "phases": {
            **{name: {"enabled": name in wanted} for name in ("examples", "coverage", "fuzzing", "stateful")},
        },
    }
    if rejection or acceptance:
        data["checks"] = {
            "negative_data_rejection": {"expected-statuses": sorted(rejection)},
            "positive_data_acceptance": {"expected-statuses": sorted(acceptance)},
        }
    data["phases"]["stateful"]["max-steps"] = 8
    if auth:
        data["auth"] = {"openapi": auth}
    if ctx.seed is not None:
        data["seed"] = ctx.seed
    return schemathesis.Config.from_dict(data)


def _describe(failure: Any, response: Any) -> tuple[str, str]:
    """(expected, received) for a schemathesis failure, plus the response that broke it."""
    received = "no response"
    if response is not None:
        ctype = (response.headers.get("content-type") or response.headers.get("Content-Type") or [""])[0]
        body = response.content or b""
        text = body[:600].decode("utf-8", "replace") if not ctype.startswith("audio/") else f"({len(body)} bytes)"
        received = f"HTTP {response.status_code} {ctype}\n{text}"
    name = type(failure).__name__
    if name == "UndefinedStatusCode":
        expected = f"a documented status: {', '.join(map(str, failure.defined_status_codes))}"
    elif name == "AcceptedNegativeData":
        expected = f"rejection with one of {', '.join(failure.expected_statuses)}\n{failure.message}"
    elif name == "RejectedPositiveData":
        expected = f"acceptance with one of {', '.join(failure.allowed_statuses)}\n{failure.message}"
    elif name == "JsonSchemaError":
        expected = f"a body valid against the response schema\n{failure.message}"
    else:
        expected = failure.message or failure.title
    return expected, received


def _reproducer(info: Any) -> str:
    if info.steps and len(info.steps) > 1:
        return "\n".join(f"# step {i}: {step.operation}\n{step.curl}" for i, step in enumerate(info.steps, 1))
    return str(info.code_sample)


def run(ctx: RunContext) -> list[SuiteResult]:
    start = time.monotonic()
    adapter = adapters.get(ctx.slug)
    schema = schemathesis.openapi.from_path(ctx.spec.path, config=build_config(ctx, phases=ctx.phases))
    if adapter.excluded_from_fuzzing:
        # Filtered out of the schema rather than disabled in the config: no per-case filter matching.
        schema = schema.exclude(operation_id=sorted(adapter.excluded_from_fuzzing))
    with st_extensions.also_accepted(schema, adapter.also_accepts):
        return _execute(ctx, schema, start)


def _execute(ctx: RunContext, schema: Any, start: float) -> list[SuiteResult]:
    phases = ctx.phases
    http = SuiteResult("http")
    stateful = SuiteResult("stateful")
    stateful_started = None
    for event in from_schema(schema).execute():
        if isinstance(event, ev.PhaseStarted):
            name = event.phase.name.value if hasattr(event.phase.name, "value") else str(event.phase.name)
            if name in ("examples", "coverage", "fuzzing", "stateful") and event.phase.is_enabled:
                if name == "stateful":
                    stateful_started = time.monotonic()
                    ctx.console.suite_started("stateful", "(links between operations)")
                else:
                    ctx.console.suite_started("http", name)
        elif isinstance(event, ev.PhaseFinished):
            name = str(getattr(event.phase.name, "value", event.phase.name))
            if name == "stateful" and event.phase.skip_reason is not None and event.phase.is_enabled is False:
                stateful.skipped = f"stateful phase skipped ({event.phase.skip_reason})"
        elif isinstance(event, ev.ScenarioFinished):
            is_stateful = str(getattr(event.phase, "value", event.phase)) == "stateful"
            suite = stateful if is_stateful else http
            _record(event, suite)
            if event.status == Status.SKIP:
                ctx.console.tick("s")
            else:
                ctx.console.tick({Status.SUCCESS: ".", Status.FAILURE: "F"}.get(event.status, "E"))
        elif isinstance(event, ev.NonFatalError):
            http.errors.append(f"{event.label}: {event.info.title}\n{event.info.message}")
        elif isinstance(event, ev.FatalError):
            http.errors.append(f"schemathesis stopped: {event.exception!r}")
        elif isinstance(event, ev.EngineFinished):
            break
    end = time.monotonic()
    if stateful_started is not None:
        stateful.elapsed = end - stateful_started
        http.elapsed = stateful_started - start
    else:
        http.elapsed = end - start
        if stateful.skipped is None:
            stateful.skipped = (
                "the spec has no links between operations" if not phases or "stateful" in phases else "not run"
            )
    return [http, stateful]


def _record(event: ev.ScenarioFinished, suite: SuiteResult) -> None:
    recorder = event.recorder
    suite.cases += len(recorder.cases)
    for node in recorder.cases.values():
        suite.checked(node.value.operation.label)
    for case_id, checks in recorder.checks.items():
        for check in checks:
            if check.status != Status.FAILURE or check.failure_info is None:
                continue
            failure = check.failure_info.failure
            response = recorder.find_response(case_id=failure.case_id or case_id)
            expected, received = _describe(failure, response)
            operation = failure.operation or event.label or "?"
            suite.checked(operation)
            suite.add(
                Finding(
                    suite=suite.name,
                    check=check.name,
                    operation=operation,
                    title=failure.title,
                    expected=expected,
                    received=received,
                    reproducer=_reproducer(check.failure_info),
                    code=failure.code,
                )
            )
