"""Median time of one named operation, and how often the visibility gate and the argument checks
run for it: what guarding only the fields that need them saves per request.

    python tests/bench_field_guards.py StoryList '{"perPage": 100}' [repetitions]

Against whatever database DATABASE_URL names (load the demo content first). The variables given
replace those beside the operation in graphql/operations/."""

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# Sets Django up as the other benchmark does (settings, no rate limit).
from bench_operations import OPERATIONS, measure  # noqa: E402
from django.test import Client  # noqa: E402

from cms.api import limits, middleware  # noqa: E402


class CallCounter:
    """Counts the calls of a module's function while it is installed."""

    def __init__(self, module, name):
        self.module, self.name, self.calls = module, name, 0
        self.original = getattr(module, name)

    def __enter__(self):
        def counting(*args, **kwargs):
            self.calls += 1
            return self.original(*args, **kwargs)

        setattr(self.module, self.name, counting)
        return self

    def __exit__(self, *exc):
        setattr(self.module, self.name, self.original)


def resolved_fields(value) -> int:
    """Fields in an answer: each key of each object is one resolution."""
    if isinstance(value, dict):
        return sum(1 + resolved_fields(item) for item in value.values())
    if isinstance(value, list):
        return sum(resolved_fields(item) for item in value)
    return 0


def cpu_milliseconds(request) -> float:
    """This process's CPU time for one request: the Python work, whatever else the machine
    runs (the database's time is not in it)."""
    start = time.process_time()
    request()
    return (time.process_time() - start) * 1000


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "StoryList"
    path = OPERATIONS / f"{name}.graphql"
    variables = json.loads(path.with_suffix(".variables.json").read_text())
    variables.update(json.loads(sys.argv[2]) if len(sys.argv) > 2 else {})
    repetitions = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    body = json.dumps({"query": path.read_text(), "variables": variables})
    client = Client()

    def post():
        return client.post(
            "/graphql/", body, content_type="application/json", HTTP_HOST="localhost"
        )

    queries, median = measure(client, body, repetitions)  # also fails on errors
    # Every value the gate looks at passes `_through_gate`; every argument check starts with
    # the rendition check.
    with (
        CallCounter(middleware, "_through_gate") as gate,
        CallCounter(limits, "_check_rendition") as checks,
    ):
        answer = post().json()
    cpu = statistics.median(cpu_milliseconds(post) for _ in range(repetitions))
    print(
        json.dumps(
            {
                "operation": name,
                "variables": variables,
                "fields_in_answer": resolved_fields(answer["data"]),
                "gate_calls": gate.calls,
                "argument_check_calls": checks.calls,
                "sql_queries": queries,
                "p50_ms": round(median, 2),
                "p50_cpu_ms": round(cpu, 2),
                "repetitions": repetitions,
            }
        )
    )


if __name__ == "__main__":
    main()
