"""Write `benchmarks/README.md` and the PNG plots in `benchmarks/plots/` from a results dict.

Every figure in the README is computed from the results (`benchmarks/results/latest.json` for the
committed report); the prose around the tables is fixed text, and the notes on where voxspec is
behind a peer are chosen by which targets the figures miss.
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
SSE_BARE_ASYNC = "bare httpx async aiter_bytes"
WS_OURS, WS_OURS_ASYNC = "voxspec TtsWebSocket", "voxspec AsyncTtsWebSocket"
WS_BARE, WS_BARE_ASYNC = "bare websockets (sync)", "bare websockets (asyncio)"
HTTP_OURS, HTTP_OURS_ASYNC = "voxspec text_to_speech_stream", "voxspec async_text_to_speech_stream"
HTTP_BARE, HTTP_BARE_ASYNC = "bare httpx iter_bytes", "bare httpx async aiter_bytes"
CONF_HTTP, CONF_PEER = "conformance run --suite http", "schemathesis run"
CONF_HOOKED = "schemathesis run + voxspec hooks"


# ---------------------------------------------------------------------------- helpers
def _normalise(results: dict[str, Any]) -> dict[str, Any]:
    """Comparison objects -> plain dicts (as saved), so a fresh run and a saved file read alike."""
    from benchmarks._harness import _jsonable

    return dict(json.loads(json.dumps(results, default=_jsonable)))


def _cmp(data: dict[str, Any] | None) -> Comparison | None:
    return Comparison.from_json(data) if data else None


def _fmt(value: float | None, digits: int = 1) -> str:
    if value is None or isnan(value):
        return "n/a"
    return f"{value:,.{digits}f}"


def _range(values: list[float], digits: int = 1) -> str:
    clean = [v for v in values if not isnan(v)]
    if not clean:
        return "n/a"
    if len(clean) == 1:
        return _fmt(clean[0], digits)
    return f"{_fmt(median(clean), digits)} ({_fmt(min(clean), digits)}-{_fmt(max(clean), digits)})"


def _x(value: float) -> str:
    return "n/a" if isnan(value) else f"{value:.2f}x"


def _cpu_note(comparison: Comparison, ours: str, peer: str, *, percent: bool = False) -> str:
    """The same ratio by CPU time (audio per CPU-second of the client process), in brackets."""
    ratio = comparison.ratio(ours, peer, "cpu_mbps")
    if isnan(ratio):
        return ""
    return f" (by CPU: {ratio * 100:.0f}%)" if percent else f" (by CPU: {_x(ratio)})"


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "**missed**")


def _sizes(section: dict[str, Any]) -> list[tuple[str, Comparison]]:
    out = []
    for key in sorted(section, key=float):
        comparison = _cmp(section[key])
        if comparison is not None:
            out.append((key, comparison))
    return out


def _target(key: str, target: str, measured: str, ok: bool | None) -> dict[str, Any]:
    return {"key": key, "target": target, "measured": measured, "ok": ok}


def _at_least(value: float, bound: float) -> bool | None:
    return None if isnan(value) else value >= bound


def _at_most(value: float, bound: float) -> bool | None:
    return None if isnan(value) else value <= bound


# ---------------------------------------------------------------------------- targets
def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target of issues 4, 6 and 7 as measured in this run: key, target, figure, verdict."""
    out: list[dict[str, Any]] = []
    modules = results.get("modules", {})
    sse = _sizes(modules.get("sse", {}).get("comparisons", {}))
    for key, c in sse:
        if float(key) < 60:
            continue
        ratio = c.ratio(SSE_OURS, SSE_PEER, "audio_mbps")
        out.append(
            _target(
                "sse_vs_httpx_sse",
                f"SSE throughput >= 1.25x httpx-sse + json + base64 ({key} s stream)",
                _x(ratio) + _cpu_note(c, SSE_OURS, SSE_PEER),
                _at_least(ratio, 1.25),
            )
        )
        ratio = c.ratio(SSE_OURS_ASYNC, SSE_PEER_ASYNC, "audio_mbps")
        out.append(
            _target(
                "sse_async_vs_httpx_sse",
                f"async SSE throughput >= 1.25x httpx-sse async ({key} s stream)",
                _x(ratio) + _cpu_note(c, SSE_OURS_ASYNC, SSE_PEER_ASYNC),
                _at_least(ratio, 1.25),
            )
        )
        ratio = c.ratio(SSE_OURS, SSE_LIMIT, "audio_mbps")
        out.append(
            _target(
                "sse_vs_limit",
                f"SSE throughput >= 80% of the in-process decode limit ({key} s stream)",
                ("n/a" if isnan(ratio) else f"{ratio * 100:.0f}%") + _cpu_note(c, SSE_OURS, SSE_LIMIT, percent=True),
                _at_least(ratio, 0.8),
            )
        )
    if sse:
        key, c = sse[0]
        for ours, bare, label in ((SSE_OURS, SSE_BARE, "SSE"), (SSE_OURS_ASYNC, SSE_BARE_ASYNC, "async SSE")):
            if not c.values(bare, "ttfa_ms"):
                bare = SSE_BARE
            diff = paired_diff(c.values(ours, "ttfa_ms"), c.values(bare, "ttfa_ms"))
            kind = "async" if bare == SSE_BARE_ASYNC else "sync"
            out.append(
                _target(
                    "sse_ttfa",
                    f"{label} first audio within 0.5 ms of a bare httpx read, {kind} ({key} s stream)",
                    f"{diff:+.2f} ms",
                    _at_most(diff, 0.5),
                )
            )
    ws = modules.get("ws", {})
    pairs = ((WS_OURS, WS_BARE, "sync"), (WS_OURS_ASYNC, WS_BARE_ASYNC, "asyncio"))
    for api in ("neuphonic", "asyncflow"):
        sizes = _sizes(ws.get(api, {}))
        if not sizes:
            continue
        key, big = sizes[-1]
        if float(key) >= 60:
            for ours, bare, label in pairs:
                ratio = big.ratio(ours, bare, "audio_mbps")
                out.append(
                    _target(
                        f"ws_{api}",
                        f"{api} WebSocket throughput >= 0.9x bare websockets, {label} ({key} s passage)",
                        _x(ratio) + _cpu_note(big, ours, bare),
                        _at_least(ratio, 0.9),
                    )
                )
        key, small = sizes[0]
        for ours, bare, label in pairs:
            diff = paired_diff(small.values(ours, "ttfa_ms"), small.values(bare, "ttfa_ms"))
            out.append(
                _target(
                    f"ws_{api}_ttfa",
                    f"{api} WebSocket first audio within 0.5 ms of bare websockets, {label}",
                    f"{diff:+.2f} ms",
                    _at_most(diff, 0.5),
                )
            )
    memory = modules.get("memory", {})
    growth = [h["growth_mb"] for h in memory.get("helpers", {}).values() if h.get("ours") and "growth_mb" in h]
    if growth:
        worst = max(growth) / (memory.get("seconds", 3600) / 3600)
        out.append(
            _target(
                "memory",
                "peak memory growth < 20 MB per hour of audio, every voxspec helper",
                f"{worst:.1f} MB per hour (worst helper)",
                worst < 20,
            )
        )
    conformance = modules.get("conformance", {})
    make = conformance.get("make_conformance", {})
    for slug, data in conformance.get("comparisons", {}).items():
        cc = _cmp(data)
        if cc is None:
            continue
        c = cc
        ratio = c.ratio(CONF_HTTP, CONF_PEER, "cases_per_s")
        cpu = c.ratio(CONF_HTTP, CONF_PEER, "cases_per_cpu_s")
        out.append(
            _target(
                f"conformance_{slug}",
                f"{slug}: conformance run cases/s >= plain schemathesis run (HTTP suite, same server)",
                f"{_x(ratio)} (per CPU-s: {_x(cpu)})",
                _at_least(ratio, 1.0),
            )
        )
        if CONF_HOOKED in c.runs:
            same = c.ratio(CONF_HTTP, CONF_HOOKED, "cases_per_s")
            same_cpu = c.ratio(CONF_HTTP, CONF_HOOKED, "cases_per_cpu_s")
            out.append(
                _target(
                    f"conformance_same_{slug}",
                    f"{slug}: conformance run cases/s >= schemathesis run with the same hooks (same cases)",
                    f"{_x(same)} (per CPU-s: {_x(same_cpu)})",
                    _at_least(same, 1.0),
                )
            )
        every = make.get("per_api", {}).get(slug)
        peer = c.median(CONF_PEER, "cases_per_s")
        if every and every["seconds"] > 0 and not isnan(peer):
            ratio = every["cases"] / every["seconds"] / peer
            out.append(
                _target(
                    f"conformance_all_{slug}",
                    f"{slug}: `make conformance` cases/s (every suite) >= plain schemathesis run",
                    _x(ratio),
                    ratio >= 1.0,
                )
            )
    if make:
        missing = conformance.get("missing", [])
        note = f" (no reference server yet for {', '.join(missing)})" if missing else ""
        ok = make["wall_s"] < 180 if make.get("api") == "all" and not missing else None
        out.append(
            _target(
                "conformance_total",
                f"`make conformance` under 3 minutes for all five APIs{note}",
                f"{make['wall_s']:.0f} s",
                ok,
            )
        )
    return out


