"""Conformance speed: `python -m conformance run` against plain `schemathesis run`, per API.

For every API that has a reference server, the two tools run as their own processes against a fresh
reference server started in another process (`python -m conformance serve`, before the clock), so
neither shares a core or a GIL with the server it checks:
- `python -m conformance run --api X --base-url URL --suite http`: schemathesis' examples, coverage,
  fuzzing and stateful phases driven by the runner, with the suite's own checks and expected
  statuses (the like-for-like comparison);
- plain `schemathesis run specs/X/openapi.yaml --url URL -H <api key header>` with the same
  `--max-examples`, `--seed` and no example database (the suite runs with none): the peer;
- the same `schemathesis run` with the suite's hooks loaded (`SCHEMATHESIS_HOOKS=conformance.st_extensions`:
  real WAV uploads, the false-finding filter, the binary check) and the operations the suite never
  fuzzes excluded: the same cases as the runner, so the runner's own overhead shows apart from the
  depth its hooks add (an upload that succeeds creates a resource later cases use).
Then `make conformance` itself, once: `python -m conformance run --api all` (every suite, each
API's reference server started inside the runner), whose summary gives the cases and seconds of
every API with every suite.

Wall time covers the whole process (interpreter start and imports included); CPU time is the
process's user + system time (`getrusage(RUSAGE_CHILDREN)`), the robust figure on a busy machine.
Cases are what each tool reports (`N cases` / `N generated`).
"""

from __future__ import annotations

import importlib.util
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Self

from benchmarks._harness import ROOT, Bench, Contender, Metrics, compare, progress, stop_process

SLUGS = ("neuphonic", "respeecher", "nextneural", "nevox", "asyncflow")
API_KEY = "bench-key"
MAX_EXAMPLES = 25  # conformance.context.DEFAULT_MAX_EXAMPLES
QUICK_MAX_EXAMPLES = 1
SEED = 20260601

CONFORMANCE_HTTP = "conformance run --suite http"
SCHEMATHESIS = "schemathesis run"
SCHEMATHESIS_HOOKED = "schemathesis run + voxspec hooks"


def auth_header(slug: str) -> str:
    """`Name: value` of the credential the suite sends (`RunContext.credentials`: the API's first
    documented form), so both tools authenticate the same way."""
    from conformance.context import RunContext
    from conformance.redact import Redactor
    from conformance.report import Console
    from conformance.spec import Spec

    redactor = Redactor()
    ctx = RunContext(spec=Spec.load(slug), base_url="", api_key=API_KEY, redactor=redactor, console=Console(redactor))
    headers, _ = ctx.credentials()
    name, value = next(iter(headers.items()))
    return f"{name}: {value}"


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
            stop_process(self.process, timeout=15)
            self.process = None


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(cmd: list[str], cwd: Path, pattern: str, env: dict[str, str] | None = None) -> tuple[Metrics, str]:
    cpu = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=900, check=False, env=env)
    wall = time.perf_counter() - started
    cpu = _children_cpu() - cpu
    output = proc.stdout + proc.stderr
    match = re.search(pattern, output)
    if match is None:
        raise RuntimeError(f"no case count in the output of {' '.join(cmd[:6])} ...:\n{output[-1500:]}")
    cases = float(match.group(1))
    failures = re.search(r"(\d+) findings", output) if "conformance" in cmd else re.search(r"(\d+) failures?,", output)
    metrics = {
        "wall_s": wall,
        "cpu_s": cpu,
        "cases": cases,
        "cases_per_s": cases / wall,
        "cases_per_cpu_s": cases / cpu if cpu > 0 else float("nan"),
        "exit_code": float(proc.returncode),
        "failures": float(failures.group(1)) if failures else 0.0,
    }
    return metrics, output


def contenders(slug: str, max_examples: int, workdir: Path) -> list[Contender]:
    python = sys.executable
    spec = str(ROOT / "specs" / slug / "openapi.yaml")
    common = ["--api", slug, "--api-key", API_KEY, "--max-examples", str(max_examples), "--seed", str(SEED), "-q"]

    def conformance_http() -> Metrics:
        with _Server(slug) as server:
            cmd = [python, "-m", "conformance", "run", *common, "--base-url", server.url, "--suite", "http"]
            return _run(cmd, ROOT, r"total\s+(\d+) cases")[0]

    def schemathesis_cmd(url: str) -> list[str]:
        return [python, "-m", "schemathesis.cli", "run", spec, "--url", url, "-H", auth_header(slug),
                "--max-examples", str(max_examples), "--seed", str(SEED), "--generation-database", "none",
                "--no-color"]  # fmt: skip

    def schemathesis() -> Metrics:
        with _Server(slug) as server:
            return _run(schemathesis_cmd(server.url), workdir, r"(\d+) generated")[0]

    def schemathesis_hooked() -> Metrics:
        from conformance import adapters

        excluded = [f"--exclude-operation-id={op}" for op in sorted(adapters.get(slug).excluded_from_fuzzing)]
        env = {**os.environ, "SCHEMATHESIS_HOOKS": "conformance.st_extensions", "PYTHONPATH": str(ROOT)}
        with _Server(slug) as server:
            return _run([*schemathesis_cmd(server.url), *excluded], workdir, r"(\d+) generated", env)[0]

    return [
        Contender(CONFORMANCE_HTTP, conformance_http, ours=True, role="our runner, HTTP + stateful"),
        Contender(SCHEMATHESIS, schemathesis, role="peer: plain schemathesis CLI"),
        Contender(SCHEMATHESIS_HOOKED, schemathesis_hooked, role="like for like: the CLI with the runner's hooks"),
    ]


_SUMMARY = re.compile(r"^\s+(\w+)\s+(passed|FAILED)\s+(\d+) cases\s+(\d+) findings\s+([\d.]+)s", re.MULTILINE)


def make_conformance(slugs: list[str], max_examples: int) -> dict[str, Any]:
    """`make conformance` (every API, every suite, embedded reference servers), once."""
    api = "all" if len(slugs) == len(SLUGS) else slugs[0]
    cmd = [sys.executable, "-m", "conformance", "run", "--api", api, "--max-examples", str(max_examples),
           "--seed", str(SEED), "-q"]  # fmt: skip
    metrics, output = _run(cmd, ROOT, r"total\s+(\d+) cases")
    per_api = {
        m.group(1): {
            "status": m.group(2),
            "cases": int(m.group(3)),
            "findings": int(m.group(4)),
            "seconds": float(m.group(5)),
        }
        for m in _SUMMARY.finditer(output)
        if m.group(1) != "total"
    }
    return {"command": " ".join(["python", *cmd[1:]]), "api": api, **metrics, "per_api": per_api}


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
            # Four rounds: with two, one noisy run moved a ratio by 0.1 between otherwise equal runs.
            rounds=bench.rounds(4),
            warmup=0,
            params={"slug": slug, "max_examples": max_examples, "seed": SEED},
        )
    progress("conformance speed: make conformance (python -m conformance run --api all)")
    results["make_conformance"] = make_conformance(slugs, max_examples)
    return results
