"""Write `benchmarks/README.md` and the PNG plots in `benchmarks/plots/` from a results dict.

Everything in the README's tables is computed from the results (`benchmarks/results/latest.json`
for the committed report); the prose around them is fixed text, and the "behind a peer" notes are
chosen by which targets the figures miss.
"""

from __future__ import annotations

import json
from math import isnan
from typing import Any

from benchmarks._harness import ROOT, Comparison, median, paired_diff, spread

BENCH = ROOT / "benchmarks"
PLOTS = BENCH / "plots"
README = BENCH / "README.md"

SSE_OURS, SSE_OURS_ASYNC = "voxspec sse_speak", "voxspec async_sse_speak"
SSE_PEER, SSE_PEER_ASYNC = "httpx-sse + json + base64", "httpx-sse async + json + base64"
SSE_BARE, SSE_LIMIT, SSE_SDK = "bare httpx iter_bytes", "in-process decode limit", "pyneuphonic SSEClient"
WS_OURS, WS_OURS_ASYNC = "voxspec TtsWebSocket", "voxspec AsyncTtsWebSocket"
WS_BARE, WS_BARE_ASYNC = "bare websockets (sync)", "bare websockets (asyncio)"
HTTP_OURS, HTTP_OURS_ASYNC = "voxspec text_to_speech_stream", "voxspec async_text_to_speech_stream"
HTTP_BARE, HTTP_BARE_ASYNC = "bare httpx iter_bytes", "bare httpx async aiter_bytes"
CONF_ALL, CONF_HTTP = "conformance run (all suites)", "conformance run --suite http"
CONF_PEER, CONF_EMBEDDED = "schemathesis run", "conformance run, embedded server (make conformance)"


# ---------------------------------------------------------------------------- helpers
def _normalise(results: dict[str, Any]) -> dict[str, Any]:
    """Comparison objects -> plain dicts (as saved), so a fresh run and a saved file read alike."""
    from benchmarks._harness import _jsonable

    return dict(json.loads(json.dumps(results, default=_jsonable)))


def _cmp(data: dict[str, Any] | None) -> Comparison | None:
    return Comparison.from_json(data) if data else None


def _fmt(value: float, digits: int = 1) -> str:
    if value is None or isnan(value):
        return "n/a"
    return f"{value:,.{digits}f}"


def _range(values: list[float], digits: int = 1) -> str:
    clean = [v for v in values if not isnan(v)]
    if not clean:
        return "n/a"
    return f"{_fmt(median(clean), digits)} ({_fmt(min(clean), digits)}-{_fmt(max(clean), digits)})"


def _x(value: float) -> str:
    return "n/a" if isnan(value) else f"{value:.2f}x"


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "**missed**")


def _largest(section: dict[str, Any]) -> tuple[str, Comparison] | tuple[None, None]:
    if not section:
        return None, None
    key = max(section, key=lambda k: float(k))
    comparison = _cmp(section[key])
    return (key, comparison) if comparison else (None, None)


def _smallest(section: dict[str, Any]) -> Comparison | None:
    if not section:
        return None
    return _cmp(section[min(section, key=lambda k: float(k))])


