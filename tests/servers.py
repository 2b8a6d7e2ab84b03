"""Real servers for the slow tests, each on its own port of 18500-18599 and in a temporary
directory: gunicorn with the production settings, and (for the fault tests) a PostgreSQL and a
Redis of their own, so the suite's servers are never touched."""

import glob
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
IN_CI = bool(os.environ.get("CI"))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def launch_chromium(playwright):
    """Debian's chromium under Playwright, as every browser test starts it."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    )


def watched(page, timeout_ms=30_000):
    """The page, recording the URL of every request it makes in `page.requests` and every
    console message in `page.console`."""
    page.set_default_timeout(timeout_ms)
    page.requests, page.console = [], []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("console", lambda message: page.console.append(message.text))
    return page


def need(tool: str, why: str) -> str:
    """The path of a server binary; in CI a missing one fails, elsewhere the test skips."""
    found = shutil.which(tool) or next(iter(sorted(glob.glob(tool))), None)
    if found:
        return found
    if IN_CI:
        pytest.fail(f"{tool} is missing in CI ({why}); .ci/run installs it")
    pytest.skip(f"{tool} is not installed ({why})")


def http(method, url, body=None, headers=None, timeout=10):
    """(status, headers, body bytes) of one request; never raises for an HTTP status."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def wait_until(check, timeout=60, what="server", process=None):
    """Waits for `check`; gives up at once when `process` (a Popen) has already exited."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} exited with code {process.returncode} before it came up")
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{what} did not come up within {timeout} s")


def production_env(**overrides) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="test-secret-key-" + "x" * 40,
        DEBUG="0",
        HOST="127.0.0.1",
        WEB_CONCURRENCY="1",
        GUNICORN_THREADS="4",
        # Issue "API limits": its rate limiter would distort these runs.
        RATE_LIMIT_ENABLED="0",
        # The response cache would answer from what another server stored on the same Redis
        # (the backup round trip compares two) and hide the database's faults: these runs
        # follow the uncached path (tests/test_api_response_cache.py covers the cache).
        API_RESPONSE_CACHE="0",
        PATH=f"{VENV_BIN}:{env.get('PATH', '')}",
    )
    env.update({k: str(v) for k, v in overrides.items()})
    return env


def manage(env, *args, timeout=600):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        check=True,
        timeout=timeout,
        stdout=subprocess.DEVNULL,
    )


class Process:
    """A child process in a session of its own, stopped with its children by its id."""

    def __init__(self, args, env, log_path, cwd=PROJECT):
        self.log_path = Path(log_path)
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.popen = subprocess.Popen(
            args,
            cwd=cwd,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop(self):
        if self.popen.poll() is None:
            os.killpg(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait()
        self._log.close()

    def log_lines(self) -> list[str]:
        return self.log_path.read_text(errors="replace").splitlines()


def start_gunicorn(port: int, env: dict, log_path) -> Process:
    process = Process(
        [str(VENV_BIN / "gunicorn"), "--config", "cms/gunicorn.conf.py"],
        {**env, "PORT": str(port)},
        log_path,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(
            lambda: http("GET", base + "/healthz", timeout=2)[0] == 200,
            what="gunicorn",
            process=process.popen,
        )
    except (TimeoutError, RuntimeError):
        process.stop()
        raise AssertionError("\n".join(process.log_lines()[-40:])) from None
    return process


class OwnPostgres:
    """A PostgreSQL cluster in a temporary directory (Debian's binaries, run as `postgres`
    because initdb refuses root)."""

    def __init__(self, port: int):
        binaries = need("/usr/lib/postgresql/*/bin/pg_ctl", "the fault tests stop PostgreSQL")
        self.bin = Path(binaries).parent
        # Not below pytest's tmp_path: that is private to root, and the server runs as postgres.
        self.dir = Path(tempfile.mkdtemp(prefix="cms-test-postgres-"))
        self.data = self.dir / "data"
        self.port = port
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_postgres:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        self.start()

    def _run(self, tool, *args):
        subprocess.run(
            [*self.as_postgres, str(self.bin / tool), *args],
            check=True,
            timeout=120,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def start(self):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.dir / "log"),
            "-w",
            "start",
        )

    def stop(self):
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, database="postgres") -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name):
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)


class OwnRedis:
    def __init__(self, directory: Path, port: int):
        self.binary = need("redis-server", "the fault tests stop Redis")
        self.dir = directory
        self.port = port
        self.dir.mkdir(parents=True, exist_ok=True)
        self.process = None
        self.start()

    def start(self):
        self.process = Process(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
            ],
            os.environ.copy(),
            self.dir / "redis.log",
        )
        wait_until(self._answers, what="redis-server", process=self.process.popen)

    def _answers(self):
        import socket

        with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")

    def stop(self):
        self.process.stop()

    def url(self, db=0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def cache_settings(self, **options) -> dict:
        """Django's default cache on this server, failing fast and quietly as production's
        does (cms.settings.base) when the test stops it."""
        return {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": self.url(0),
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
            **options,
        }


class OwnS3:
    """moto's S3-compatible server over real HTTP (no real one installs from the registries
    here), with one bucket whose objects anyone may read, as media buckets are set up."""

    def __init__(self, directory: Path, port: int, bucket: str):
        binary = need(str(VENV_BIN / "moto_server"), "the two-process test stores media in S3")
        self.port = port
        self.bucket = bucket
        directory.mkdir(parents=True, exist_ok=True)
        self.process = Process(
            [binary, "-H", "127.0.0.1", "-p", str(port)], os.environ.copy(), directory / "s3.log"
        )
        wait_until(
            lambda: http("GET", self.endpoint, timeout=2)[0] < 500,
            what="moto_server",
            process=self.process.popen,
        )
        import boto3

        client = boto3.client("s3", **self.credentials_for_boto())
        client.create_bucket(Bucket=bucket)
        # Images and renditions are public; documents are read only through the CMS.
        public = [f"arn:aws:s3:::{bucket}/{prefix}/*" for prefix in ("original_images", "images")]
        policy = {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": public}
            ],
        }
        client.put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def credentials_for_boto(self) -> dict:
        return {
            "endpoint_url": self.endpoint,
            "aws_access_key_id": "cms-test",
            "aws_secret_access_key": "cms-test-secret",
            "region_name": "us-east-1",
        }

    def env(self) -> dict:
        return {
            "AWS_STORAGE_BUCKET_NAME": self.bucket,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_ACCESS_KEY_ID": "cms-test",
            "AWS_SECRET_ACCESS_KEY": "cms-test-secret",
            "AWS_S3_REGION_NAME": "us-east-1",
        }

    def stop(self):
        self.process.stop()
