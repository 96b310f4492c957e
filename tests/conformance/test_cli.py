"""`python -m conformance`: exit codes, output a person can act on, JUnit XML, and no credential anywhere."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conformance_faults import API_KEY, RewriteResponse, faulty_server

from conformance.cli import main
from conformance.loopback import free_port

pytestmark = [pytest.mark.conformance, pytest.mark.e2e]

SECRET = "sk-secret-under-test-123"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "--api", "nope"]) == 2
    assert main(["run", "--api", "all", "--base-url", "http://127.0.0.1:1", "--api-key", "k"]) == 2
    assert main(["run", "--api", "neuphonic", "--base-url", "http://127.0.0.1:1"]) == 2  # no key
    assert main(["bogus"]) == 2
    assert "--base-url" in capsys.readouterr().err


def test_unreachable_server_exit_2_names_url(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    assert main(["run", "--api", "neuphonic", "--base-url", url, "--api-key", SECRET]) == 2
    err = capsys.readouterr().err
    assert url in err and SECRET not in err


def test_failures_exit_1_with_junit_and_no_secret(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def undocumented(status: int, headers: object, body: bytes, scope: object) -> tuple[int, object, bytes]:
        return (203 if status == 200 else status), headers, body

    junit = tmp_path / "report.xml"
    with faulty_server("neuphonic", lambda app: RewriteResponse(app, "GET", "/agents", undocumented)) as url:
        code = main(
            [
                "run",
                "--api",
                "neuphonic",
                "--base-url",
                url,
                "--api-key",
                API_KEY,
                "--max-examples",
                "3",
                "--seed",
                "1",
                "--suite",
                "http",
                "--suite",
                "auth",
                "--junit-xml",
                str(junit),
            ]
        )
    out = capsys.readouterr().out
    assert code == 1
    assert "status_code_conformance" in out and "GET /agents" in out and "curl" in out
    assert "expected:" in out and "received:" in out and "reproduce:" in out
    text = junit.read_text()
    assert API_KEY not in out and API_KEY not in text
    root = ET.fromstring(text)
    failures = root.findall(".//failure")
    assert any(f.get("type") == "status_code_conformance" for f in failures)


def test_clean_run_exit_0_via_module(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "conformance",
            "run",
            "--api",
            "neuphonic",
            "--api-key",
            SECRET,
            "--max-examples",
            "3",
            "--seed",
            "2",
            "--suite",
            "auth",
            "--suite",
            "sse",
            "--junit-xml",
            str(tmp_path / "j.xml"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "neuphonic" in proc.stdout and "cases" in proc.stdout
    assert SECRET not in proc.stdout + proc.stderr + (tmp_path / "j.xml").read_text()


def test_pytest_plugin_runs_the_suites(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "conformance.pytest_plugin",
            "--pyargs",
            "conformance.pytest_suite",
            "--conformance-api",
            "neuphonic",
            "--max-examples",
            "3",
            "-k",
            "auth or sse",
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(tmp_path),
            "--junitxml",
            str(tmp_path / "p.xml"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 passed" in proc.stdout
