"""`make load`: many concurrent clients mixing every named operation of graphql/operations/
against the production stack (`make serve`), bounded in time and in requests, on loopback only.

Prints p50/p95/p99 latency, requests per second, the number of 5xx answers and of wrong
answers (each compared with the same operation's answer to a single quiet request).

    LOAD_CLIENTS=32 LOAD_SECONDS=30 LOAD_REQUESTS=6000 python tests/load_operations.py URL
"""

import http.client
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

OPERATIONS = Path(__file__).resolve().parent.parent / "graphql" / "operations"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def bodies() -> dict[str, bytes]:
    found = {}
    for query in sorted(OPERATIONS.glob("*.graphql")):
        variables = json.loads(query.with_suffix(".variables.json").read_text())
        found[query.stem] = json.dumps(
            {"query": query.read_text(), "variables": variables}
        ).encode()
    return found


class Client:
    """One keep-alive connection, as a frontend's server-side renderer keeps one."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.connection = None

    def post(self, body: bytes) -> tuple[int, bytes]:
        return self.send("POST", "/graphql/", body)

    def send(self, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        for attempt in range(2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
            try:
                self.connection.request(method, path, body, headers)
                response = self.connection.getresponse()
                return response.status, response.read()
            except (ConnectionError, http.client.HTTPException):
                self.connection.close()
                self.connection = None
                if attempt:
                    raise
        raise AssertionError("unreachable")


def run_clients(count: int, client_loop) -> float:
    """Runs `client_loop(index)` in `count` threads at once; the seconds until all have ended."""
    threads = [threading.Thread(target=client_loop, args=(i,)) for i in range(count)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.monotonic() - started


def run(url: str, clients: int, seconds: float, max_requests: int) -> dict:
    parts = urlsplit(url)
    if parts.hostname not in LOOPBACK:
        raise SystemExit(f"Load runs only against loopback, not {parts.hostname}.")
    operations = bodies()
    quiet = Client(parts.hostname, parts.port)
    expected = {}
    for name, body in operations.items():
        status, answer = quiet.post(body)
        if status != 200 or "errors" in json.loads(answer):
            raise SystemExit(f"{name} fails even alone: {status} {answer[:300]!r}")
        expected[name] = json.loads(answer)

    names = list(operations)
    lock = threading.Lock()
    issued = 0
    latencies, server_errors, wrong, failures = [], 0, 0, 0
    deadline = time.monotonic() + seconds

    def client_loop(index):
        nonlocal issued, server_errors, wrong, failures
        client = Client(parts.hostname, parts.port)
        turn = index
        while time.monotonic() < deadline:
            with lock:
                if issued >= max_requests:
                    return
                issued += 1
            name = names[turn % len(names)]
            turn += 1
            started = time.perf_counter()
            try:
                status, answer = client.post(operations[name])
            except OSError:
                with lock:
                    failures += 1
                continue
            elapsed = time.perf_counter() - started
            correct = status == 200 and json.loads(answer) == expected[name]
            with lock:
                latencies.append(elapsed)
                server_errors += status >= 500
                wrong += not correct

    duration = run_clients(clients, client_loop)
    percentiles = statistics.quantiles(latencies, n=100)
    return {
        "clients": clients,
        "operations": len(names),
        "requests": len(latencies),
        "seconds": round(duration, 1),
        "requests_per_second": round(len(latencies) / duration, 1),
        "p50_ms": round(percentiles[49] * 1000, 1),
        "p95_ms": round(percentiles[94] * 1000, 1),
        "p99_ms": round(percentiles[98] * 1000, 1),
        "http_5xx": server_errors,
        "wrong_answers": wrong,
        "connection_failures": failures,
    }


def main():
    url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8010"
    result = run(
        url,
        clients=max(32, int(os.environ.get("LOAD_CLIENTS", "32"))),
        seconds=float(os.environ.get("LOAD_SECONDS", "30")),
        max_requests=int(os.environ.get("LOAD_REQUESTS", "6000")),
    )
    width = max(map(len, result))
    for key, value in result.items():
        print(f"{key:<{width}}  {value}")
    return 0 if result["http_5xx"] == result["wrong_answers"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
