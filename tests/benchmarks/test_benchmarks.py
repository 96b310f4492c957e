"""The benchmark harness, run once at a tiny size so it cannot rot. No test asserts a timing.

`python -m benchmarks --quick` semantics: every comparison, one round, no warm-up, 1-second streams
(60 seconds for the memory children), one API for generation and conformance at `--max-examples 1`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from benchmarks import __main__ as cli
from benchmarks import report
from benchmarks._harness import (
    Comparison,
    Contender,
    compare,
    median,
    paired_diff,
    paired_ratio,
    spread,
    wrong_byte_counts,
)

pytestmark = pytest.mark.bench


@pytest.fixture(scope="module")
def quick() -> Iterator[dict[str, Any]]:
    yield report._normalise(cli.run(list(cli.MODULES), quick=True))


def test_every_comparison_runs_without_errors_or_wrong_byte_counts(quick: dict[str, Any]) -> None:
    assert quick["errors"] == {}
    assert set(quick["modules"]) == set(cli.MODULES)
    problems = [p for module in quick["modules"].values() for p in module.get("problems", [])]
    assert problems == []


def test_a_contender_that_lost_or_invented_audio_is_a_problem() -> None:
    """What makes the check above able to fail: each contender's byte count against the prepared one."""
    result = Comparison("SSE, 1 s", runs={"ours": {"audio_bytes": [10, 10]}, "bare": {"read_bytes": [7]}})
    assert wrong_byte_counts(result, 10, {"bare": ("read_bytes", 7)}) == []
    result.runs["peer"] = {"audio_bytes": [10, 9]}
    result.runs["bare"] = {"read_bytes": [8]}
    assert wrong_byte_counts(result, 10, {"bare": ("read_bytes", 7)}) == [
        "SSE, 1 s: bare got [8] read bytes, expected 7",
        "SSE, 1 s: peer got [9, 10] audio bytes, expected 10",
    ]


def _comparisons(node: Any) -> Iterator[Comparison]:
    if isinstance(node, dict) and {"title", "runs"} <= set(node):
        yield Comparison.from_json(node)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _comparisons(value)


def test_each_contender_produced_one_round_of_metrics(quick: dict[str, Any]) -> None:
    comparisons = list(_comparisons(quick["modules"]))
    titles = " | ".join(c.title for c in comparisons)
    for expected in (
        "SSE speech",
        "WebSocket TTS (neuphonic)",
        "WebSocket TTS (asyncflow)",
        "HTTP audio streaming",
        "Generation",
        "Conformance",
    ):
        assert expected in titles
    for comparison in comparisons:
        assert len(comparison.runs) >= 2, comparison.title
        for name, metrics in comparison.runs.items():
            assert metrics, f"{comparison.title}: {name} recorded nothing"
            assert all(len(values) == 1 for values in metrics.values()), (comparison.title, name)


def test_streaming_contenders_decode_the_whole_prepared_stream(quick: dict[str, Any]) -> None:
    sse = Comparison.from_json(quick["modules"]["sse"]["comparisons"]["1"])
    expected = sse.params["audio_bytes"]
    for name in (
        "voxspec sse_speak",
        "voxspec async_sse_speak",
        "httpx-sse + json + base64",
        "pyneuphonic SSEClient",
        "in-process decode limit",
        "voxspec decoder in-process",
    ):
        assert sse.values(name, "audio_bytes") == [expected], name
    for name in ("voxspec sse_speak", "bare httpx iter_bytes", "pyneuphonic SSEClient"):
        assert sse.values(name, "ttfa_ms")[0] > 0, name


def test_memory_children_report_a_peak(quick: dict[str, Any]) -> None:
    helpers = quick["modules"]["memory"]["helpers"]
    assert helpers
    for name, item in helpers.items():
        assert "error" not in item, (name, item.get("error"))
        assert item["peak_kb"] >= item["rss_before_kb"] > 0
        assert item["audio_bytes"] == item["expected_audio_bytes"]


def test_generation_and_conformance_record_sizes_and_cases(quick: dict[str, Any]) -> None:
    lines = quick["modules"]["generation"]["lines"]
    assert all(item["generated_lines"] > 0 and item["overlay_lines"] > 0 for item in lines.values())
    for data in quick["modules"]["conformance"]["comparisons"].values():
        comparison = Comparison.from_json(data)
        for name in comparison.runs:
            assert comparison.values(name, "cases")[0] > 0, name
            assert comparison.values(name, "cpu_s")[0] > 0, name
    make = quick["modules"]["conformance"]["make_conformance"]
    assert make["cases"] > 0 and set(make["per_api"]) == set(quick["modules"]["conformance"]["slugs"])


def test_the_report_renders_tables_and_plots(
    quick: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report, "PLOTS", tmp_path)
    written = report.plots(quick)
    assert {"sse_ttfa.png", "sse_throughput.png", "ws_ttfa.png", "ws_throughput.png", "memory.png"} <= set(written)
    assert all((tmp_path / name).read_bytes().startswith(b"\x89PNG") for name in written)
    text = report.render(quick, written)
    assert "## Targets" in text and "## 1. SSE speech" in text and "## 6. Conformance speed" in text
    assert "nproc" in text
    json.dumps(quick)  # what --report-from reads back


def test_the_replay_server_serves_prepared_bytes_and_404s_unknown_texts(tmp_path: Path) -> None:
    from benchmarks._replay import ReplayServer
    from benchmarks._streams import StreamSet

    streams = StreamSet(tmp_path)
    prepared = streams.get("sse", 1)
    with ReplayServer(tmp_path) as server, httpx.Client(base_url=server.base_url) as client:
        body = client.post("/sse/speak/en", json={"text": f"  {prepared.text} "}).content
        assert body == prepared.sample
        assert client.post("/sse/speak/en", json={"text": "never prepared"}).status_code == 404


def test_compare_alternates_contenders_and_keeps_every_round() -> None:
    calls: list[str] = []

    def contender(name: str) -> Contender:
        return Contender(name, lambda: calls.append(name) or {"value": float(len(calls))})

    result = compare("order", [contender("a"), contender("b"), contender("c")], rounds=4, warmup=1)
    assert calls[:3] == ["a", "b", "c"]  # warm-up, results dropped
    rounds = [calls[3 + 3 * i : 6 + 3 * i] for i in range(4)]
    assert rounds[0] == ["a", "b", "c"] and rounds[0] != rounds[1]
    assert {rounds[i][0] for i in range(4)} != {"a"}
    assert all(len(result.values(name, "value")) == 4 for name in "abc")


def test_statistics_ignore_nan_and_pair_rounds() -> None:
    nan = float("nan")
    assert median([3.0, nan, 1.0, 2.0]) == 2.0
    assert math.isnan(median([nan]))
    assert spread([1.0, 2.0, 3.0]) == 1.0
    assert paired_ratio([2.0, 4.0, 9.0], [1.0, 2.0, 3.0]) == 2.0
    assert paired_ratio([1.0, 1.0], [2.0, 4.0], lower_is_better=True) == 3.0
    assert paired_diff([1.5, 2.0, nan], [1.0, 1.0, 1.0]) == 0.75
