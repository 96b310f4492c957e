"""`python -m benchmarks`: every comparison, then `benchmarks/README.md` and `benchmarks/plots/`.

    python -m benchmarks                         # the full run (about 10 minutes on 2 cores)
    python -m benchmarks --only sse,ws           # some comparisons; results go to results/raw/ only
    python -m benchmarks --quick                 # each comparison once at a tiny size (what the tests run)
    python -m benchmarks --report-from FILE      # rewrite README.md and the plots from saved results

Comparisons: sse (Neuphonic SSE speech), ws (Neuphonic and AsyncFlow TTS WebSockets), http
(AsyncFlow audio streaming), memory (one hour of audio per helper), generation (`make generate`),
conformance (`python -m conformance run` vs `schemathesis run`).
"""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

from benchmarks._harness import RAW, RESULTS, Bench, machine, progress, save_json

MODULES = {
    "sse": "benchmarks.sse_speech",
    "ws": "benchmarks.ws_tts",
    "http": "benchmarks.http_stream",
    "memory": "benchmarks.memory",
    "generation": "benchmarks.generation",
    "conformance": "benchmarks.conformance_speed",
}
NEEDS_REPLAY = {"sse", "ws", "http", "memory"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help=f"comma-separated subset of: {', '.join(MODULES)}")
    parser.add_argument("--quick", action="store_true", help="each comparison once, at a tiny size (harness check)")
    parser.add_argument("--rounds-scale", type=float, default=1.0, help="multiply every comparison's round count")
    parser.add_argument("--no-report", action="store_true", help="do not rewrite README.md and the plots")
    parser.add_argument("--report-from", default=None, help="only rewrite README.md and the plots from a results JSON")
    parser.add_argument("--output", default=None, help="also write the results JSON here")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (prepared streams)")
    return parser


def run(selected: list[str], *, quick: bool, rounds_scale: float = 1.0, keep: bool = False) -> dict[str, Any]:
    """Run the selected comparisons; returns the results (also what the tests call)."""
    from benchmarks._replay import ReplayServer
    from benchmarks._streams import StreamSet

    started = time.time()
    results: dict[str, Any] = {
        "machine": machine(),
        "started": time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime(started)),
        "quick": quick,
        "selected": selected,
        "modules": {},
        "errors": {},
    }
    workdir = Path(tempfile.mkdtemp(prefix="voxspec-bench-"))
    try:
        streams = StreamSet(workdir / "streams")
        streams.get("sse", 1)  # the replay server needs a manifest to start with
        replay_needed = bool(NEEDS_REPLAY & set(selected))
        replay = ReplayServer(workdir / "streams") if replay_needed else None
        if replay is not None:
            replay.__enter__()
        try:
            bench = Bench(
                quick=quick,
                streams=streams,
                replay_url=replay.base_url if replay else "http://127.0.0.1:0",
                workdir=workdir,
                rounds_scale=rounds_scale,
            )
            for name in selected:
                module = importlib.import_module(MODULES[name])
                begun = time.perf_counter()
                try:
                    results["modules"][name] = module.run(bench)
                except Exception:  # noqa: BLE001 - one broken comparison must not hide the others
                    results["errors"][name] = traceback.format_exc()
                    progress(f"{name} failed:\n{results['errors'][name]}")
                results.setdefault("durations", {})[name] = time.perf_counter() - begun
        finally:
            if replay is not None:
                replay.__exit__()
        results["render"] = _render_speed(streams)
    finally:
        if keep:
            progress(f"scratch folder kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    results["duration_s"] = time.time() - started
    results["machine"]["loadavg_end"] = machine()["loadavg"]
    return results


def _render_speed(streams: Any) -> dict[str, Any]:
    """How fast the reference servers rendered the prepared streams (why the replay server exists)."""
    out: dict[str, Any] = {}
    for key, seconds in streams.render_seconds.items():
        kind, length = key.split(":")
        prepared = streams._cache.get((kind, float(length))) or streams._cache.get((kind, int(float(length))))
        if prepared is not None and seconds > 0:
            out[key] = {
                "seconds": seconds,
                "wire_bytes": prepared.wire_bytes,
                "mbps": prepared.wire_bytes / seconds / 1e6,
            }
    return out


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from benchmarks import report

    if args.report_from:
        results = json.loads(Path(args.report_from).read_text(encoding="utf-8"))
        report.write(results)
        return 0
    selected = [name.strip() for name in args.only.split(",") if name.strip()] or list(MODULES)
    unknown = [name for name in selected if name not in MODULES]
    if unknown:
        print(f"error: unknown comparison(s) {', '.join(unknown)}; choose from {', '.join(MODULES)}", file=sys.stderr)
        return 2
    results = run(selected, quick=args.quick, rounds_scale=args.rounds_scale, keep=args.keep)
    results["command"] = " ".join(["python -m benchmarks", *(argv if argv is not None else sys.argv[1:])])
    stamp = time.strftime("%Y%m%d-%H%M%S")
    save_json(RAW / f"{stamp}.json", results)
    if args.output:
        save_json(Path(args.output), results)
    full = set(selected) == set(MODULES) and not args.quick
    if full:
        save_json(RESULTS / "latest.json", results)
    if full and not args.no_report:
        report.write(results)
        progress("wrote benchmarks/README.md and benchmarks/plots/")
    elif not args.no_report:
        progress(f"partial or quick run: results in {RAW / (stamp + '.json')}; README.md left as it is")
    problems = [
        p for module in results["modules"].values() if isinstance(module, dict) for p in module.get("problems", [])
    ]
    for problem in problems:
        progress(f"problem: {problem}")
    progress(f"done in {results['duration_s']:.0f} s")
    return 1 if results["errors"] or problems else 0


if __name__ == "__main__":
    sys.exit(main())