# ---------------------------------------------------------------------------- targets
def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target of issues 4, 6 and 7, measured: name, figure, verdict, key."""
    out: list[dict[str, Any]] = []
    modules = results.get("modules", {})
    sse = modules.get("sse", {}).get("comparisons", {})
    for key in sorted(sse, key=float):
        comparison = _cmp(sse[key])
        if comparison is None or float(key) < 60:
            continue
        ratio = comparison.ratio(SSE_OURS, SSE_PEER, "audio_mbps")
        out.append(
            {
                "key": "sse_vs_httpx_sse",
                "target": f"SSE throughput >= 1.25x httpx-sse + json + base64 ({key} s stream)",
                "measured": _x(ratio),
                "ok": ratio >= 1.25 if not isnan(ratio) else None,
            }
        )
        ratio_async = comparison.ratio(SSE_OURS_ASYNC, SSE_PEER_ASYNC, "audio_mbps")
        out.append(
            {
                "key": "sse_async_vs_httpx_sse",
                "target": f"async SSE throughput >= 1.25x httpx-sse async ({key} s stream)",
                "measured": _x(ratio_async),
                "ok": ratio_async >= 1.25 if not isnan(ratio_async) else None,
            }
        )
        limit = comparison.ratio(SSE_OURS, SSE_LIMIT, "audio_mbps")
        out.append(
            {
                "key": "sse_vs_limit",
                "target": f"SSE throughput >= 80% of the in-process decode limit ({key} s stream)",
                "measured": f"{limit * 100:.0f}%" if not isnan(limit) else "n/a",
                "ok": limit >= 0.8 if not isnan(limit) else None,
            }
        )
    small = _smallest(sse)
    if small is not None:
        diff = paired_diff(small.values(SSE_OURS, "ttfa_ms"), small.values(SSE_BARE, "ttfa_ms"))
        out.append(
            {
                "key": "sse_ttfa",
                "target": "SSE first audio within 0.5 ms of a bare httpx read (1 s stream)",
                "measured": f"{diff:+.2f} ms",
                "ok": diff <= 0.5 if not isnan(diff) else None,
            }
        )
        diff_a = paired_diff(small.values(SSE_OURS_ASYNC, "ttfa_ms"), small.values(SSE_BARE, "ttfa_ms"))
        out.append(
            {
                "key": "sse_async_ttfa",
                "target": "async SSE first audio within 0.5 ms of a bare (sync) httpx read",
                "measured": f"{diff_a:+.2f} ms",
                "ok": diff_a <= 0.5 if not isnan(diff_a) else None,
            }
        )
    ws = modules.get("ws", {})
    for api in ("neuphonic", "asyncflow"):
        section = ws.get(api, {})
        key, big = _largest(section)
        if big is not None and float(key) >= 60:
            for ours, bare, label in ((WS_OURS, WS_BARE, "sync"), (WS_OURS_ASYNC, WS_BARE_ASYNC, "asyncio")):
                ratio = big.ratio(ours, bare, "audio_mbps")
                out.append(
                    {
                        "key": f"ws_{api}_{label}",
                        "target": f"{api} WebSocket throughput >= 0.9x bare websockets, {label} ({key} s passage)",
                        "measured": _x(ratio),
                        "ok": ratio >= 0.9 if not isnan(ratio) else None,
                    }
                )
        small = _smallest(section)
        if small is not None:
            for ours, bare, label in ((WS_OURS, WS_BARE, "sync"), (WS_OURS_ASYNC, WS_BARE_ASYNC, "asyncio")):
                diff = paired_diff(small.values(ours, "ttfa_ms"), small.values(bare, "ttfa_ms"))
                out.append(
                    {
                        "key": f"ws_{api}_ttfa_{label}",
                        "target": f"{api} WebSocket first audio within 0.5 ms of bare websockets, {label}",
                        "measured": f"{diff:+.2f} ms",
                        "ok": diff <= 0.5 if not isnan(diff) else None,
                    }
                )
    memory = modules.get("memory", {})
    ours_growth = [h["growth_mb"] for h in memory.get("helpers", {}).values() if h.get("ours") and "growth_mb" in h]
    if ours_growth:
        hours = memory.get("seconds", 3600) / 3600
        worst = max(ours_growth) / hours
        out.append(
            {
                "key": "memory",
                "target": "peak memory growth < 20 MB per hour of audio, every voxspec helper",
                "measured": f"{worst:.1f} MB/h (worst helper)",
                "ok": worst < 20,
            }
        )
    conformance = modules.get("conformance", {}).get("comparisons", {})
    for slug, data in conformance.items():
        comparison = _cmp(data)
        if comparison is None:
            continue
        ratio = comparison.ratio(CONF_HTTP, CONF_PEER, "cases_per_s")
        out.append(
            {
                "key": "conformance",
                "target": f"{slug}: conformance cases/s >= plain schemathesis run (HTTP suite, like for like)",
                "measured": _x(ratio),
                "ok": ratio >= 1.0 if not isnan(ratio) else None,
            }
        )
        ratio_all = comparison.ratio(CONF_ALL, CONF_PEER, "cases_per_s")
        out.append(
            {
                "key": "conformance_all",
                "target": f"{slug}: conformance cases/s >= plain schemathesis run (every suite)",
                "measured": _x(ratio_all),
                "ok": ratio_all >= 1.0 if not isnan(ratio_all) else None,
            }
        )
    if conformance:
        total = sum(_cmp(d).median(CONF_EMBEDDED, "wall_s") for d in conformance.values())  # type: ignore[union-attr]
        missing = modules.get("conformance", {}).get("missing", [])
        note = f" ({len(conformance)} of 5 APIs; no reference server yet for {', '.join(missing)})" if missing else ""
        out.append(
            {
                "key": "conformance_total",
                "target": f"`make conformance` under 3 minutes for all five APIs{note}",
                "measured": f"{total:.0f} s",
                "ok": total < 180 if not missing else None,
            }
        )
    return out


# ---------------------------------------------------------------------------- tables
def _stream_table(comparison: Comparison, peer: str | None, *, wire: bool = True) -> list[str]:
    lines = [
        "| contender | role | first audio, ms | audio MB/s | wire MB/s | ratio to peer | spread |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for name in comparison.runs:
        ratio = comparison.ratio(name, peer, "audio_mbps") if peer and name != peer else float("nan")
        if peer and name == peer:
            ratio_text = "peer"
        else:
            ratio_text = _x(ratio)
        metric = "wire_mbps" if isnan(comparison.median(name, "audio_mbps")) else "audio_mbps"
        lines.append(
            f"| {'**' + name + '**' if comparison.ours.get(name) else name} | {comparison.roles.get(name, '')} "
            f"| {_range(comparison.values(name, 'ttfa_ms'), 2)} | {_range(comparison.values(name, 'audio_mbps'))} "
            f"| {_range(comparison.values(name, 'wire_mbps')) if wire else ''} | {ratio_text} "
            f"| {spread(comparison.values(name, metric)) * 100:.0f}% |"
        )
    return lines


def _section_streams(title: str, section: dict[str, Any], peer: str, note: str) -> list[str]:
    lines = [f"### {title}", "", note, ""]
    for key in sorted(section, key=float):
        comparison = _cmp(section[key])
        if comparison is None:
            continue
        params = comparison.params
        rounds = len(next(iter(comparison.runs.values()), {}).get("total_s", []))
        lines.append(
            f"**{key} s of audio** ({params.get('audio_bytes', 0) / 1e6:.1f} MB of PCM, "
            f"{params.get('wire_bytes', 0) / 1e6:.1f} MB on the wire; {rounds} rounds; load average "
            f"{params.get('loadavg', ['?'])[0]} at the start):"
        )
        lines.append("")
        lines += _stream_table(comparison, peer)
        lines.append("")
    return lines


# ---------------------------------------------------------------------------- plots
def plots(results: dict[str, Any]) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    PLOTS.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    modules = results.get("modules", {})

    def bars(ax: Any, comparison: Comparison, metric: str, names: list[str], title: str, unit: str) -> None:
        names = [n for n in names if not isnan(comparison.median(n, metric))]
        values = [comparison.median(n, metric) for n in names]
        lows = [v - min(x for x in comparison.values(n, metric) if not isnan(x)) for n, v in zip(names, values)]
        highs = [max(x for x in comparison.values(n, metric) if not isnan(x)) - v for n, v in zip(names, values)]
        colors = ["#1f77b4" if comparison.ours.get(n) else "#999999" for n in names]
        ax.barh(range(len(names)), values, xerr=[lows, highs], color=colors, capsize=3)
        ax.set_yticks(range(len(names)), names, fontsize=8)
        ax.invert_yaxis()
        ax.set_title(title, fontsize=10)
        ax.set_xlabel(unit, fontsize=9)
        ax.grid(axis="x", alpha=0.3)

    def save(fig: Any, name: str) -> None:
        fig.tight_layout()
        fig.savefig(PLOTS / name, dpi=110)
        plt.close(fig)
        written.append(name)

    def stream_plots(sections: list[tuple[str, dict[str, Any]]], prefix: str) -> None:
        rows = [(label, key, _cmp(section[key])) for label, section in sections for key in sorted(section, key=float)]
        rows = [(label, key, c) for label, key, c in rows if c is not None]
        if not rows:
            return
        small = [
            (label, key, c) for label, key, c in rows if key == min((k for lb, k, _ in rows if lb == label), key=float)
        ]
        fig, axes = plt.subplots(
            len(small), 1, figsize=(8, 1.0 + 0.42 * sum(len(c.runs) for _, _, c in small)), squeeze=False
        )
        for ax, (label, key, comparison) in zip(axes[:, 0], small):
            bars(
                ax,
                comparison,
                "ttfa_ms",
                list(comparison.runs),
                f"{label}: time to first audio, {key} s stream (median, min-max)",
                "ms (lower is better)",
            )
        save(fig, f"{prefix}_ttfa.png")
        big = [(label, key, c) for label, key, c in rows if float(key) >= 60]
        if not big:
            big = rows
        fig, axes = plt.subplots(
            len(big), 1, figsize=(8, 1.0 + 0.42 * sum(len(c.runs) for _, _, c in big)), squeeze=False
        )
        for ax, (label, key, comparison) in zip(axes[:, 0], big):
            names = list(comparison.runs)
            metric = "audio_mbps"
            bars(
                ax,
                comparison,
                metric,
                names,
                f"{label}: decoded-audio throughput, {key} s stream (median, min-max)",
                "MB/s of audio (higher is better)",
            )
        save(fig, f"{prefix}_throughput.png")

    stream_plots([("Neuphonic SSE", modules.get("sse", {}).get("comparisons", {}))], "sse")
    ws = modules.get("ws", {})
    stream_plots([("Neuphonic WS", ws.get("neuphonic", {})), ("AsyncFlow WS", ws.get("asyncflow", {}))], "ws")
    stream_plots([("AsyncFlow HTTP stream", modules.get("http", {}).get("comparisons", {}))], "http_stream")

    memory = modules.get("memory", {}).get("helpers", {})
    if memory:
        names = [n for n in memory if "growth_mb" in memory[n]]
        fig, ax = plt.subplots(figsize=(8, 1.0 + 0.35 * len(names)))
        ax.barh(
            range(len(names)),
            [memory[n]["growth_mb"] for n in names],
            color=["#1f77b4" if memory[n].get("ours") else "#999999" for n in names],
        )
        ax.axvline(20, color="#d62728", linestyle="--", label="target: 20 MB per hour")
        ax.set_yticks(range(len(names)), names, fontsize=8)
        ax.invert_yaxis()
        ax.set_xlabel("peak RSS growth, MB", fontsize=9)
        ax.set_title(
            f"Peak memory growth streaming {modules['memory'].get('seconds', 3600) / 3600:g} h of 24 kHz 16-bit audio",
            fontsize=10,
        )
        ax.legend(fontsize=8)
        save(fig, "memory.png")

    conformance = modules.get("conformance", {}).get("comparisons", {})
    if conformance:
        slugs = list(conformance)
        comps = {slug: _cmp(conformance[slug]) for slug in slugs}
        names = list(next(iter(comps.values())).runs)  # type: ignore[union-attr]
        fig, ax = plt.subplots(figsize=(8, 1.5 + 0.9 * len(slugs)))
        height = 0.8 / len(names)
        palette = ["#1f77b4", "#6baed6", "#999999", "#c6dbef"]
        for index, name in enumerate(names):
            ax.barh(
                [i + index * height for i in range(len(slugs))],
                [comps[s].median(name, "cases_per_s") for s in slugs],
                height=height,  # type: ignore[union-attr]
                label=name,
                color=palette[index % len(palette)],
            )
        ax.set_yticks([i + 0.4 - height / 2 for i in range(len(slugs))], slugs)
        ax.invert_yaxis()
        ax.set_xlabel("cases per second of wall time (higher is better)", fontsize=9)
        ax.set_title("Conformance: cases per second, per API", fontsize=10)
        ax.legend(fontsize=7)
        save(fig, "conformance.png")
    return written


# ---------------------------------------------------------------------------- README
def write(results: dict[str, Any]) -> None:
    results = _normalise(results)
    written = plots(results)
    README.write_text(render(results, written), encoding="utf-8")


def render(results: dict[str, Any], written: list[str]) -> str:
    m = results.get("machine", {})
    modules = results.get("modules", {})
    versions = m.get("versions", {})
    out: list[str] = []
    add = out.append
    add("# Benchmarks: voxspec against its peers")
    add("")
    add(
        "<!-- Written by `python -m benchmarks` (benchmarks/report.py) from benchmarks/results/latest.json; do not edit by hand. -->"
    )
    add("")
    add("What users choose a client or a validation tool by, measured side by side in one run, on the same")
    add("server and machine (issue 7, and the speed sections of issues 4 and 6). Every comparison runs its")
    add("contenders alternately over several rounds after a warm-up; the tables give the median with the")
    add("range (min-max) over rounds, and ratios to the peer taken per round (each round's contenders ran")
    add("next to each other in time) and then their median. Absolute figures on a shared 2-core machine are")
    add("noisy; the ratios are the figures to read. No test asserts any of these timings.")
    add("")
    add("## Rerun")
    add("")
    add("```console")
    add(
        "$ make bench                                   # = .venv/bin/python -m benchmarks: everything, then this README and plots/"
    )
    add(
        "$ .venv/bin/python -m benchmarks --only sse,ws --rounds-scale 2   # a subset, twice the rounds (results/raw/ only)"
    )
    add("$ .venv/bin/python -m benchmarks --report-from benchmarks/results/latest.json   # rewrite README + plots")
    add("$ .venv/bin/python -m pytest -m bench tests/benchmarks            # the harness, once at a tiny size")
    add("```")
    add("")
    add("Comparisons live in `benchmarks/`: `sse_speech.py`, `ws_tts.py`, `http_stream.py`, `memory.py`,")
    add("`generation.py`, `conformance_speed.py`; `_harness.py` (rounds, warm-up, median, spread, ratios),")
    add("`_streams.py` + `_replay.py` (the prepared streams and the server that replays them), `report.py`.")
    add("")
    add("## Machine and run")
    add("")
    add("| | |")
    add("|---|---|")
    add(
        f"| run | {results.get('started', '?')}, commit `{m.get('git', '?')}`, `{results.get('command', 'python -m benchmarks')}`, {results.get('duration_s', 0) / 60:.1f} min |"
    )
    add(f"| CPU | {m.get('cpu', '?')}, `nproc` = {m.get('nproc', '?')} (KVM guest), {m.get('memory_gb', '?')} GB RAM |")
    add(f"| OS | {m.get('platform', '?')} |")
    add(f"| Python | {m.get('implementation', 'CPython')} {m.get('python', '?')} |")
    load = m.get("loadavg", [])
    load_end = m.get("loadavg_end", [])
    add(
        f"| load average (1/5/15 min) | {' / '.join(f'{x:.2f}' for x in load)} at the start, {' / '.join(f'{x:.2f}' for x in load_end)} at the end: other work shared the 2 cores |"
    )
    add(f"| versions | {', '.join(f'{k} {v}' for k, v in versions.items())} |")
    add("")
    add("## Targets")
    add("")
    add("| target (issues 4, 6, 7) | measured | verdict |")
    add("|---|---:|---|")
    measured = targets(results)
    for item in measured:
        add(f"| {item['target']} | {item['measured']} | {_verdict(item['ok'])} |")
    add("")
    missed = {item["key"] for item in measured if item["ok"] is False}
    problems = [p for module in modules.values() if isinstance(module, dict) for p in module.get("problems", [])]
    if problems or results.get("errors"):
        add("**Problems in this run:**")
        add("")
        for problem in problems:
            add(f"- {problem}")
        for name, error in results.get("errors", {}).items():
            add(f"- comparison `{name}` failed: `{error.strip().splitlines()[-1]}`")
        add("")
    add(BEHIND_INTRO)
    add("")
    for key, text in BEHIND.items():
        if any(k == key or k.startswith(key) for k in missed):
            add(text)
            add("")
    add(ALWAYS_NOTES)
    add("")

    # ---- SSE
    sse = modules.get("sse", {}).get("comparisons", {})
    if sse:
        add("## 1. SSE speech (Neuphonic `/sse/speak`)")
        add("")
        add(SSE_METHOD)
        add("")
        out.extend(
            _section_streams(
                "Results", sse, SSE_PEER, "Ratios are throughput against httpx-sse + json + base64 (sync)."
            )
        )
        for name in ("sse_ttfa.png", "sse_throughput.png"):
            if name in written:
                add(f"![{name}](plots/{name})")
                add("")
    ws = modules.get("ws", {})
    if ws.get("neuphonic") or ws.get("asyncflow"):
        add("## 2. WebSocket TTS (Neuphonic `/speak/{lang}`, AsyncFlow `/text_to_speech/websocket/ws`)")
        add("")
        add(WS_METHOD)
        add("")
        if ws.get("neuphonic"):
            out.extend(
                _section_streams(
                    "Neuphonic",
                    ws["neuphonic"],
                    WS_BARE,
                    "Ratios are throughput against the bare sync `websockets` client.",
                )
            )
        if ws.get("asyncflow"):
            out.extend(
                _section_streams(
                    "AsyncFlow",
                    ws["asyncflow"],
                    WS_BARE,
                    "Ratios are throughput against the bare sync `websockets` client.",
                )
            )
        for name in ("ws_ttfa.png", "ws_throughput.png"):
            if name in written:
                add(f"![{name}](plots/{name})")
                add("")
    http = modules.get("http", {}).get("comparisons", {})
    if http:
        add("## 3. HTTP audio streaming (AsyncFlow `/text_to_speech/streaming`)")
        add("")
        add(HTTP_METHOD)
        add("")
        out.extend(_section_streams("Results", http, HTTP_BARE, "Ratios are throughput against bare sync httpx."))
        for name in ("http_stream_ttfa.png", "http_stream_throughput.png"):
            if name in written:
                add(f"![{name}](plots/{name})")
                add("")
    memory = modules.get("memory", {})
    if memory.get("helpers"):
        add("## 4. Memory: one hour of audio through each helper")
        add("")
        add(MEMORY_METHOD)
        add("")
        add("| helper | voxspec? | RSS before, MB | peak growth, MB | audio streamed, MB | time, s | audio MB/s |")
        add("|---|---|---:|---:|---:|---:|---:|")
        for name, item in memory["helpers"].items():
            if "error" in item:
                add(f"| {name} | {'yes' if item.get('ours') else 'peer'} | failed | | | | |")
                continue
            add(
                f"| {'**' + name + '**' if item.get('ours') else name} | {'yes' if item.get('ours') else 'peer'} "
                f"| {item['rss_before_kb'] / 1024:.1f} | {item['growth_mb']:.2f} | {item['audio_bytes'] / 1e6:.1f} "
                f"| {item['seconds']:.2f} | {item['audio_bytes'] / item['seconds'] / 1e6:.0f} |"
            )
        add("")
        if "memory.png" in written:
            add("![memory](plots/memory.png)")
            add("")
    generation = modules.get("generation", {})
    if generation.get("comparison"):
        comparison = _cmp(generation["comparison"])
        assert comparison is not None
        add("## 5. Generation (`make generate`)")
        add("")
        add(GENERATION_METHOD)
        add("")
        add(f"All of: {', '.join(generation.get('slugs', []))}.")
        add("")
        add("| step | seconds, median (min-max) |")
        add("|---|---:|")
        for name in comparison.runs:
            add(f"| {name} | {_range(comparison.values(name, 'seconds'), 2)} |")
        add("")
        add("| API | operations | models | generator output, lines | overlays copied in, lines | .py files |")
        add("|---|---:|---:|---:|---:|---:|")
        totals = [0, 0, 0, 0, 0]
        for slug, item in generation.get("lines", {}).items():
            row = [item["operations"], item["models"], item["generated_lines"], item["overlay_lines"], item["files"]]
            totals = [a + b for a, b in zip(totals, row)]
            add(f"| {slug} | {' | '.join(f'{v:,}' for v in row)} |")
        add(f"| total | {' | '.join(f'{v:,}' for v in totals)} |")
        add("")
    conformance = modules.get("conformance", {})
    if conformance.get("comparisons"):
        add("## 6. Conformance speed (`python -m conformance run` vs `schemathesis run`)")
        add("")
        add(CONFORMANCE_METHOD.format(max_examples=conformance.get("max_examples"), seed=conformance.get("seed")))
        add("")
        if conformance.get("missing"):
            add(
                f"Not measured (no reference server in `conformance/servers/` at the time of the run): {', '.join(conformance['missing'])}."
            )
            add("")
        add(
            "| API | contender | cases | wall time, s | cases/s | ratio to schemathesis run (cases/s) | failures reported |"
        )
        add("|---|---|---:|---:|---:|---:|---:|")
        for slug, data in conformance["comparisons"].items():
            comparison = _cmp(data)
            assert comparison is not None
            for name in comparison.runs:
                ratio = "peer" if name == CONF_PEER else _x(comparison.ratio(name, CONF_PEER, "cases_per_s"))
                add(
                    f"| {slug} | {'**' + name + '**' if comparison.ours.get(name) else name} "
                    f"| {_fmt(comparison.median(name, 'cases'), 0)} | {_range(comparison.values(name, 'wall_s'))} "
                    f"| {_range(comparison.values(name, 'cases_per_s'))} | {ratio} | {_fmt(comparison.median(name, 'failures'), 0)} |"
                )
        add("")
        if "conformance.png" in written:
            add("![conformance](plots/conformance.png)")
            add("")
    render_speed = results.get("render", {})
    add("## Method notes")
    add("")
    add(REPLAY_NOTE)
    if render_speed:
        add("")
        add("Rendering speed of the reference servers in this run (the reason for the replay server):")
        add("")
        add("| stream | rendered in, s | MB/s on the wire |")
        add("|---|---:|---:|")
        for key, item in sorted(render_speed.items()):
            add(f"| {key} s | {item['seconds']:.2f} | {item['mbps']:.0f} |")
    add("")
    add(NOISE_NOTE)
    add("")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------- fixed prose
SSE_METHOD = """\
Contenders, all reading the same prepared stream (24 kHz 16-bit PCM in one `event: message` per
word, base64 in JSON, as the Neuphonic reference server renders it) from the replay server on
127.0.0.1: **voxspec `sse_speak`** and **`async_sse_speak`** (typed chunks with decoded audio, on a
`create_client` client: retries, auth); **httpx-sse** `connect_sse` + `iter_sse()` + `json.loads` +
`base64.b64decode`, sync and async, what a user writes by hand; **pyneuphonic 3.1.2**
`SSEClient.send()` (a new `httpx` client and connection per call, `iter_lines()`, pydantic models);
**bare httpx** `iter_bytes()` (no decoding: the floor for time to first byte and the network ceiling);
the **in-process decode limit** (the same event bytes in memory, split on blank lines, `json.loads`,
`base64.b64decode`: framing, JSON and base64 only, no network); and **voxspec's decoder in-process**
(`SSEDecoder.feed_raw` + the speech-event decoder on the same bytes in 64 KiB pieces). Time to first
audio runs from the request to the first decoded audio bytes (the first body bytes for bare httpx);
throughput is decoded audio per second of the whole transfer. Every decoding contender is checked to
have decoded exactly the prepared audio."""

WS_METHOD = """\
Neuphonic: a passage `{"text": "... <STOP>"}` answered by one `{"data": {"audio": <base64>, ...}}`
message per word and a last one with `stop: true`. AsyncFlow: init on connect, one transcript,
`{"text": ""}`, then `{"audio": <base64>, "final": false}` messages (a word each) until `final`.
Contenders: **voxspec `TtsWebSocket`** (sync) and **`AsyncTtsWebSocket`**; a **bare `websockets` 16
client**, sync and asyncio, doing the same protocol by hand (`json.loads` + `base64.b64decode`); and
for Neuphonic **pyneuphonic 3.1.2** `AsyncWebsocketClient` (a message handler receiving pydantic
models). Connecting (and AsyncFlow's init) is done before the clock starts, the same for everyone;
first audio and throughput run from sending the text."""

HTTP_METHOD = """\
Raw 24 kHz s16le PCM in HTTP chunks (a word each, as the AsyncFlow reference server streams it).
Contenders: **voxspec `text_to_speech_stream`** / **`async_text_to_speech_stream`** (a `Stream` of
sample-aligned byte chunks on a `create_client` client) against bare `httpx` `stream()` +
`iter_bytes()` / `aiter_bytes()` with the same headers. There is nothing to decode, so this measures
the helper's own overhead."""

MEMORY_METHOD = """\
Each helper runs in its own child process: it streams a 1-second warm-up, resets the kernel's
peak-RSS mark (`/proc/self/clear_refs`), notes `VmRSS`, streams one hour (172.8 MB of PCM; about
231 MB of SSE or WebSocket text) discarding each chunk, and reads `VmHWM`; growth is the difference.
Peers ran the same way, for comparison."""

GENERATION_METHOD = """\
`make generate` is `scripts/generate.py` (validate the spec, openapi-python-client + ruff, copy the
overlays in, swap into `generated/`) followed by `pip install -e` of the five distributions. It
runs here in a scratch copy of `scripts/`, `specs/` and `overlays/`, because in the working tree it
would rewrite `generated/` and re-point the shared virtualenv: **cold** is a run with no
`generated/` folder; **no-op** the same command again with nothing changed; **check** is
`generate.py --check` (`make check-generated`); the **install step** is `pip install --dry-run -e`
of the five distributions (it prepares the editable builds, where `make install` spends its time,
without installing). Lines: generator output vs the overlay files copied into each package."""

CONFORMANCE_METHOD = """\
Each contender is its own process against a fresh reference server in another process
(`python -m conformance serve`, started before the clock), with `--max-examples {max_examples}` (the
runner's default) and `--seed {seed}`: `conformance run` with every suite; `conformance run --suite
http` (schemathesis' examples, coverage, fuzzing and stateful phases plus the suite's own checks and
expected statuses: the like-for-like comparison); plain `schemathesis run specs/<api>/openapi.yaml
--url ... -H <api key>` with no example database; and `conformance run` without `--base-url`, as
`make conformance` runs it (the reference server inside the runner process, its start included).
Wall time covers the whole process, interpreter start included; cases are what each tool reports.
Plain schemathesis reports some failures the suite's adapters resolve (documented deviations)."""

REPLAY_NOTE = """\
**The server side outpaces the clients.** The reference servers render speech per request in Python
(table below), slower than the clients read, so a benchmark against them would measure the server.
The streams are therefore rendered once by the reference servers (the Neuphonic SSE events, the
AsyncFlow stream chunks, and the WebSocket frames captured over a real connection) and replayed by
`benchmarks/_replay.py`, a raw asyncio server in its own process (its own core) that writes the
prepared wire bytes (HTTP chunks, or unmasked WebSocket frames) in 1 MiB slices with flow control:
the same wire format with no per-request work. A bare `iter_bytes()` read of it runs at 700-900 MB/s
here, several times what any decoding client reaches. The replay server negotiates no WebSocket
compression (the reference server's uvicorn would; the real services' choice is unknown), so no
client spends time inflating. Streams longer than 10 minutes repeat the 10-minute rendering."""

NOISE_NOTE = """\
**Noise.** The machine has 2 cores shared with other work (see the load average above): one runs the
client under test, one the replay server, and anything else competes with both. Contenders alternate
within each round (the order rotates every round), a garbage collection runs before every timed
run, and ratios are medians of per-round ratios. The spread column is (max - min) / median over the
rounds; where it is large, read the ratio, not the absolute figure. The sync `websockets` client
reads frames in a background thread, so its figures (ours and the bare one alike) also depend on
GIL hand-offs between two threads, and vary more than the asyncio ones."""

BEHIND_INTRO = "### Where voxspec is behind, and why"

ALWAYS_NOTES = ""

BEHIND: dict[str, str] = {}
