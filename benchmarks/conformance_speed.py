"""Conformance speed: `python -m conformance run` against plain `schemathesis run`, per API.

For every API that has a reference server, each contender runs as its own process against a
fresh reference server started in another process (`python -m conformance serve`, not timed), so
neither tool shares a core or a GIL with the server it checks:
- `python -m conformance run --api X --base-url URL` (every suite: HTTP, stateful, auth, binary,
  SSE, streaming, WebSocket, webhooks);
- the same with `--suite http` (schemathesis' examples, coverage, fuzzing and stateful phases,
  with the suite's own checks and expected statuses): the like-for-like comparison;
- plain `schemathesis run specs/X/openapi.yaml --url URL -H <api key header>` with the same
  `--max-examples`, `--seed` and no example database (the suite runs with none);
- `python -m conformance run --api X` without `--base-url`, as `make conformance` runs it: the
  reference server is started inside the runner process (timed: it is part of that command).
Wall time is measured around the whole process (interpreter start and imports included); cases
are what each tool reports (`N cases` / `N generated`).
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Self

from benchmarks._harness import ROOT, Bench, Contender, Metrics, compare, progress

SLUGS = ("neuphonic", "respeecher", "nextneural", "nevox", "asyncflow")
API_KEY = "bench-key"
MAX_EXAMPLES = 25  # conformance.context.DEFAULT_MAX_EXAMPLES
QUICK_MAX_EXAMPLES = 1
SEED = 20260601

CONFORMANCE = "conformance run (all suites)"
CONFORMANCE_HTTP = "conformance run --suite http"
SCHEMATHESIS = "schemathesis run"
EMBEDDED = "conformance run, embedded server (make conformance)"


def auth_header(slug: str) -> str:
    """`Name: value` for the first security scheme of the spec (what the suite's config sends too)."""
    import yaml

    spec = yaml.safe_load((ROOT / "specs" / slug / "openapi.yaml").read_text(encoding="utf-8"))
    schemes = spec.get("components", {}).get("securitySchemes", {})
    for alternative in spec.get("security") or []:
        for name in alternative:
            scheme = schemes.get(name, {})
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                return f"{scheme['name']}: {API_KEY}"
            if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                return f"Authorization: Bearer {API_KEY}"
    return f"Authorization: Bearer {API_KEY}"


def available() -> list[str]:
    return [slug for slug in SLUGS if importlib.util.find_spec(f"conformance.servers.{slug}") is not None]


class _Server:
    """`python -m conformance serve --api slug --port 0` in a child process."""

    def __init__(self, slug: str) -> None:
        self.slug = slug
        self.process: subprocess.Popen[str] | None = None
        self.url = ""

    def __enter__(self) -> Self:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "conformance", "serve", "--api", self.slug, "--port", "0", "--api-key", API_KEY],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            match = re.search(r"serving \S+ at (http://\S+)", line)
            if match:
                self.url = match.group(1)
                return self
            if not line:
                break
        self.__exit__()
        raise RuntimeError(f"the {self.slug} reference server did not start")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            if self.process.stdout is not None:
                self.process.stdout.close()
            self.process = None


def _run(cmd: list[str], cwd: Path, pattern: str) -> Metrics:
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=900, check=False)
    wall = time.perf_counter() - started
    output = proc.stdout + proc.stderr
    match = re.search(pattern, output)
    if match is None:
        raise RuntimeError(f"no case count in the output of {' '.join(cmd[:6])} ...:\n{output[-1500:]}")
    cases = float(match.group(1))
    failures = re.search(r"(\d+) findings", output) if "conformance" in cmd else re.search(r"(\d+) failures?,", output)
    return {
        "wall_s": wall,
        "cases": cases,
        "cases_per_s": cases / wall,
        "exit_code": float(proc.returncode),
        "failures": float(failures.group(1)) if failures else 0.0,
    }


def contenders(slug: str, max_examples: int, workdir: Path) -> list[Contender]:
    python = sys.executable
    spec = str(ROOT / "specs" / slug / "openapi.yaml")
    common = ["--api", slug, "--api-key", API_KEY, "--max-examples", str(max_examples), "--seed", str(SEED), "-q"]
    total = r"total\s+(\d+) cases"

    def conformance_all() -> Metrics:
        with _Server(slug) as server:
            return _run([python, "-m", "conformance", "run", *common, "--base-url", server.url], ROOT, total)

    def conformance_http() -> Metrics:
        with _Server(slug) as server:
            return _run(
                [python, "-m", "conformance", "run", *common, "--base-url", server.url, "--suite", "http"], ROOT, total
            )

    def schemathesis() -> Metrics:
        with _Server(slug) as server:
            cmd = [
                python,
                "-m",
                "schemathesis.cli",
                "run",
                spec,
                "--url",
                server.url,
                "-H",
                auth_header(slug),
                "--max-examples",
                str(max_examples),
                "--seed",
                str(SEED),
                "--generation-database",
                "none",
                "--no-color",
            ]
            return _run(cmd, workdir, r"(\d+) generated")

    def embedded() -> Metrics:
        return _run([python, "-m", "conformance", "run", *common], ROOT, total)

    return [
        Contender(CONFORMANCE, conformance_all, ours=True, role="our runner, every suite"),
        Contender(CONFORMANCE_HTTP, conformance_http, ours=True, role="our runner, HTTP + stateful only"),
        Contender(SCHEMATHESIS, schemathesis, role="peer: plain schemathesis CLI"),
        Contender(EMBEDDED, embedded, ours=True, role="our runner as make conformance runs it"),
    ]


def run(bench: Bench) -> dict[str, Any]:
    slugs = available()
    if bench.quick:
        slugs = slugs[:1]
    max_examples = QUICK_MAX_EXAMPLES if bench.quick else MAX_EXAMPLES
    results: dict[str, Any] = {
        "slugs": slugs,
        "max_examples": max_examples,
        "seed": SEED,
        "comparisons": {},
        "missing": [slug for slug in SLUGS if slug not in available()],
        "problems": [],
    }
    for slug in slugs:
        progress(f"conformance speed: {slug} (max-examples {max_examples})")
        results["comparisons"][slug] = compare(
            f"Conformance, {slug}",
            contenders(slug, max_examples, bench.workdir),
            rounds=bench.rounds(2),
            warmup=0,
            params={"slug": slug, "max_examples": max_examples, "seed": SEED},
        )
    return results
