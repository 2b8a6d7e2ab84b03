"""The reference microsite as a browser sees it, for the slow microsite tests: the demo content
committed to the test database, a real CMS (gunicorn) on it, the four regions built from that
CMS with `npm run build` into a temporary directory and served by `microsite/scripts/serve.mjs`.

Built once per test run (session scope): `conftest.py` moves every test that uses the fixture
to the end of the run, because the content is committed (the server is another process) and
would otherwise be seen by the tests after it; the fixture empties the database when it ends,
as pytest-django does after a transactional test.

Tests on the stack carry `pytest.mark.django_db` (pytest-django creates the test database only
for marked tests), never `transaction=True`: a transactional test empties the database the stack
serves when it ends. The test itself runs inside a transaction the CMS process cannot see; a
change the CMS must see, and any query while the browser runs, goes through `own_connection`."""

import os
import shutil
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

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


def own_connection(work, *args):
    """Runs `work(*args)` on a database connection of its own, in a thread of its own, and
    closes it; returns its result. Outside the test's transaction, so a change is committed and
    the CMS process sees it. And outside Playwright's event loop: the sync API runs one in the
    test's thread, Django then keeps that thread's connection in another context, and the
    connection outlives the test (the test database cannot be dropped)."""
    from django.db import connection

    outcome = {}

    def run():
        try:
            outcome["result"] = work(*args)
        except BaseException as error:  # re-raised in the test's thread
            outcome["error"] = error
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def require_node_modules():
    """The microsite's packages are installed by `npm ci`, never at test time."""
    if (MICROSITE / "node_modules" / ".bin" / "astro").exists():
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


def empty_database():
    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Site

    call_command("flush", interactive=False, verbosity=0)
    Site.clear_site_root_paths_cache()
    if connection.vendor == "postgresql":
        # The tests' own connection (their transaction) was opened while Playwright's event loop
        # ran; Django keeps it in another context and never closes it, and the test database
        # could not be dropped at the end of the run. Nothing else uses that database now.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


@pytest.fixture(scope="session")
def microsite_stack(django_db_setup, django_db_blocker):
    require_node_modules()
    from .conftest import restore_wagtail_base_rows
    from .worker_process import database_url

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    # Inside microsite/ (dist/ is ignored by git): with an outDir outside its root, Astro puts
    # its intermediate files into microsite/.astro/, which concurrent builds would share.
    work = MICROSITE / "dist" / f"test-run-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    stack = MicrositeStack(cms_url=f"http://127.0.0.1:{CMS_PORT}", dist=work / "dist")
    processes = []
    try:
        with django_db_blocker.unblock():
            # A transactional test before this one may have emptied every table.
            restore_wagtail_base_rows()
        env = cms_env(database_url(), stack.origins())
        # In a process of its own, as `make run` loads it: Wagtail renders images in threads
        # whose connections would outlive the load here and keep the test database from being
        # dropped at the end of the run.
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
        with django_db_blocker.unblock():
            empty_database()
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


@pytest.fixture(scope="session")
def microsite_browser():
    """One chromium for every microsite test; each test opens a context of its own."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the tests' thread, where Django then refuses
    # the test transaction of `django_db` as "async"; nothing here is async.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()
