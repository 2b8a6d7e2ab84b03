"""The reference microsite as a browser sees it, for the slow microsite tests: the demo content
in a database of the stack's own, a real CMS (gunicorn) on it, the four regions built from that
CMS with `npm run build` into a temporary directory and served by `microsite/scripts/serve.mjs`.

Built once per test process (session scope). The stack's database lies beside the test
database (`<test database>_microsite` on PostgreSQL, a file of its own on SQLite): its content
is committed for the CMS process, and no other test, in this process or another, sees it."""

import os
import shutil
import sqlite3
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from .servers import (
    IN_CI,
    PROJECT,
    Process,
    http,
    launch_chromium,
    manage,
    start_gunicorn,
    wait_until,
)

MICROSITE = PROJECT / "microsite"
ARTIFACTS = PROJECT / "build" / "test-artifacts" / "microsite"
CMS_PORT = 18820
# serve.mjs serves the n-th region on port base + n: 18831 ... 18834.
SITE_PORT_BASE = 18830
REGIONS = ("suedwestfalen", "emscher-lippe", "kreis-unna", "owl")


@dataclass
class MicrositeStack:
    cms_url: str
    dist: Path
    database: "StackDatabase"
    build_seconds: dict = field(default_factory=dict)

    def site_url(self, region: str) -> str:
        return f"http://{region}.localhost:{SITE_PORT_BASE + REGIONS.index(region) + 1}"

    def origins(self) -> list[str]:
        return [self.site_url(region) for region in REGIONS]

    def out_dir(self, region: str) -> Path:
        return self.dist / region

    def regions_built(self) -> list[Path]:
        return [self.out_dir(region) for region in REGIONS]

    def build(self, region: str) -> float:
        """Builds one region again (after a content change); returns its seconds."""
        return build_region(self.cms_url, region, self.out_dir(region))


def require_node_modules():
    """Node and the microsite's packages, installed by `npm ci` (`.ci/run` does), never at test
    time: skipped without them locally, failed in CI."""
    if shutil.which("node") and (MICROSITE / "node_modules" / ".bin" / "astro").exists():
        return
    message = "microsite/node_modules is missing: run `cd microsite && npm ci`"
    if IN_CI:
        pytest.fail(f"{message} (.ci/run does)")
    pytest.skip(message)


def build_region(cms_url: str, region: str, out_dir: Path) -> float:
    started = time.monotonic()
    env = {
        **os.environ,
        "CMS_URL": cms_url,
        "REGION_HOST": f"{region}.localhost",
        "OUT_DIR": str(out_dir),
        "ASTRO_TELEMETRY_DISABLED": "1",
    }
    result = subprocess.run(
        ["npm", "run", "--silent", "build"],
        cwd=MICROSITE,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        raise AssertionError(f"build of {region} failed:\n{result.stdout[-4000:]}{result.stderr}")
    return time.monotonic() - started


def cms_env(database_url: str, origins: list[str]) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.test",
        DATABASE_URL=database_url,
        # The test settings switch rate limiting and the response cache off; the browser's
        # search calls the API from the microsite's origins.
        CORS_ALLOWED_ORIGINS=",".join(origins),
        HOST="127.0.0.1",
        WEB_CONCURRENCY="2",
        GUNICORN_THREADS="4",
    )
    return env


class StackDatabase:
    """The stack's own database, made empty beside the test database and dropped at the end."""

    def __init__(self, test_database_url: str):
        parts = urlsplit(test_database_url)
        self.sqlite = parts.scheme == "sqlite"
        if self.sqlite:
            self.path = PROJECT / "build" / f"test-microsite-{os.getpid()}.sqlite3"
            self.url = f"sqlite:///{self.path}"
        else:
            self.name = parts.path.strip("/") + "_microsite"
            self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
            self._server = urlunsplit(parts._replace(path="/postgres"))

    def create(self):
        self.drop()
        if not self.sqlite:
            with psycopg.connect(self._server, autocommit=True) as server:
                server.execute(f'CREATE DATABASE "{self.name}"')

    def drop(self):
        if self.sqlite:
            self.path.unlink(missing_ok=True)
            return
        with psycopg.connect(self._server, autocommit=True) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def page_title(self, hostname: str, path: str) -> str:
        """The title of the page at `path` below the site's root page."""
        sql = (
            "SELECT page.title FROM wagtailcore_page page, wagtailcore_site site"
            " JOIN wagtailcore_page home ON home.id = site.root_page_id"
            " WHERE site.hostname = {0} AND page.url_path = home.url_path || {0}"
        )
        params = (hostname, path.lstrip("/"))
        if self.sqlite:
            with closing(sqlite3.connect(self.path)) as database:
                row = database.execute(sql.format("?"), params).fetchone()
        else:
            with psycopg.connect(self.url) as database:
                row = database.execute(sql.format("%s"), params).fetchone()
        assert row, f"no page at {path} of {hostname}"
        return row[0]


@pytest.fixture(scope="session")
def microsite_stack(django_db_setup):
    require_node_modules()
    from .worker_process import database_url

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    # Inside microsite/ (dist/ is ignored by git): with an outDir outside its root, Astro puts
    # its intermediate files into microsite/.astro/, which concurrent builds would share.
    work = MICROSITE / "dist" / f"test-run-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    database = StackDatabase(database_url())
    stack = MicrositeStack(
        cms_url=f"http://127.0.0.1:{CMS_PORT}", dist=work / "dist", database=database
    )
    processes = []
    try:
        database.create()
        env = cms_env(database.url, stack.origins())
        # As `make run` sets it up, in processes of their own.
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content")
        processes.append(start_gunicorn(CMS_PORT, env, ARTIFACTS / "cms.log"))
        # The four builds side by side: each mostly waits for the CMS.
        with ThreadPoolExecutor(len(REGIONS)) as pool:
            seconds = pool.map(
                lambda region: build_region(stack.cms_url, region, stack.out_dir(region)), REGIONS
            )
            stack.build_seconds = dict(zip(REGIONS, seconds, strict=True))
        print(f"\nmicrosite builds (s): {stack.build_seconds}")
        processes.append(serve_sites(stack, work))
        yield stack
    finally:
        for process in reversed(processes):
            process.stop()
        database.drop()
        shutil.rmtree(work, ignore_errors=True)


def serve_sites(stack: MicrositeStack, work: Path) -> Process:
    node = shutil.which("node") or "node"
    sites = Process(
        [node, str(MICROSITE / "scripts" / "serve.mjs"), "--port-base", str(SITE_PORT_BASE)]
        + list(REGIONS),
        {**os.environ, "CMS_URL": stack.cms_url},
        ARTIFACTS / "serve.log",
        cwd=work,  # serve.mjs serves ./dist/<region>/
    )
    for index, region in enumerate(REGIONS, start=1):
        url = f"http://127.0.0.1:{SITE_PORT_BASE + index}/"
        try:
            wait_until(
                lambda url=url: http("GET", url)[0] == 200,
                what=f"serve.mjs ({region})",
                process=sites.popen,
            )
        except (TimeoutError, RuntimeError):
            sites.stop()
            raise AssertionError("\n".join(sites.log_lines()[-40:])) from None
    return sites


@pytest.fixture(scope="module")
def microsite_browser():
    """One chromium for the microsite tests of a file; each test opens a context of its own.
    Not for the session: Playwright's sync API keeps an event loop in the thread while it
    runs, and the browser tests of later files in this process could not start their own."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()
