"""The databases and servers of a bench run: PostgreSQL databases prepared once and reused,
gunicorn with the production settings (2 workers) on a loopback port, and its workers' peak
memory."""

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from tests.servers import Process, start_gunicorn

PROJECT = Path(__file__).resolve().parent.parent
LOGS = Path(os.environ.get("BENCH_LOG_DIR", "/tmp"))


def database_url(name: str) -> str:
    return f"postgres://postgres@{os.environ.get('BENCH_DATABASE_HOST', '127.0.0.1')}:5432/{name}"


def media_root(database: str) -> str:
    """Media belong to the database, not to a checkout: another checkout reusing the database
    finds its pictures (BENCH_MEDIA_ROOT overrides)."""
    return os.environ.get("BENCH_MEDIA_ROOT") or f"/var/tmp/cms-bench-media/{database}"


def base_env(database: str, **overrides) -> dict:
    """Production settings on `database`, Redis from REDIS_URL, no rate limit."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=os.environ.get("SECRET_KEY") or "bench-secret-key-" + "b" * 40,
        DEBUG="0",
        HOST="127.0.0.1",
        WEB_CONCURRENCY=os.environ.get("WEB_CONCURRENCY", "2"),
        RATE_LIMIT_ENABLED="0",
        DATABASE_URL=database_url(database),
        CACHE_KEY_PREFIX=database,
        MEDIA_ROOT=media_root(database),
        # A slow comparison (stock grapple under 8 clients) must not be killed mid-request.
        GUNICORN_TIMEOUT="120",
        PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
    )
    env.update({key: str(value) for key, value in overrides.items()})
    return env


def manage(env: dict, *args) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def ensure_database(name: str):
    host = urlsplit(database_url(name)).hostname
    exists = subprocess.run(
        [
            "psql",
            "-h",
            host,
            "-U",
            "postgres",
            "-Atc",
            f"select 1 from pg_database where datname='{name}'",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not exists:
        subprocess.run(["createdb", "-h", host, "-U", "postgres", name], check=True)


def prepare(database: str, large: bool) -> dict:
    """Migrations, the demo content and (for the large set) the bench data: each a no-op when
    already there. Returns how long each step took."""
    ensure_database(database)
    env = base_env(database, DJANGO_SETTINGS_MODULE="cms.settings.dev")
    steps = {}
    for step in (["migrate", "--noinput"], ["load_demo_content"], ["build_bench_data"]):
        if step[0] == "build_bench_data" and not large:
            continue
        started = time.monotonic()
        last_line = manage(env, *step)
        steps[step[0]] = {"seconds": round(time.monotonic() - started, 1), "said": last_line}
    return steps


class Server:
    """gunicorn on one port, as `make serve` runs it (cms/gunicorn.conf.py)."""

    def __init__(self, port: int, env: dict, name: str):
        self.port = port
        self.process: Process = start_gunicorn(port, env, LOGS / f"cms-bench-{name}.log")

    def worker_pids(self) -> list[int]:
        master = self.process.popen.pid
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        return [int(pid) for pid in children]

    def peak_memory_mb(self) -> list[float]:
        """VmHWM (the resident set's high-water mark) of each worker, in MB."""
        peaks = []
        for pid in self.worker_pids():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks.append(round(int(line.split()[1]) / 1024, 1))
        return peaks

    def stop(self):
        self.process.stop()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