# ---------------------------------------------------------------------------- tables
def _is_async(name: str) -> bool:
    return "async" in name.lower()


def _stream_table(comparison: Comparison, peer: str, async_peer: str | None = None) -> list[str]:
    lines = [
        "| contender | role | first audio, ms | audio MB/s | audio MB per CPU-s | wire MB/s | ratio to peer | ratio by CPU | spread |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in comparison.runs:
        mine = async_peer if async_peer and _is_async(name) and comparison.values(async_peer, "audio_mbps") else peer
        if name in (peer, async_peer):
            ratio_text = cpu_text = "peer"
        elif mine != peer:
            ratio_text = _x(comparison.ratio(name, mine, "audio_mbps"))
            cpu_text = _x(comparison.ratio(name, mine, "cpu_mbps"))
        else:
            ratio_text = _x(comparison.ratio(name, peer, "audio_mbps"))
            cpu_text = _x(comparison.ratio(name, peer, "cpu_mbps"))
        if isnan(comparison.median(name, "audio_mbps")):
            ratio_text = cpu_text = "n/a"
        metric = "wire_mbps" if isnan(comparison.median(name, "audio_mbps")) else "audio_mbps"
        label = f"**{name}**" if comparison.ours.get(name) else name
        lines.append(
            f"| {label} | {comparison.roles.get(name, '')} | {_range(comparison.values(name, 'ttfa_ms'), 2)} "
            f"| {_range(comparison.values(name, 'audio_mbps'))} | {_fmt(comparison.median(name, 'cpu_mbps'))} "
            f"| {_range(comparison.values(name, 'wire_mbps'))} | {ratio_text} | {cpu_text} "
            f"| {spread(comparison.values(name, metric)) * 100:.0f}% |"
        )
    return lines


def _decomposition(parts: dict[str, Any] | None) -> list[str]:
    if not parts:
        return []
    out = [
        "### Where the decoding time goes",
        "",
        (
            f"In-process, on the {parts.get('seconds', 60):g} s stream's event bytes ({parts['events']} events, "
            f"{parts['audio_bytes'] / 1e6:.1f} MB of audio): CPU milliseconds of each step, best of 15 with the "
            "steps interleaved (`sse_speech.decomposition`)."
        ),
        "",
        "| step | CPU ms | share of httpx-sse's whole path |",
        "|---|---:|---:|",
    ]
    whole = parts["cpu_ms"].get("httpx-sse + json.loads + base64, whole path", float("nan"))
    out += [f"| {name} | {value:.2f} | {value / whole * 100:.0f}% |" for name, value in parts["cpu_ms"].items()]
    return [*out, ""]


def _section_streams(
    title: str, section: dict[str, Any], peer: str, note: str, async_peer: str | None = None
) -> list[str]:
    lines = [f"### {title}", "", note, ""]
    for key, comparison in _sizes(section):
        params = comparison.params
        rounds = len(next(iter(comparison.runs.values()), {}).get("total_s", []))
        load = params.get("loadavg", ["?"])[0]
        lines.append(
            f"**{key} s of audio** ({params.get('audio_bytes', 0) / 1e6:.1f} MB of PCM, "
            f"{params.get('wire_bytes', 0) / 1e6:.1f} MB on the wire; {rounds} rounds; load average {load} at the start):"
        )
        lines.append("")
        lines += _stream_table(comparison, peer, async_peer)
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
        rows = [(label, key, c) for label, section in sections for key, c in _sizes(section)]
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
    make = modules.get("conformance", {}).get("make_conformance", {}).get("per_api", {})
    comps = {slug: c for slug, c in ((s, _cmp(d)) for s, d in conformance.items()) if c is not None}
    if comps:
        slugs = list(comps)
        series = [
            (CONF_HTTP + " (HTTP suite)", [comps[s].median(CONF_HTTP, "cases_per_s") for s in slugs], "#1f77b4"),
            (CONF_PEER, [comps[s].median(CONF_PEER, "cases_per_s") for s in slugs], "#999999"),
        ]
        if all(CONF_HOOKED in comps[s].runs for s in slugs):
            series.append((CONF_HOOKED, [comps[s].median(CONF_HOOKED, "cases_per_s") for s in slugs], "#cccccc"))
        if make:
            rates = [
                make[s]["cases"] / make[s]["seconds"] if make.get(s, {}).get("seconds") else float("nan") for s in slugs
            ]
            series.append(("make conformance (every suite)", rates, "#6baed6"))
        fig, ax = plt.subplots(figsize=(8, 2.2 + 0.8 * len(slugs)))
        height = 0.8 / len(series)
        for index, (label, values, color) in enumerate(series):
            ax.barh([i + index * height for i in range(len(slugs))], values, height=height, label=label, color=color)
        ax.set_yticks([i + 0.4 - height / 2 for i in range(len(slugs))], slugs)
        ax.invert_yaxis()
        ax.set_xlabel("cases per second of wall time (higher is better)", fontsize=9)
        ax.set_title("Conformance: cases per second, per API", fontsize=10)
        ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, frameon=False)
        save(fig, "conformance.png")
    return written


