"""Tests: fast password hashing; the database and Redis come from DATABASE_URL/REDIS_URL."""

import os
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = BASE_DIR / "build" / "test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", ".test", "localhost", ".localhost", "127.0.0.1"]
# Rate limiting would count the whole suite as one client; its tests switch it on.
RATE_LIMIT_ENABLED = False
# The response cache would carry answers from one test's (rolled back) data into the next one's:
# its tests switch it on.
API_RESPONSE_CACHE = False
# Preview tests send editors to frontends on hosts that do not exist (example.org); the
# check of the frontend's answer has its own tests, which switch it on.
PREVIEW_FRONTEND_CHECK = False


def _redis_url_of_worker(url: str, index: int) -> str:
    """The Redis URL with the database number moved down by the xdist worker's index."""
    parts = urlsplit(url)
    database = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{(database - index) % 16}"))


# pytest-xdist runs the suite in processes gw0, gw1, ...: each gets its own media folder and
# its own Redis database, because a test that clears the cache flushes a whole database. The
# servers and workers a test starts inherit that database through the environment.
_XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if _XDIST_WORKER:
    MEDIA_ROOT = BASE_DIR / "build" / f"test-media-{_XDIST_WORKER}"  # noqa: F405
    if REDIS_URL:  # noqa: F405
        _index = int(_XDIST_WORKER.removeprefix("gw"))
        REDIS_URL = _redis_url_of_worker(REDIS_URL, _index)  # noqa: F405
        CACHES["default"]["LOCATION"] = os.environ["REDIS_URL"] = REDIS_URL  # noqa: F405

# Wagtail's background tasks run at once in tests; the worker tests start the real process.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# The worker tests start the real worker process, which must see the test database: on
# SQLite that is a file, not memory.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    (BASE_DIR / "build").mkdir(exist_ok=True)  # noqa: F405
    # One file per test run, so that two runs in one checkout do not share it.
    _test_db = BASE_DIR / "build" / f"test-db-{os.getpid()}.sqlite3"  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(_test_db)}  # noqa: F405
    # The live server, the worker and the test itself write to that file: wait for its lock
    # rather than fail on a busy machine.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 30  # noqa: F405
