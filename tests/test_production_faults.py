"""Faults while serving, against a PostgreSQL and a Redis of this test's own (the suite's
servers are untouched): the API answers 503 quickly while PostgreSQL is down and recovers
without a restart; without Redis it answers uncached and says so once, not per request."""

import json
import time

import pytest

from .graphql_client import operation_text, operation_variables
from .servers import OwnPostgres, OwnRedis, http, manage, production_env, start_gunicorn

pytestmark = pytest.mark.slow

PG_PORT, REDIS_PORT, APP_PORT = 18510, 18511, 18512
BASE = f"http://127.0.0.1:{APP_PORT}"
# Reads the database on every request, and the cache (Wagtail's renditions) too.
QUERY = {
    "query": operation_text("RegionHome"),
    "variables": operation_variables("RegionHome"),
}


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    root = tmp_path_factory.mktemp("faults")
    postgres = OwnPostgres(PG_PORT)
    redis = None
    app = None
    try:
        postgres.create_database("cms_i5_faults")
        redis = OwnRedis(root / "redis", REDIS_PORT)
        env = production_env(
            DATABASE_URL=postgres.url("cms_i5_faults"),
            REDIS_URL=redis.url(0),
            CACHE_KEY_PREFIX="cms_i5_faults",
            MEDIA_ROOT=root / "media",
            DATABASE_CONNECT_TIMEOUT_S=2,
        )
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content")
        app = start_gunicorn(APP_PORT, env, root / "app.log")
        yield postgres, redis, app
    finally:
        for server in (app, redis):
            if server is not None:
                server.stop()
        postgres.remove()


def answer():
    status, headers, body = http("POST", BASE + "/graphql/", QUERY)
    return status, headers, json.loads(body)


def test_postgres_down_gives_503_quickly_and_recovers_without_restart(stack):
    postgres, _, _ = stack
    status, _, before = answer()
    assert status == 200 and "errors" not in before, before

    postgres.stop()
    try:
        for _ in range(3):  # the first request finds its kept connection broken, the rest none
            started = time.monotonic()
            status, headers, body = answer()
            assert time.monotonic() - started < 5
            assert status == 503, body
            assert headers["Retry-After"] == "5"
            assert body["errors"][0]["extensions"]["requestId"] == headers["X-Request-ID"]
        assert http("GET", BASE + "/healthz")[0] == 200
        status, _, ready = http("GET", BASE + "/readyz")
        assert status == 503 and json.loads(ready)["database"] == "unavailable"
    finally:
        postgres.start()

    deadline = time.monotonic() + 30
    while (status := answer()[0]) != 200 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert answer()[2] == before
    assert http("GET", BASE + "/readyz")[0] == 200


def test_redis_down_answers_uncached_and_logs_the_outage_once(stack):
    _, redis, app = stack
    status, _, before = answer()
    assert status == 200
    cache_lines_before = _cache_warnings(app)

    redis.stop()
    try:
        for _ in range(10):
            started = time.monotonic()
            status, _, body = answer()
            assert status == 200 and body == before
            assert time.monotonic() - started < 3
        status, _, ready = http("GET", BASE + "/readyz")
        assert status == 503 and json.loads(ready)["cache"] == "unavailable"
        assert _cache_warnings(app) - cache_lines_before == 1
    finally:
        redis.start()
    assert http("GET", BASE + "/readyz")[0] == 200
    assert answer()[2] == before


def _cache_warnings(app) -> int:
    lines = [json.loads(line) for line in app.log_lines() if line.startswith("{")]
    return sum(1 for line in lines if line["logger"] == "cms.cache")
