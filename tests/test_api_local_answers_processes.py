"""The response cache's process-local copies across real processes: two gunicorn servers
(one worker each) on one PostgreSQL and one Redis of this test's own, the response cache on.
A repeated answer costs neither server a Redis command; a publish in a third process makes the
very next answer of both servers fresh."""

import json
import subprocess
import sys

import pytest
import redis as redis_library

from .servers import PROJECT, OwnPostgres, OwnRedis, http, manage, production_env, start_gunicorn

pytestmark = pytest.mark.slow

PG_PORT, REDIS_PORT, FIRST_PORT, SECOND_PORT = 18866, 18865, 18861, 18862
QUERY = (
    '{ page(site: "suedwestfalen.localhost", urlPath: "/strategie/rahmenstrategie/") { title } }'
)
TITLE = "Smart Cities Rahmenstrategie für Südwestfalen"
PUBLISH = """
from wagtail.models import Site
site = Site.objects.get(hostname="suedwestfalen.localhost")
page = site.root_page.get_descendants().get(slug="rahmenstrategie").specific
page.title = "Rahmenstrategie, neu gefasst"
page.save_revision().publish()
"""


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    root = tmp_path_factory.mktemp("local-answers")
    postgres = OwnPostgres(PG_PORT)
    started = []
    try:
        postgres.create_database("cms_local_answers")
        redis = OwnRedis(root / "redis", REDIS_PORT)
        started.append(redis)
        env = production_env(
            DATABASE_URL=postgres.url("cms_local_answers"),
            REDIS_URL=redis.url(0),
            CACHE_KEY_PREFIX="cms_local_answers",
            MEDIA_ROOT=root / "media",
            API_RESPONSE_CACHE=1,
            # A busy test machine must not make a learned version expire between requests.
            API_RESPONSE_CACHE_LOCAL_TRUST_SECONDS=60,
        )
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content")
        for port in (FIRST_PORT, SECOND_PORT):
            started.append(start_gunicorn(port, env, root / f"gunicorn-{port}.log"))
        yield {"env": env, "redis": redis_library.Redis(port=REDIS_PORT)}
    finally:
        for server in reversed(started):
            server.stop()
        postgres.remove()


def title_on(port) -> tuple[str, str]:
    status, headers, body = http("POST", f"http://127.0.0.1:{port}/graphql/", {"query": QUERY})
    assert status == 200, body
    return json.loads(body)["data"]["page"]["title"], headers["X-Cache"]


def commands(redis) -> int:
    return int(redis.info("stats")["total_commands_processed"])


def test_hits_cost_no_redis_command_and_a_publish_elsewhere_is_fresh_at_once(servers):
    redis = servers["redis"]
    for port in (FIRST_PORT, SECOND_PORT):
        for _ in range(3):  # stored, read back from Redis once, then the process's own copy
            title, _ = title_on(port)
        assert title == TITLE
        before = commands(redis)
        assert title_on(port) == (TITLE, "hit")
        assert commands(redis) == before + 1  # the INFO above, nothing of the server's

    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PUBLISH],
        cwd=PROJECT,
        env=servers["env"],
        check=True,
        timeout=300,
        capture_output=True,
    )
    for port in (FIRST_PORT, SECOND_PORT):
        assert title_on(port) == ("Rahmenstrategie, neu gefasst", "miss")
    for port in (FIRST_PORT, SECOND_PORT):
        assert title_on(port) == ("Rahmenstrategie, neu gefasst", "hit")
