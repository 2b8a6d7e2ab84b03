"""Prints, for every named operation in graphql/operations/, the SQL queries it costs and its
median time, against whatever database DATABASE_URL names (load the demo content first).

    make bench          # or: python tests/bench_operations.py [repetitions]
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
# Hundreds of requests from one address: the rate limit would refuse them.
os.environ.setdefault("RATE_LIMIT_ENABLED", "0")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

OPERATIONS = PROJECT / "graphql" / "operations"


def measure(client, body, repetitions):
    post = lambda: client.post(  # noqa: E731
        "/graphql/", body, content_type="application/json", HTTP_HOST="localhost"
    )
    result = post().json()  # the first call also creates renditions
    if "errors" in result:
        raise SystemExit(f"operation failed: {result['errors']}")
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        post()
    timings = []
    for _ in range(repetitions):
        start = time.perf_counter()
        post()
        timings.append((time.perf_counter() - start) * 1000)
    return len(queries), statistics.median(timings)


def main():
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    client = Client()
    print(f"{'operation':<16}{'SQL queries':>12}{'median ms':>11}   ({connection.vendor})")
    for path in sorted(OPERATIONS.glob("*.graphql")):
        variables = json.loads(path.with_suffix(".variables.json").read_text())
        body = json.dumps({"query": path.read_text(), "variables": variables})
        queries, median = measure(client, body, repetitions)
        print(f"{path.stem:<16}{queries:>12}{median:>11.1f}")


if __name__ == "__main__":
    main()
