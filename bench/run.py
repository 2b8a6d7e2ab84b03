"""`make bench`: builds (or reuses) the data sets, serves them with gunicorn and prints and
writes the table of issue "Fast API". README, "Performance" says what each column means.

Environment: BENCH_DATABASE (cms_bench: demo content plus the large set), BENCH_DEMO_DATABASE
(cms_bench_demo: demo content only, the search baseline), BENCH_PORT (18640; the demo server
takes the next one), BENCH_CLIENTS (8), BENCH_SECONDS (6), BENCH_REQUESTS (4000 per line),
BENCH_WARMUP (16), BENCH_MIN_REQUESTS (30), REDIS_URL (redis://127.0.0.1:6379/0; keys prefixed with the database).

BENCH_ONLY (e.g. "Search,Trivial"): only the lines whose name contains one of the
comma-separated words (any case), each in the modes it is measured in; the run prints those
lines and the ratios they allow and writes no results (bench/results/ keeps the last full run).
The demo server runs only for a Search line, the cached server only for a line measured
cached."""

import datetime
import json
import os
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bench import report  # noqa: E402
from bench.load import LOOPBACK, Load, measure  # noqa: E402
from bench.scenarios import (  # noqa: E402
    COMPARISONS,
    HAND_WRITTEN,
    OPERATIONS,
    SEARCH,
    STORY_LIST_100,
    TRIVIAL,
)
from bench.stack import Server, base_env, prepare  # noqa: E402
from tests.load_operations import Client  # noqa: E402


def settings_from_env():
    load = Load(
        clients=int(os.environ.get("BENCH_CLIENTS", "8")),
        seconds=float(os.environ.get("BENCH_SECONDS", "6")),
        max_requests=int(os.environ.get("BENCH_REQUESTS", "4000")),
        warmup=int(os.environ.get("BENCH_WARMUP", "16")),
        min_requests=int(os.environ.get("BENCH_MIN_REQUESTS", "30")),
    )
    return (
        load,
        os.environ.get("BENCH_DATABASE", "cms_bench"),
        os.environ.get("BENCH_DEMO_DATABASE", "cms_bench_demo"),
        int(os.environ.get("BENCH_PORT", "18640")),
    )


def answer(port, scenario) -> bytes:
    """One quiet request; a failing one stops the run (the timings would be of errors)."""
    request = scenario.request
    status, body = Client(LOOPBACK, port).send(request.method, request.path, request.body)
    if status != 200 or (request.path == "/graphql/" and b'"errors"' in body):
        raise SystemExit(f"{scenario.name} fails: {status} {body[:400]!r}")
    return body


def chosen(scenarios):
    """The scenarios BENCH_ONLY names (all without it)."""
    words = [w.strip().lower() for w in os.environ.get("BENCH_ONLY", "").split(",") if w.strip()]
    return [s for s in scenarios if not words or any(w in s.name.lower() for w in words)]


def partial_ratios(rows, demo_rows) -> list[str]:
    """The goals' ratios a BENCH_ONLY run has both sides of."""
    found = []
    trivial = rows.get(TRIVIAL.name, {}).get("cached")
    if SEARCH.name in rows and SEARCH.name in demo_rows:
        ratio = rows[SEARCH.name]["uncached"]["p50_ms"] / demo_rows[SEARCH.name]["demo"]["p50_ms"]
        found.append(f"Search p50 at 8,000 stories / on the demo content: {ratio:.3f}")
    for name, row in rows.items():
        if trivial and "cached" in row and name != TRIVIAL.name:
            found.append(
                f"Cached {name} rps / trivial view rps: {row['cached']['rps'] / trivial['rps']:.3f}"
            )
    return found


def measure_all(port, scenarios, load, mode, rows):
    for scenario in scenarios:
        expected = answer(port, scenario)
        result = measure(port, scenario.request, load, expected)
        rows.setdefault(scenario.name, {})[mode] = result
        print(
            f"  {mode:<8} {scenario.name:<30} p50 {result['p50_ms']:>8.2f} ms  "
            f"p95 {result['p95_ms']:>8.2f} ms  {result['rps']:>8.1f} rps  "
            f"errors {result['errors']}",
            flush=True,
        )


