"""Rounds, warm-up, medians, spread and ratios: what every comparison shares.

A comparison is a list of `Contender`s, each a callable that runs once and returns its metrics
(`{"ttfa_ms": ..., "audio_mbps": ...}`). `compare()` runs every contender `warmup` times (results
dropped), then `rounds` rounds in which each contender runs once, in an order rotated every round so
that no contender always runs first or right after the same neighbour. On a shared 2-core machine
absolute times drift between rounds; ratios are therefore taken per round (the contender against
the peer it ran next to in time) and summarised by their median.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from math import isnan
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
RAW = RESULTS / "raw"

Metrics = dict[str, float]


@dataclass
class Contender:
    """One way of doing the job. `ours` marks voxspec's own code; `role` says what it stands for."""

    name: str
    run: Callable[[], Metrics]
    ours: bool = False
    role: str = ""


@dataclass
class Comparison:
    """Raw per-round metrics of every contender (`runs[name][metric]` is one value per round)."""

    title: str
    params: dict[str, Any] = field(default_factory=dict)
    runs: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    ours: dict[str, bool] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)

    def values(self, name: str, metric: str) -> list[float]:
        return self.runs.get(name, {}).get(metric, [])

    def median(self, name: str, metric: str) -> float:
        return median(self.values(name, metric))

    def ratio(self, name: str, peer: str, metric: str, *, lower_is_better: bool = False) -> float:
        """Median over rounds of name/peer (peer/name for times), so 1.25 always means "25 % better"."""
        return paired_ratio(self.values(name, metric), self.values(peer, metric), lower_is_better=lower_is_better)

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "params": self.params, "runs": self.runs, "ours": self.ours, "roles": self.roles}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Comparison:
        return cls(
            data["title"], data.get("params", {}), data.get("runs", {}), data.get("ours", {}), data.get("roles", {})
        )


def median(values: Sequence[float]) -> float:
    clean = [v for v in values if not isnan(v)]  # drop NaN
    return statistics.median(clean) if clean else float("nan")


def spread(values: Sequence[float]) -> float:
    """Relative spread: (max - min) / median, the honest figure for 3-7 noisy rounds."""
    clean = [v for v in values if not isnan(v)]
    if len(clean) < 2:
        return 0.0
    mid = statistics.median(clean)
    return (max(clean) - min(clean)) / mid if mid else float("nan")


def paired_ratio(ours: Sequence[float], peer: Sequence[float], *, lower_is_better: bool = False) -> float:
    pairs = [(a, b) for a, b in zip(ours, peer) if not isnan(a) and not isnan(b) and a and b]
    if not pairs:
        return float("nan")
    return statistics.median([(b / a) if lower_is_better else (a / b) for a, b in pairs])


