"""The test pytest collects for the conformance plugin (see `conformance/pytest_plugin.py`)."""

from __future__ import annotations

from typing import Any

from conformance.pytest_plugin import Targets, run_case


def test_conformance(conformance_case: tuple[str, str], conformance_targets: Targets) -> Any:
    """One API's suite against the target server; fails with every finding, credentials redacted."""
    slug, suite = conformance_case
    run_case(conformance_targets, slug, suite)