def count_queries(env, scenario) -> dict:
    request = scenario.request
    spec = {
        "method": request.method,
        "path": request.path,
        "body": request.body.decode() if request.body else None,
    }
    done = subprocess.run(
        [sys.executable, "bench/queries.py", json.dumps(spec)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main():
    started_at = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    started = time.monotonic()
    load, large, demo, port = settings_from_env()
    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/0")
    load_at_start = os.getloadavg()

    print(f"Preparing {large} (demo content + bench data) and {demo} (demo content) ...")
    prepared = prepare(large, demo)
    prepare_seconds = round(time.monotonic() - started, 1)
    print(f"  ready in {prepare_seconds} s: {prepared[large].get('build_bench_data')}")

    rows, memory = {}, {}
    if os.environ.get("BENCH_ONLY"):
        return partial_run(large, demo, load, port)
    uncached = base_env(large, API_RESPONSE_CACHE=0, BENCH_VIEWS=1)
    with Server(port, uncached, "uncached") as server:
        api_answer = answer(port, STORY_LIST_100)
        hand_answer = answer(port, HAND_WRITTEN)
        measure_all(port, OPERATIONS + COMPARISONS, load, "uncached", rows)
        memory["uncached"] = server.peak_memory_mb()
    with Server(port, base_env(large, API_RESPONSE_CACHE=1, BENCH_VIEWS=1), "cached") as server:
        measure_all(port, OPERATIONS + [TRIVIAL], load, "cached", rows)
        memory["cached"] = server.peak_memory_mb()
    demo_rows = {}
    with Server(port + 1, base_env(demo, API_RESPONSE_CACHE=0), "demo") as server:
        measure_all(port + 1, [SEARCH], load, "demo", demo_rows)
        memory["demo"] = server.peak_memory_mb()
    print("  counting the SQL queries of each request in a fresh process ...", flush=True)
    for scenario in OPERATIONS + COMPARISONS:
        rows[scenario.name]["queries"] = count_queries(uncached, scenario)

    result = {
        "started": started_at.isoformat(),
        "load_average": {"start": load_at_start, "end": os.getloadavg()},
        "load": load.__dict__,
        "workers": int(uncached["WEB_CONCURRENCY"]),
        "cpus": os.cpu_count(),
        "data": prepared[large].get("build_bench_data", {}).get("said", ""),
        "prepared": prepared,
        "prepare_seconds": prepare_seconds,
        "rows": rows,
        "demo_search": demo_rows[SEARCH.name]["demo"],
        "hand_written_equal": json.loads(api_answer) == json.loads(hand_answer),
        "hand_written_byte_equal": api_answer == hand_answer,
        "peak_memory_mb": memory,
    }
    result["goals"] = report.goals(rows, result["demo_search"])
    result["seconds"] = round(time.monotonic() - started, 1)
    print()
    print(report.write(result))
    if not result["hand_written_equal"]:
        print("The hand-written view's JSON differs from StoryList's: the comparison is void.")
        return 1
    return 0


def partial_run(large, demo, load, port) -> int:
    rows, demo_rows = {}, {}
    uncached_lines = chosen(OPERATIONS + COMPARISONS)
    cached_lines = chosen(OPERATIONS + [TRIVIAL])
    if not uncached_lines and not cached_lines:
        raise SystemExit(f"BENCH_ONLY={os.environ['BENCH_ONLY']!r} names no line.")
    if uncached_lines:
        with Server(port, base_env(large, API_RESPONSE_CACHE=0, BENCH_VIEWS=1), "uncached"):
            measure_all(port, uncached_lines, load, "uncached", rows)
    if cached_lines:
        with Server(port, base_env(large, API_RESPONSE_CACHE=1, BENCH_VIEWS=1), "cached"):
            measure_all(port, cached_lines, load, "cached", rows)
    if SEARCH in uncached_lines:
        with Server(port + 1, base_env(demo, API_RESPONSE_CACHE=0), "demo"):
            measure_all(port + 1, [SEARCH], load, "demo", demo_rows)
    print()
    for line in partial_ratios(rows, demo_rows):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
