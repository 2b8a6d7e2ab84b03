"""The databases and servers of a bench run: PostgreSQL databases prepared once and reused,
gunicorn with the production settings (2 workers) on a loopback port, and its workers' peak
memory."""

import os
import shutil
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
        # No worker recycling mid-run: a cached run sends some 15,000 requests per worker, and
        # each restart (at 5,000 by default) stalled whichever line was running while the new
        # worker booted (the cached trivial view's rate fell to 100-650 requests/s).
        GUNICORN_MAX_REQUESTS=os.environ.get("GUNICORN_MAX_REQUESTS", "0"),
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


def _postgres(tool: str, *args) -> str:
    host = urlsplit(database_url("postgres")).hostname
    done = subprocess.run(
        [tool, "-h", host, "-U", "postgres", *args], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def database_exists(name: str) -> bool:
    return _postgres("psql", "-Atc", f"select 1 from pg_database where datname = '{name}'") == "1"


def _steps(database: str, steps) -> dict:
    """Runs manage.py commands on `database`; how long each took and its last line."""
    env = base_env(database, DJANGO_SETTINGS_MODULE="cms.settings.dev")
    done = {}
    for step in steps:
        started = time.monotonic()
        last_line = manage(env, *step)
        done[step[0]] = {"seconds": round(time.monotonic() - started, 1), "said": last_line}
    return done


DEMO_STEPS = (["migrate", "--noinput"], ["load_demo_content"])


def prepare(large: str, demo: str) -> dict:
    """Both databases, each step a no-op where its work is done. A missing demo database is
    copied from the large one (PostgreSQL's template copy, with its media) as soon as that
    holds the demo content: seconds instead of migrating and loading it again."""
    fresh = not database_exists(large)
    if fresh:
        _postgres("createdb", large)
    prepared = {large: _steps(large, DEMO_STEPS), demo: {}}
    # Only a large database made just now holds nothing but the demo content yet.
    if fresh and not database_exists(demo):
        started = time.monotonic()
        _postgres("createdb", "-T", large, demo)
        shutil.copytree(media_root(large), media_root(demo), dirs_exist_ok=True)
        prepared[demo]["copied"] = {"seconds": round(time.monotonic() - started, 1)}
    elif not database_exists(demo):
        _postgres("createdb", demo)
    prepared[demo].update(_steps(demo, DEMO_STEPS))
    prepared[large].update(_steps(large, [["build_bench_data"]]))
    return prepared


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
