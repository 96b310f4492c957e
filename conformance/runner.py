"""Run the suites that apply to one API against one server, and collect what they found."""

from __future__ import annotations

import contextlib
import importlib
import time
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from conformance.context import DEFAULT_MAX_EXAMPLES, RunContext
from conformance.redact import Redactor
from conformance.report import ApiResult, Console, SuiteResult
from conformance.spec import Spec

DEFAULT_API_KEY = "test-key"


class Unreachable(Exception):
    """The server under test does not answer at all."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"cannot reach the server at {url}: {reason}")
        self.url = url


def check_reachable(base_url: str, timeout: float = 5.0) -> None:
    """Any HTTP answer counts (even 404/401); only a network failure makes a server unreachable."""
    try:
        httpx.get(base_url, timeout=timeout)
    except httpx.HTTPError as exc:
        raise Unreachable(base_url, f"{type(exc).__name__}: {exc}") from None


# Every suite, in run order. Each is a module `conformance.suites.<name>` with `applies(spec)` and
# `run(ctx)`, imported only when it runs (a `--suite http` run does not pay for the WebSocket suite).
SUITES = ("http", "auth", "binary", "sse", "streaming", "websocket", "webhooks")


def suite_module(name: str) -> Any:
    if name not in SUITES:
        raise ValueError(f"unknown suite {name!r}; expected one of {', '.join(SUITES)}")
    return importlib.import_module(f"conformance.suites.{name}")


def all_suites() -> list[tuple[str, Any]]:
    """(name, module) of every suite, in run order."""
    return [(name, suite_module(name)) for name in SUITES]


def redact_suite(suite: SuiteResult, redactor: Redactor) -> None:
    """Findings keep no credential, not even in memory (reprs, pytest assertion rewriting)."""
    for finding in suite.findings:
        for name in ("title", "expected", "received", "reproducer", "operation"):
            setattr(finding, name, redactor.redact(getattr(finding, name)))
    suite.errors = [redactor.redact(error) for error in suite.errors]


@contextlib.contextmanager
def reference_server(slug: str, api_key: str, **options: Any) -> Iterator[str]:
    from conformance.servers import ReferenceServer

    with ReferenceServer(slug, api_key=api_key, **options) as server:
        yield server.base_url


def run_api(
    slug: str,
    *,
    base_url: str | None = None,
    api_key: str | None = None,
    max_examples: int = DEFAULT_MAX_EXAMPLES,
    seed: int | None = None,
    console: Console | None = None,
    redactor: Redactor | None = None,
    suites: list[str] | None = None,
    phases: list[str] | None = None,
    spec: Spec | None = None,
    server_factory: Callable[[str, str], contextlib.AbstractContextManager[str]] | None = None,
) -> ApiResult:
    """Check one API. Without `base_url`, its reference server is started on a free loopback port."""
    api_key = api_key or DEFAULT_API_KEY
    redactor = redactor or Redactor()
    redactor.add(api_key)
    console = console or Console(redactor)
    spec = spec or Spec.load(slug)
    started = time.monotonic()
    if base_url is None:
        factory = server_factory or reference_server
        try:
            server = factory(slug, api_key)
            url = server.__enter__()
        except Exception as exc:  # noqa: BLE001 - e.g. no reference server for this API
            result = ApiResult(
                slug=slug, base_url="(reference server)", error=f"reference server did not start: {exc!r}"
            )
            console.api_finished(result)
            return result
        try:
            return run_api(
                slug,
                base_url=url,
                api_key=api_key,
                max_examples=max_examples,
                seed=seed,
                console=console,
                redactor=redactor,
                suites=suites,
                phases=phases,
                spec=spec,
            )
        finally:
            server.__exit__(None, None, None)
    base_url = base_url.rstrip("/")
    check_reachable(base_url)
    result = ApiResult(slug=slug, base_url=base_url)
    console.api_started(
        slug,
        base_url,
        str(spec.path.relative_to(spec.path.parents[2])) if len(spec.path.parents) > 2 else str(spec.path),
    )
    ctx = RunContext(
        spec=spec,
        base_url=base_url,
        api_key=api_key,
        redactor=redactor,
        console=console,
        max_examples=max_examples,
        seed=seed,
        phases=phases,
    )
    for name in SUITES:
        if suites is not None and name not in suites:
            continue
        module = suite_module(name)
        if not module.applies(spec):
            continue
        suite_start = time.monotonic()
        if name != "http":  # the http suite announces each schemathesis phase itself
            console.suite_started(name)
        try:
            produced = module.run(ctx)
        except Exception as exc:  # noqa: BLE001 - a crashing suite is reported, the others still run
            failed = SuiteResult(name, errors=[f"suite crashed: {exc!r}\n{traceback.format_exc(limit=6)}"])
            produced = [failed]
        for item in produced if isinstance(produced, list) else [produced]:
            redact_suite(item, redactor)
            if not item.elapsed:
                item.elapsed = time.monotonic() - suite_start
            result.suites.append(item)
    result.elapsed = time.monotonic() - started
    console.api_finished(result)
    return result
