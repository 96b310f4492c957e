"""Against the clean reference servers the suites report nothing (several seeds, few examples).

`KNOWN` lists deviations between a spec and its reference server that the suite reports today and
that belong to the spec or server owners (each with its reason); the test fails on any other finding,
and prints the known ones so they stay visible.
"""

from __future__ import annotations

import importlib.util
import io

import pytest

from conformance.redact import Redactor
from conformance.report import Console
from conformance.runner import run_api
from conformance.spec import SLUGS

pytestmark = [pytest.mark.conformance, pytest.mark.e2e]

KNOWN: dict[str, dict[tuple[str, str], str]] = {}


def _has_server(slug: str) -> bool:
    return importlib.util.find_spec(f"conformance.servers.{slug}") is not None


# The coverage phase enumerates the same cases whatever the seed: the second seed skips it.
SEEDS = [(11, None), (12, ["examples", "fuzzing", "stateful"])]


@pytest.mark.parametrize(("seed", "phases"), SEEDS, ids=["seed11-all-phases", "seed12-generated"])
@pytest.mark.parametrize("slug", SLUGS)
def test_clean_reference_server(slug: str, seed: int, phases: list[str] | None) -> None:
    if not _has_server(slug):
        pytest.skip(f"no reference server for {slug} yet")
    out = io.StringIO()
    redactor = Redactor()
    result = run_api(
        slug, max_examples=6, seed=seed, phases=phases, console=Console(redactor, out, quiet=True), redactor=redactor
    )
    known = KNOWN.get(slug, {})
    unexpected = [f for f in result.findings if (f.check, f.operation) not in known]
    errors = [e for suite in result.suites for e in suite.errors]
    for finding in result.findings:
        if (finding.check, finding.operation) in known:
            print(
                f"known deviation: {slug} {finding.check} {finding.operation}: {known[(finding.check, finding.operation)]}"
            )
    assert not errors, "\n".join(errors)
    assert not unexpected, out.getvalue()
    assert result.cases > 0