# ---------------------------------------------------------------------------- README
def write(results: dict[str, Any]) -> None:
    results = _normalise(results)
    written = plots(results)
    README.write_text(render(results, written), encoding="utf-8")


def _images(names: list[str], written: list[str]) -> list[str]:
    return [line for name in names if name in written for line in (f"![{name}](plots/{name})", "")]


def render(results: dict[str, Any], written: list[str]) -> str:
    m = results.get("machine", {})
    modules = results.get("modules", {})
    out: list[str] = [INTRO, ""]
    load, load_end = m.get("loadavg", []), m.get("loadavg_end", [])
    out += [
        "## Machine and run",
        "",
        "| | |",
        "|---|---|",
        (
            f"| run | {results.get('started', '?')}, commit `{m.get('git', '?')}`, "
            f"`{results.get('command', 'python -m benchmarks').strip()}`, {results.get('duration_s', 0) / 60:.1f} min |"
        ),
        f"| CPU | {m.get('cpu', '?')}, `nproc` = {m.get('nproc', '?')} (KVM guest), {m.get('memory_gb', '?')} GB RAM |",
        f"| OS | {m.get('platform', '?')} |",
        f"| Python | {m.get('implementation', 'CPython')} {m.get('python', '?')} |",
        (
            f"| load average (1/5/15 min) | {' / '.join(f'{x:.2f}' for x in load)} at the start, "
            f"{' / '.join(f'{x:.2f}' for x in load_end)} at the end (other work shared the 2 cores) |"
        ),
        f"| versions | {', '.join(f'{k} {v}' for k, v in m.get('versions', {}).items())} |",
        "",
        "## Targets",
        "",
        "| target (issues 4, 6, 7) | measured | verdict |",
        "|---|---:|---|",
    ]
    measured = targets(results)
    out += [f"| {t['target']} | {t['measured']} | {_verdict(t['ok'])} |" for t in measured]
    out.append("")
    problems = [p for module in modules.values() if isinstance(module, dict) for p in module.get("problems", [])]
    if problems or results.get("errors"):
        out += ["**Problems in this run:**", ""]
        out += [f"- {problem}" for problem in problems]
        out += [
            f"- comparison `{n}` failed: `{e.strip().splitlines()[-1]}`" for n, e in results.get("errors", {}).items()
        ]
        out.append("")
    missed = {t["key"] for t in measured if t["ok"] is False}
    notes = [text for prefixes, text in BEHIND if any(k.startswith(prefixes) for k in missed)]
    out += ["### Where voxspec is behind, and why", ""]
    out += [line for text in notes for line in (text, "")] or ["Nowhere in this run.", ""]
    out += [ALWAYS_NOTES, ""]

    sse = modules.get("sse", {}).get("comparisons", {})
    if sse:
        out += ["## 1. SSE speech (Neuphonic `/sse/speak`)", "", SSE_METHOD, ""]
        note = "Ratios: throughput against httpx-sse + json + base64 (sync rows against the sync peer, async rows against its async form)."
        out += _section_streams("Results", sse, SSE_PEER, note, SSE_PEER_ASYNC)
        out += _decomposition(modules.get("sse", {}).get("decomposition"))
        out += _images(["sse_ttfa.png", "sse_throughput.png"], written)
    ws = modules.get("ws", {})
    if ws.get("neuphonic") or ws.get("asyncflow"):
        out += [
            "## 2. WebSocket TTS (Neuphonic `/speak/{lang}`, AsyncFlow `/text_to_speech/websocket/ws`)",
            "",
            WS_METHOD,
            "",
        ]
        note = "Ratios: throughput against the bare `websockets` client (sync rows against the sync one, async rows against asyncio)."
        for api, title in (("neuphonic", "Neuphonic"), ("asyncflow", "AsyncFlow")):
            if ws.get(api):
                out += _section_streams(title, ws[api], WS_BARE, note, WS_BARE_ASYNC)
        out += _images(["ws_ttfa.png", "ws_throughput.png"], written)
    http = modules.get("http", {}).get("comparisons", {})
    if http:
        out += ["## 3. HTTP audio streaming (AsyncFlow `/text_to_speech/streaming`)", "", HTTP_METHOD, ""]
        note = "Ratios: throughput against bare httpx (sync rows against sync, async rows against async)."
        out += _section_streams("Results", http, HTTP_BARE, note, HTTP_BARE_ASYNC)
        out += _images(["http_stream_ttfa.png", "http_stream_throughput.png"], written)
    memory = modules.get("memory", {})
    if memory.get("helpers"):
        out += ["## 4. Memory: one hour of audio through each helper", "", MEMORY_METHOD, ""]
        out += [
            "| helper | voxspec? | RSS before, MB | peak growth, MB | audio streamed, MB | time, s | audio MB/s |",
            "|---|---|---:|---:|---:|---:|---:|",
        ]
        for name, item in memory["helpers"].items():
            mine = "yes" if item.get("ours") else "peer"
            if "error" in item:
                out.append(f"| {name} | {mine} | failed | | | | |")
                continue
            out.append(
                f"| {'**' + name + '**' if item.get('ours') else name} | {mine} | {item['rss_before_kb'] / 1024:.1f} "
                f"| {item['growth_mb']:.2f} | {item['audio_bytes'] / 1e6:.1f} | {item['seconds']:.2f} "
                f"| {item['audio_bytes'] / item['seconds'] / 1e6:.0f} |"
            )
        out.append("")
        out += _images(["memory.png"], written)
    generation = modules.get("generation", {})
    gen = _cmp(generation.get("comparison"))
    if gen is not None:
        out += ["## 5. Generation (`make generate`)", "", GENERATION_METHOD, "",
                f"APIs: {', '.join(generation.get('slugs', []))}.", "",
                "| step | wall seconds, median (min-max) | CPU seconds |", "|---|---:|---:|"]  # fmt: skip
        for name in gen.runs:
            out.append(f"| {name} | {_range(gen.values(name, 'seconds'), 2)} | {_fmt(gen.median(name, 'cpu_s'), 2)} |")
        out += ["", "| API | operations | models | generator output, lines | overlays copied in, lines | .py files |",
                "|---|---:|---:|---:|---:|---:|"]  # fmt: skip
        totals = [0, 0, 0, 0, 0]
        for slug, item in generation.get("lines", {}).items():
            row = [item["operations"], item["models"], item["generated_lines"], item["overlay_lines"], item["files"]]
            totals = [a + b for a, b in zip(totals, row, strict=True)]
            out.append(f"| {slug} | {' | '.join(f'{v:,}' for v in row)} |")
        out += [f"| total | {' | '.join(f'{v:,}' for v in totals)} |", ""]
    conformance = modules.get("conformance", {})
    if conformance.get("comparisons"):
        out += ["## 6. Conformance speed (`python -m conformance run` vs `schemathesis run`)", "",
                CONFORMANCE_METHOD.format(max_examples=conformance.get("max_examples"), seed=conformance.get("seed")), ""]  # fmt: skip
        if conformance.get("missing"):
            out += [
                f"Not measured (no reference server at the time of the run): {', '.join(conformance['missing'])}.",
                "",
            ]
        out += [
            "| API | contender | cases | wall, s | CPU, s | cases/s | cases per CPU-s | ratio (wall) | ratio (CPU) | failures reported |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for slug, data in conformance["comparisons"].items():
            c = _cmp(data)
            if c is None:
                continue
            for name in c.runs:
                peer = name == CONF_PEER
                out.append(
                    f"| {slug} | {'**' + name + '**' if c.ours.get(name) else name} | {_fmt(c.median(name, 'cases'), 0)} "
                    f"| {_range(c.values(name, 'wall_s'))} | {_fmt(c.median(name, 'cpu_s'))} "
                    f"| {_fmt(c.median(name, 'cases_per_s'))} | {_fmt(c.median(name, 'cases_per_cpu_s'))} "
                    f"| {'peer' if peer else _x(c.ratio(name, CONF_PEER, 'cases_per_s'))} "
                    f"| {'peer' if peer else _x(c.ratio(name, CONF_PEER, 'cases_per_cpu_s'))} "
                    f"| {_fmt(c.median(name, 'failures'), 0)} |"
                )
        out.append("")
        make = conformance.get("make_conformance")
        if make:
            out += [
                (
                    f"`make conformance` itself (`{make['command']}`: every suite, each reference server inside the runner): "
                    f"{make['cases']:,.0f} cases in {make['wall_s']:.1f} s wall, {make['cpu_s']:.1f} s CPU, "
                    f"exit code {make['exit_code']:.0f}."
                ),
                "",
                "| API | status | cases | seconds | cases/s | findings |",
                "|---|---|---:|---:|---:|---:|",
            ]
            for slug, item in make.get("per_api", {}).items():
                rate = item["cases"] / item["seconds"] if item["seconds"] else float("nan")
                out.append(
                    f"| {slug} | {item['status']} | {item['cases']:,} | {item['seconds']:.1f} | {_fmt(rate)} | {item['findings']} |"
                )
            out.append("")
        out += _images(["conformance.png"], written)
    out += ["## Method notes", "", REPLAY_NOTE, ""]
    render_speed = results.get("render", {})
    if render_speed:
        out += ["Rendering speed of the reference servers in this run (the reason for the replay server):", "",
                "| stream | rendered in, s | MB/s on the wire |", "|---|---:|---:|"]  # fmt: skip
        out += [
            f"| {key} s | {item['seconds']:.2f} | {item['mbps']:.0f} |" for key, item in sorted(render_speed.items())
        ]
        out.append("")
    out += [NOISE_NOTE, ""]
    return "\n".join(out)


# ---------------------------------------------------------------------------- fixed prose
INTRO = """\
# Benchmarks: voxspec against its peers

<!-- Written by `python -m benchmarks` (benchmarks/report.py) from benchmarks/results/latest.json; do not edit. -->

What users choose a client or a validation tool by, measured side by side in one run, on the same
server and machine (issue 7, and the speed sections of issues 4 and 6). Every comparison runs its
contenders alternately over several rounds after a warm-up; the tables give the median with the
range (min-max) over rounds, and ratios to the peer taken per round (each round's contenders ran
next to each other in time), then their median. Throughput is given twice: per second of wall time
(what a user waits) and per second of the client process's CPU time (what it costs; robust when
other work competes for the cores). No test asserts any of these timings.

## Rerun

```console
$ make bench                      # = .venv/bin/python -m benchmarks: everything, then this README and plots/
$ .venv/bin/python -m benchmarks --only sse,ws --rounds-scale 2    # a subset, twice the rounds (results/raw/)
$ .venv/bin/python -m benchmarks --report-from benchmarks/results/latest.json    # README + plots only
$ .venv/bin/python -m pytest -m bench tests/benchmarks             # the harness, once at a tiny size
```

Code: `benchmarks/sse_speech.py`, `ws_tts.py`, `http_stream.py`, `memory.py`, `generation.py`,
`conformance_speed.py` (one comparison each); `_harness.py` (rounds, warm-up, medians, spread,
ratios); `_streams.py` and `_replay.py` (the prepared streams and the server that replays them);
`report.py` (this file and `plots/`). Raw results of every run: `benchmarks/results/raw/` (not
committed); the figures below: `benchmarks/results/latest.json`."""

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
of the five distributions (it prepares the editable builds, where the venv refresh spends its time,
without installing). Lines: generator output vs the overlay files copied into each package.
A no-op run skips every API whose `generated/<slug>/generated-from.txt` still matches: a digest of
its inputs (spec, codegen config, overlays, the script, openapi-python-client and ruff versions)
and of its output tree (so a hand edit is rebuilt, not skipped), and `make generate` then refreshes
the virtualenv only if a distribution changed. `--check` never skips: CI regenerates for real."""

CONFORMANCE_METHOD = """\
Per API, each tool runs as its own process against a fresh reference server in another process
(`python -m conformance serve`, started before the clock), with `--max-examples {max_examples}` (the
runner's default) and `--seed {seed}`: **`conformance run --suite http --base-url ...`** (schemathesis'
examples, coverage, fuzzing and stateful phases driven by the runner, plus the suite's own checks
and expected statuses); plain **`schemathesis run specs/<api>/openapi.yaml --url ... -H <api key>`**
with no example database (the suite uses none), the peer the target names; and **`schemathesis run
+ voxspec hooks`**, the same command with `SCHEMATHESIS_HOOKS=conformance.st_extensions` and the
operations the suite never fuzzes excluded (`--exclude-operation-id`), which sends the same kind
of cases as the runner (real audio in uploads, so uploads succeed and later cases use what they
created): the difference between it and the runner is the runner's own overhead, the difference
between it and plain schemathesis is the depth of the cases. Then `make conformance` itself runs
once (`python -m conformance run --api all`: every suite, each API's reference server inside the
runner process). Wall time covers the whole process, interpreter start included; CPU time is the
tool's own user + system time (the server's is not counted); cases are what each tool reports.
Plain schemathesis reports some failures that the suite's adapters resolve as documented
deviations of the reference servers or false positives (issue 6)."""


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

ALWAYS_NOTES = """\
Measured beside the targets (no target of their own): the AsyncFlow byte-stream helper against
bare httpx (section 3), and the official pyneuphonic SDK (sections 1 and 2). The sync helpers are
the ones the 0.5 ms and throughput targets were written for; the async rows compare each async
helper with the async form of its peer."""

BEHIND: list[tuple[tuple[str, ...], str]] = [
    (
        ("sse_vs_httpx_sse", "sse_async_vs_httpx_sse"),
        """\