def stop_process(process: subprocess.Popen[str], timeout: float = 10) -> None:
    """Terminate a child server, kill it if it does not exit within `timeout`, close its stdout."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()


def wrong_byte_counts(
    result: Comparison, expected: int, exceptions: dict[str, tuple[str, int]] | None = None
) -> list[str]:
    """Problems where a contender did not receive exactly the prepared audio: every run's
    `audio_bytes` must equal `expected`; `exceptions` maps a contender to (metric, expected) instead
    (a bare client that reads the body, not the audio)."""
    problems = []
    for name, metrics in result.runs.items():
        metric, want = (exceptions or {}).get(name, ("audio_bytes", expected))
        got = metrics.get(metric, [])
        if any(value != want for value in got):
            problems.append(
                f"{result.title}: {name} got {sorted(set(got))} {metric.replace('_', ' ')}, expected {want}"
            )
    return problems


def progress(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def compare(
    title: str,
    contenders: Sequence[Contender],
    *,
    rounds: int,
    warmup: int = 1,
    params: dict[str, Any] | None = None,
) -> Comparison:
    """Run the contenders alternately; see the module docstring."""
    result = Comparison(title, dict(params or {}))
    if hasattr(os, "getloadavg"):
        result.params["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    for contender in contenders:
        result.runs[contender.name] = {}
        result.ours[contender.name] = contender.ours
        result.roles[contender.name] = contender.role
    for _ in range(warmup):
        for contender in contenders:
            _run_once(contender)
    order = list(contenders)
    for index in range(rounds):
        shift = index % len(order)
        rotated = order[shift:] + order[:shift]
        if index % 2:
            rotated.reverse()
        for contender in rotated:
            for metric, value in _run_once(contender).items():
                result.runs[contender.name].setdefault(metric, []).append(float(value))
    progress(f"{title}: {rounds} rounds of {len(contenders)} contenders done")
    return result


def _run_once(contender: Contender) -> Metrics:
    # A collection triggered by the previous contender's garbage must not land in this one's timing.
    gc.collect()
    return contender.run()


class Timer:
    """Timestamps of one streamed transfer (start, first audio, end), in wall-clock and CPU time.

    CPU time (`time.process_time`: every thread of this process, not the server's) is the robust
    figure on a busy machine: time spent waiting for a core does not count.
    """

    __slots__ = ("cpu_end", "cpu_start", "end", "first", "start")

    def __init__(self) -> None:
        self.first = 0.0
        self.end = 0.0
        self.cpu_end = 0.0
        self.cpu_start = time.process_time()
        self.start = time.perf_counter()

    def mark_first(self) -> None:
        if not self.first:
            self.first = time.perf_counter()

    def stop(self) -> None:
        self.end = time.perf_counter()
        self.cpu_end = time.process_time()

    def metrics(self, audio_bytes: int, wire_bytes: int = 0) -> Metrics:
        if not self.end:
            self.stop()
        total = self.end - self.start
        cpu = self.cpu_end - self.cpu_start
        out = {
            "ttfa_ms": (self.first - self.start) * 1000 if self.first else float("nan"),
            "total_s": total,
            "cpu_s": cpu,
            "audio_bytes": float(audio_bytes),
            "audio_mbps": audio_bytes / total / 1e6 if total > 0 else float("nan"),
            "cpu_mbps": audio_bytes / cpu / 1e6 if cpu > 0 and audio_bytes else float("nan"),
        }
        if wire_bytes:
            out["wire_bytes"] = float(wire_bytes)
            out["wire_mbps"] = wire_bytes / total / 1e6 if total > 0 else float("nan")
        return out


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem_kb = int(
            next(
                line.split()[1]
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            )
        )
    except (OSError, StopIteration, ValueError):
        mem_kb = 0
    versions = {}
    for dist in (
        "httpx",
        "httpx-sse",
        "websockets",
        "pyneuphonic",
        "schemathesis",
        "hypothesis",
        "uvicorn",
        "openapi-python-client",
        "ruff",
        "matplotlib",
    ):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "not installed"
    return {
        "nproc": os.cpu_count(),
        "cpu": model or platform.processor() or "unknown",
        "memory_gb": round(mem_kb / 2**20, 1),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "loadavg": list(os.getloadavg()) if hasattr(os, "getloadavg") else [],
        "versions": versions,
        "git": _git_head(),
    }


def _git_head() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=5, check=False
        )
        return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def save_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, indent=1, default=_jsonable)
    # One line per list of numbers (the per-round values), so a results file reads and diffs well.
    text = re.sub(
        r"\[\s*([-+0-9.eE,\sNaInfity]*?)\s*\]",
        lambda m: "[" + ", ".join(m.group(1).split()).replace(",,", ",") + "]",
        text,
    )
    path.write_text(text + "\n", encoding="utf-8")


def _jsonable(value: Any) -> Any:
    if isinstance(value, Comparison):
        return value.to_json()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")


@dataclass
class Bench:
    """What a comparison module gets: its size preset, the prepared streams and the replay server."""

    quick: bool
    streams: Any  # benchmarks._streams.StreamSet
    replay_url: str
    workdir: Path
    rounds_scale: float = 1.0

    @property
    def port(self) -> int:
        return int(self.replay_url.rsplit(":", 1)[1])

    def rounds(self, full: int) -> int:
        """`full` rounds normally (scaled by --rounds-scale); a single round in quick mode."""
        return 1 if self.quick else max(1, round(full * self.rounds_scale))

    @property
    def warmup(self) -> int:
        return 0 if self.quick else 1


def paired_diff(ours: Sequence[float], peer: Sequence[float]) -> float:
    """Median over rounds of ours - peer (e.g. milliseconds of time to first audio behind a bare client)."""
    pairs = [a - b for a, b in zip(ours, peer) if not isnan(a) and not isnan(b)]
    return statistics.median(pairs) if pairs else float("nan")
