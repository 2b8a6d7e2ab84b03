"""A fixed number of keep-alive clients sending one request again and again, bounded in time
and in count, on loopback only: p50, p95 and requests per second.

The client is the standard library's http.client (tests/load_operations.py), one persistent
connection per thread: a load library would add nothing here, and per-request connection
set-up would measure the kernel rather than the CMS."""

import statistics
import threading
import time
from dataclasses import dataclass

from tests.load_operations import Client, run_clients

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    body: bytes | None = None


@dataclass(frozen=True)
class Load:
    clients: int = 8
    seconds: float = 6.0
    # A slow line keeps going past `seconds` (up to three times as long) until it has this many
    # answers: a p50 of a handful of requests would be noise.
    min_requests: int = 30
    max_requests: int = 4000
    warmup: int = 16
    warmup_seconds: float = 3.0


def measure(port: int, request: Request, load: Load, expected: bytes | None = None) -> dict:
    """Warms the server up, then measures. Answers that are not 200 (or not `expected`) count
    as errors; they are reported, never hidden in the timings."""
    warm = Client(LOOPBACK, port)
    warm_until = time.monotonic() + load.warmup_seconds
    for _ in range(load.warmup):
        warm.send(request.method, request.path, request.body)
        if time.monotonic() > warm_until:
            break
    lock = threading.Lock()
    latencies, errors = [], 0
    issued = 0
    start = time.monotonic()
    deadline, hard_deadline = start + load.seconds, start + 3 * load.seconds

    def going_on() -> bool:
        now = time.monotonic()
        return now < deadline or (now < hard_deadline and len(latencies) < load.min_requests)

    def client_loop(_index):
        nonlocal issued, errors
        client = Client(LOOPBACK, port)
        while going_on():
            with lock:
                if issued >= load.max_requests:
                    return
                issued += 1
            started = time.perf_counter()
            status, body = client.send(request.method, request.path, request.body)
            elapsed = time.perf_counter() - started
            wrong = status != 200 or (expected is not None and body != expected)
            with lock:
                latencies.append(elapsed)
                errors += wrong

    duration = run_clients(load.clients, client_loop)
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return {
        "requests": len(latencies),
        "errors": errors,
        "seconds": round(duration, 2),
        "rps": round(len(latencies) / duration, 1),
        "p50_ms": round(cuts[49] * 1000, 2),
        "p95_ms": round(cuts[94] * 1000, 2),
    }