**SSE throughput against httpx-sse + `json.loads` + base64 (target 1.25x).** Both decoders spend
most of their time in the same place: base64. The decomposition table in section 1 shows it: on
this machine `base64.b64decode` / `binascii.a2b_base64` take about half of httpx-sse's whole path,
`json.loads` of a 24 KB event (CPython's C scanner) well under a fifth, and framing the rest.
voxspec saves in framing (bytes, no text decoding) and by not materialising the base64 string
(`loads_with_audio` cuts it out of the bytes), but at these event sizes the cut with its base64
costs as much as `json.loads` plus `a2b_base64` of the same events, or a little more (compare the
rows), so the JSON saving is close to zero; over loopback both also pay the same HTTP reading (the
bare httpx row). With the stdlib's base64 the ceiling is around 1.1-1.2x, not 1.25x, and the 1.38x
in-process figure quoted for the fast path does not reproduce here (CPU time, best of 15, steps
interleaved). **Fix, in the code:** decode the audio with
`pybase64` (SIMD base64, 1.5.1 on PyPI) in `overlays/_core/audio.py::_strict_b64`, which
`loads_with_audio` and `decode_base64_audio` share, so the SSE and both WebSocket helpers gain;
fall back to `binascii` when it is not installed, and pin it in `requirements.txt` and in the
generated distributions' dependencies (`scripts/generate.py`, `DIST_DEPENDENCIES`). Measured
outside the harness, in a scratch virtualenv on this machine: `pybase64.b64decode(validate=True)`
decodes about 14 GB/s of audio against 0.3-0.6 GB/s for `a2b_base64`, and with it voxspec's whole
decoding path for the 60 s stream took 2.6 ms of CPU against 10.9 ms for httpx-sse + `json.loads`
+ base64 (about 4x). Then re-measure `loads_with_audio` against plain `json.loads` +
`a2b_base64`: once base64 is cheap, the JSON scan it avoids matters more, and if it still does
not win it is complexity to drop. The benchmark keeps the peer on the stdlib base64 its users have.""",
    ),
    (
        ("sse_vs_limit",),
        """\
**SSE throughput against the in-process decode limit (target 80 %).** The limit decodes bytes
already in memory; over loopback the client also reads the socket and parses HTTP chunked framing
(h11) for every event, which the bare-httpx row prices at a quarter to a third of the decoding
time, and it shares the two cores with the replay server and whatever else runs. Compare the
wall-clock and CPU figures in the target row: where CPU meets the target and wall time does not,
the missing time was spent waiting for a core. The base64 fix above moves both well past it.""",
    ),
    (
        ("sse_ttfa",),
        """\
**First audio against a bare httpx read.** The helper sends its request through the generated
client (request model, auth flow, retry transport) and decodes the first event before yielding it;
the bare read returns the first body bytes as they arrive. The async row is compared with an async
bare read.""",
    ),
    (
        ("ws_neuphonic", "ws_asyncflow"),
        """\
**WebSocket TTS.** The helpers run on the same `websockets` client as the bare one and decode the
same JSON and base64; a gap beyond noise comes from the session layer (typed chunks, the frame
decoder, the redacting logger) or, for the sync client, from its reader thread. Read the CPU ratio
first.""",
    ),
    (
        tuple(
            f"conformance_{kind}{slug}"
            for kind in ("", "same_")
            for slug in ("neuphonic", "respeecher", "nextneural", "nevox", "asyncflow")
        ),
        """\
**Conformance cases per second against plain `schemathesis run`.** The runner drives the same
schemathesis engine; the third row of each API in section 6 (the same CLI with the runner's hooks
and exclusions) separates what the runner costs from what its cases do. Against that row the runner
is on par or ahead: its own per-case work is small. Costs found by profiling both tools (py-spy over
all threads, cProfile for start-up) and fixed in the code: schemathesis merged per-operation config
entries on every draw, so the expected statuses are set once per API and an adapter's extra
accepted statuses (a business-rule 400) are applied by the `filter_failure` hook, excluded
operations are filtered out of the schema, not disabled per case (`conformance/suites/http.py`); the
hook reads multipart bodies with a header-only reader instead of `email.parser`, which walked every
byte of each WAV upload (`conformance/st_extensions.py::multipart_fields`, property-tested against
schemathesis' own reader); uploads carry the shortest WAV the spec allows; a run imports only the
suites it runs and reads the spec through libyaml. Where plain schemathesis is still ahead, its
cases are cheaper, not the runner slower: on AsyncFlow its uploads carry no audio, so every voice
clone is refused and nothing later uses a created voice (the CLI reports 0 of 8 API links covered;
with the runner's hooks, 7 of 8), while the runner's clones succeed and feed real voice ids into
text-to-speech requests that the server then renders; on Nevox it also fuzzes `register_webhook`,
~90 cheap cases the runner leaves out on purpose (a fuzzed registration would make a user's server
send events to arbitrary hosts, and the API has no way to delete the dozens it would leave behind),
so the same start-up cost is spread over fewer cases (at `--max-examples 100`, one run by hand,
the Nevox figures were on par: 145 against 132-155 cases/s). On NextNeural the tools are level
within the noise: the server's documented limit of 100 requests a minute answers most cases of both
with 429. Making the cases shallower to win this ratio would remove the checks the hooks exist for,
so it is left as measured.""",
    ),
    (
        ("conformance_all_",),
        """\
**`make conformance` against plain `schemathesis run`.** This row compares unlike runs on purpose,
because it is what a user runs: `make conformance` runs every suite (WebSocket, SSE, binary and
auth cases cost more than an HTTP case) and, without `--base-url`, hosts each reference server in
a thread of the runner's own process, so the server's work competes with the runner for the GIL;
plain `schemathesis run` checks HTTP only, against a server in another process. The like-for-like
figure is the HTTP-suite row above it.""",
    ),
    (
        ("memory",),
        """\
**Memory.** A helper whose peak grows with the stream holds chunks it has already yielded; see
the table in section 4.""",
    ),
]
