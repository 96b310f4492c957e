"""Client generation: `make generate` for all five APIs, cold and no-op, and lines of generated code.

`make generate` = `scripts/generate.py` (validate, openapi-python-client + ruff, overlays, swap into
`generated/`) followed by `pip install -e` of the five distributions. Running it in the working tree
would rewrite `generated/` under other people's feet and re-point the shared virtualenv, so the
benchmark copies `scripts/`, `specs/` and `overlays/` into a scratch folder and times there:
- cold: `python scripts/generate.py` with no `generated/` folder at all;
- no-op: the same command again, nothing changed since (each API is skipped once its
  `generated-from.txt` digests match);
- check: `python scripts/generate.py --check` (`make check-generated`: regenerate into a temp
  folder and compare);
- install step: `pip install --dry-run -e` of the five distributions (prepares the editable
  builds' metadata, where the venv refresh after a regeneration spends its time, installing
  nothing).
Lines are counted in the scratch copy's `generated/<slug>/<slug>_client/`: generator output vs the
overlay files `scripts/generate.py` copies in (they start with "# Copied from").
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks._harness import ROOT, Bench, Contender, Metrics, compare, progress

SLUGS = ("neuphonic", "respeecher", "nextneural", "nevox", "asyncflow")


def _copy_tree(dest: Path) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("scripts", "specs", "overlays"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(cmd: list[str], cwd: Path) -> Metrics:
    """Wall and CPU seconds (the command and every process it starts) of one command."""
    cpu = _cpu()
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600, check=False)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[1:])} failed in {cwd}:\n{(proc.stderr or proc.stdout)[-2000:]}")
    return {"seconds": elapsed, "cpu_s": _cpu() - cpu}


def count_lines(dist: Path) -> dict[str, int]:
    generated = overlay = files = operations = models = 0
    for path in dist.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n")
        files += 1
        if text.startswith("# Copied from"):
            overlay += lines
        else:
            generated += lines
            parts = path.relative_to(dist).parts
            if len(parts) >= 3 and parts[1] == "api" and path.name != "__init__.py":
                operations += 1
            if len(parts) >= 3 and parts[1] == "models" and path.name != "__init__.py":
                models += 1
    return {
        "generated_lines": generated,
        "overlay_lines": overlay,
        "files": files,
        "operations": operations,
        "models": models,
    }


def run(bench: Bench) -> dict[str, Any]:
    work = bench.workdir / "generation"
    _copy_tree(work)
    python = sys.executable
    slugs = [slug for slug in SLUGS if (work / "specs" / slug / "openapi.yaml").is_file()]
    if bench.quick:
        slugs = slugs[:1]
    api_args = [arg for slug in slugs for arg in ("--api", slug)]

    def cold() -> Metrics:
        shutil.rmtree(work / "generated", ignore_errors=True)
        return _timed([python, "scripts/generate.py", *api_args], work)

    def noop() -> Metrics:
        if not (work / "generated").exists():
            _timed([python, "scripts/generate.py", *api_args], work)
        return _timed([python, "scripts/generate.py", *api_args], work)

    def check() -> Metrics:
        if not (work / "generated").exists():
            _timed([python, "scripts/generate.py", *api_args], work)
        return _timed([python, "scripts/generate.py", "--check", *api_args], work)

    def install() -> Metrics:
        if not (work / "generated").exists():
            _timed([python, "scripts/generate.py", *api_args], work)
        editable = [arg for slug in slugs for arg in ("-e", str(work / "generated" / slug))]
        cmd = [
            python,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--no-build-isolation",
            *editable,
        ]
        return _timed(cmd, work)

    progress(f"generation: {len(slugs)} APIs in a scratch copy ({work})")
    result = compare(
        f"Generation of {len(slugs)} clients",
        [
            Contender("cold: generate.py, no generated/", cold, ours=True),
            Contender("no-op: generate.py again, nothing changed", noop, ours=True),
            Contender("check: generate.py --check", check, ours=True),
            Contender("install step: pip install -e (dry run)", install, ours=True),
        ],
        rounds=bench.rounds(2),
        warmup=0,
        params={"slugs": slugs},
    )
    if not (work / "generated").exists():
        _timed([python, "scripts/generate.py", *api_args], work)
    lines = {slug: count_lines(work / "generated" / slug) for slug in slugs}
    return {"comparison": result, "lines": lines, "slugs": slugs, "problems": []}
