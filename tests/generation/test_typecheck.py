"""mypy --strict over the scripts and every generated package, overlays included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.generation
def test_mypy_strict_passes_over_scripts_generated_clients_and_overlays() -> None:
    packages = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "generated").glob("*/*_client"))
    assert len(packages) == 5
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "scripts", *packages], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout[-4000:]
