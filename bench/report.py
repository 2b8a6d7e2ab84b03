"""The goals of issue "Fast API" as ratios of one run, and the run's table as Markdown and
JSON in bench/results/ (a timestamped pair and latest.md / latest.json)."""

import json
from pathlib import Path

from .scenarios import (
    COMPARISONS,
    HAND_WRITTEN,
    OPERATIONS,
    SEARCH,
    STOCK_GRAPPLE,
    STORY_LIST_100,
    TRIVIAL,
)

RESULTS = Path(__file__).resolve().parent / "results"


def _ratio(numerator, denominator):
    return round(numerator / denominator, 3) if numerator and denominator else None


def goals(rows: dict, demo_search: dict) -> list[dict]:
    story_list = rows[STORY_LIST_100.name]
    hand = rows[HAND_WRITTEN.name]["uncached"]
    stock = rows[STOCK_GRAPPLE.name]["uncached"]
    trivial = rows[TRIVIAL.name]["cached"]
    slowest_cached = min(OPERATIONS, key=lambda scenario: rows[scenario.name]["cached"]["rps"])
    found = [
        (
            "Uncached StoryList (100) p50 / hand-written view p50",
            _ratio(story_list["uncached"]["p50_ms"], hand["p50_ms"]),
            "<=",
            1.2,
        ),
        (
            f"Cached operations rps / trivial view rps (lowest: {slowest_cached.name})",
            _ratio(rows[slowest_cached.name]["cached"]["rps"], trivial["rps"]),
            ">=",
            0.9,
        ),
        (
            "Cached StoryList (100) rps / stock grapple rps",
            _ratio(story_list["cached"]["rps"], stock["rps"]),
            ">=",
            10,
        ),
        (
            "Uncached StoryList (100) rps / stock grapple rps",
            _ratio(story_list["uncached"]["rps"], stock["rps"]),
            ">=",
            3,
        ),
        (
            "Search p50 at 8,000 stories / on the demo content",
            _ratio(rows[SEARCH.name]["uncached"]["p50_ms"], demo_search["p50_ms"]),
            "<=",
            1.3,
        ),
    ]
    return [
        {
            "goal": goal,
            "ratio": ratio,
            "target": f"{sign} {target}",
            "met": ratio is not None and (ratio <= target if sign == "<=" else ratio >= target),
        }
        for goal, ratio, sign, target in found
    ]


def _cell(run: dict | None, key: str) -> str:
    if not run:
        return "–"
    return f"{run[key]:g}" if run[key] is not None else "–"


def markdown(result: dict) -> str:
    rows = result["rows"]
    lines = [
        f"Run {result['started']} · {result['load']['clients']} clients, "
        f"{result['load']['seconds']:g} s per line (up to 3× as long until "
        f"{result['load']['min_requests']} answers), ≤ {result['load']['max_requests']} requests, "
        f"after {result['load']['warmup']} warm-up requests · gunicorn "
        f"{result['workers']} workers on {result['cpus']} cores (load average "
        f"{result['load_average']['start'][0]:.1f} at the start, "
        f"{result['load_average']['end'][0]:.1f} at the end) · {result['data']}",
        "",
        "| operation | SQL first / warm | uncached p50 ms | p95 ms | rps "
        "| cached p50 ms | p95 ms | rps | errors |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for scenario in OPERATIONS + COMPARISONS:
        row = rows[scenario.name]
        queries = row.get("queries") or {}
        errors = sum(run["errors"] for run in (row.get("uncached"), row.get("cached")) if run)
        lines.append(
            f"| {scenario.name} | {queries.get('first', '–')} / {queries.get('warm', '–')} "
            f"| {_cell(row.get('uncached'), 'p50_ms')} | {_cell(row.get('uncached'), 'p95_ms')} "
            f"| {_cell(row.get('uncached'), 'rps')} | {_cell(row.get('cached'), 'p50_ms')} "
            f"| {_cell(row.get('cached'), 'p95_ms')} | {_cell(row.get('cached'), 'rps')} "
            f"| {errors} |"
        )
    demo = result["demo_search"]
    lines += [
        f"| Search on the demo content | – | {demo['p50_ms']:g} | {demo['p95_ms']:g} "
        f"| {demo['rps']:g} | – | – | – | {demo['errors']} |",
        "",
        "| goal | ratio | target | met |",
        "|---|---|---|---|",
    ]
    for goal in result["goals"]:
        ratio = "–" if goal["ratio"] is None else f"{goal['ratio']:g}"
        lines.append(
            f"| {goal['goal']} | {ratio} | {goal['target']} | {'met' if goal['met'] else 'not met'} |"
        )
    memory = result["peak_memory_mb"]
    lines += [
        "",
        f"Hand-written view's JSON equals StoryList (100): {result['hand_written_equal']} "
        f"(byte-equal: {result['hand_written_byte_equal']}).",
        "Peak memory per worker (VmHWM, MB): "
        + "; ".join(f"{run} {', '.join(map(str, peaks))}" for run, peaks in memory.items())
        + ".",
        f"Data set ready in {result['prepare_seconds']:g} s; whole run {result['seconds']:g} s.",
    ]
    return "\n".join(lines) + "\n"


def write(result: dict) -> str:
    RESULTS.mkdir(exist_ok=True)
    text = markdown(result)
    stamp = result["started"].replace(":", "").replace("-", "")
    payload = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    for name in (stamp, "latest"):
        (RESULTS / f"{name}.md").write_text(text)
        (RESULTS / f"{name}.json").write_text(payload)
    return text
