"""The conformance suites as pytest tests: one item per API and suite, e.g. `test_conformance[neuphonic-http]`.

    pytest -p conformance.pytest_plugin --pyargs conformance.pytest_suite \\
        --conformance-api nevox --base-url http://127.0.0.1:8000 --api-key "$NEVOX_KEY"

or, in your own `conftest.py`: `pytest_plugins = ["conformance.pytest_plugin"]` and a test module with
`from conformance.pytest_suite import test_conformance`. Options also come from the environment:
CONFORMANCE_API, CONFORMANCE_BASE_URL, CONFORMANCE_API_KEY, CONFORMANCE_MAX_EXAMPLES, CONFORMANCE_SEED.
Without a base URL each API's reference server is started on a free loopback port for the session.
A failing item's message lists every finding (check, operation, expected, received, reproducer),
with credentials redacted, so `--junitxml` reports carry them too.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from typing import Any

import pytest

from conformance.context import DEFAULT_MAX_EXAMPLES
from conformance.redact import Redactor
from conformance.report import ApiResult, Console
from conformance.runner import DEFAULT_API_KEY, Unreachable, all_suites, check_reachable, reference_server, run_api
from conformance.spec import SLUGS, Spec


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("conformance", "voxspec conformance suites")
    group.addoption(
        "--conformance-api",
        default=os.environ.get("CONFORMANCE_API", "all"),
        help="API slug (or 'all') to check (env CONFORMANCE_API)",
    )
    try:
        group.addoption(
            "--base-url",
            "--conformance-base-url",
            dest="conformance_base_url",
            default=os.environ.get("CONFORMANCE_BASE_URL"),
            help="server under test (env CONFORMANCE_BASE_URL); default: the reference server",
        )
    except ValueError:  # another plugin (pytest-base-url) owns --base-url
        group.addoption(
            "--conformance-base-url",
            dest="conformance_base_url",
            default=os.environ.get("CONFORMANCE_BASE_URL"),
            help="server under test",
        )
    group.addoption(
        "--api-key",
        "--conformance-api-key",
        dest="conformance_api_key",
        default=os.environ.get("CONFORMANCE_API_KEY"),
        help="credential (env CONFORMANCE_API_KEY)",
    )
    group.addoption(
        "--max-examples",
        "--conformance-max-examples",
        dest="conformance_max_examples",
        type=int,
        default=int(os.environ.get("CONFORMANCE_MAX_EXAMPLES", DEFAULT_MAX_EXAMPLES)),
    )
    group.addoption(
        "--conformance-seed",
        type=int,
        default=int(os.environ["CONFORMANCE_SEED"]) if os.environ.get("CONFORMANCE_SEED") else None,
    )


def selected_slugs(config: pytest.Config) -> list[str]:
    api = config.getoption("--conformance-api")
    return list(SLUGS) if api == "all" else [slug.strip() for slug in api.split(",")]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "conformance_case" not in metafunc.fixturenames:
        return
    slugs = selected_slugs(metafunc.config)
    cases = []
    for slug in slugs:
        spec = Spec.load(slug)
        for name, module in all_suites():
            if module.applies(spec):
                cases.append(pytest.param((slug, name), id=f"{slug}-{name}"))
    metafunc.parametrize("conformance_case", cases)


class Targets:
    """Base URL per API: the one given, or a reference server started on first use for the session."""

    def __init__(self, config: pytest.Config) -> None:
        self.base_url = config.getoption("conformance_base_url")
        self.api_key = config.getoption("conformance_api_key") or DEFAULT_API_KEY
        self.max_examples = config.getoption("conformance_max_examples")
        self.seed = config.getoption("--conformance-seed")
        self._stack = contextlib.ExitStack()
        self._urls: dict[str, str] = {}
        if self.base_url and len(selected_slugs(config)) != 1:
            raise pytest.UsageError("--base-url names one server: pass --conformance-api <slug> too")

    def url(self, slug: str) -> str:
        if self.base_url:
            return str(self.base_url)
        if slug not in self._urls:
            self._urls[slug] = self._stack.enter_context(reference_server(slug, self.api_key))
        return self._urls[slug]

    def close(self) -> None:
        self._stack.close()


@pytest.fixture(scope="session")
def conformance_targets(pytestconfig: pytest.Config) -> Iterator[Targets]:
    targets = Targets(pytestconfig)
    try:
        yield targets
    finally:
        targets.close()


def render(result: ApiResult, redactor: Redactor) -> str:
    buffer = io.StringIO()
    Console(redactor, buffer).api_finished(result)
    return buffer.getvalue()


@pytest.fixture
def conformance_case() -> Any:  # replaced by pytest_generate_tests' parametrization
    raise pytest.UsageError("conformance_case is parametrized by conformance.pytest_plugin")


def run_case(targets: Targets, slug: str, suite: str) -> None:
    redactor = Redactor(targets.api_key)
    base_url = targets.url(slug)
    try:
        check_reachable(base_url)
    except Unreachable as exc:
        pytest.fail(redactor.redact(str(exc)), pytrace=False)
    result = run_api(
        slug,
        base_url=base_url,
        api_key=targets.api_key,
        max_examples=targets.max_examples,
        seed=targets.seed,
        console=Console(redactor, io.StringIO()),
        redactor=redactor,
        suites=[suite],
    )
    if result.failed:
        pytest.fail(render(result, redactor), pytrace=False)
