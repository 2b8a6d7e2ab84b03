"""The microsite's live parts for the slow tests: builds of one region and of the preview
server into a temporary directory (MICROSITE_DIST), `scripts/serve.mjs` with its webhook
receiver, and events signed as the CMS signs them. The CMS is the test's own (live_server on
the test database), so a test sees what the worker delivers and what the microsite renders."""

import json
import os
import subprocess
import time
from pathlib import Path

from cms.editorial.webhooks import SIGNATURE_HEADER, signature

from .microsite_stack import ARTIFACTS, MICROSITE
from .servers import Process, http, wait_until


def node_env(dist: Path, cms_url: str, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(CMS_URL=cms_url, MICROSITE_DIST=str(dist), ASTRO_TELEMETRY_DISABLED="1")
    env.update({k: str(v) for k, v in extra.items()})
    return env


def run_node(args, env, timeout=300):
    result = subprocess.run(
        args, cwd=MICROSITE, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def build_region(region: str, dist: Path, cms_url: str) -> None:
    run_node(["node", "scripts/build-region.mjs", region], node_env(dist, cms_url))


def build_preview(dist: Path, cms_url: str) -> None:
    run_node(["npm", "run", "--silent", "build:preview"], node_env(dist, cms_url))


def start_receiver(dist: Path, port: int, regions, secret: str, **env) -> Process:
    """scripts/receiver.mjs alone (its builds as MICROSITE_BUILD_COMMAND says, if set)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    process = Process(
        ["node", "scripts/receiver.mjs", "--port", str(port), *regions],
        node_env(dist, "http://127.0.0.1:9", MICROSITE_WEBHOOK_SECRET=secret, **env),
        ARTIFACTS / "live-receiver.log",
        cwd=MICROSITE,
    )
    up(process, f"http://127.0.0.1:{port}/status", "receiver")
    return process


def start_microsite(dist: Path, port_base: int, regions, secret: str, cms_url: str) -> Process:
    """scripts/serve.mjs: region n on port_base + n, the receiver on port_base."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    process = Process(
        ["node", "scripts/serve.mjs", "--port-base", str(port_base), *regions],
        node_env(dist, cms_url, MICROSITE_WEBHOOK_SECRET=secret),
        ARTIFACTS / "live-serve.log",
        cwd=MICROSITE,
    )
    up(process, f"http://127.0.0.1:{port_base}/status", "microsite")
    return process


def up(process: Process, url: str, what: str):
    try:
        wait_until(lambda: http("GET", url, timeout=2)[0] == 200, 30, what, process.popen)
    except (TimeoutError, RuntimeError):
        process.stop()
        raise AssertionError("\n".join(process.log_lines()[-30:])) from None


def signed_headers(secret: str, body: bytes, timestamp: int | None = None) -> dict:
    """X-CMS-Signature as cms/editorial/webhooks.py writes it."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: signature(secret, timestamp, body),
    }


def post_event(port: int, event: dict, headers: dict | None = None, secret: str = ""):
    """(status, answer) of one POST to the receiver; signed with `secret` unless headers given."""
    import urllib.request

    body = json.dumps(event).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/webhook",
        data=body,
        method="POST",
        headers=headers if headers is not None else signed_headers(secret, body),
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def receiver_state(port: int) -> dict:
    return json.loads(http("GET", f"http://127.0.0.1:{port}/status")[2])
