"""The process's own copy of cached answers (cms.api.local_answers) and its version feed
(cms.api.version_feed), on a redis-server of this module's own: a repeated answer costs no
Redis command at all, a bump published by another process makes the next answer fresh, and
without Redis (or without the feed) no copy is ever served."""

import subprocess
import sys

import pytest
from django.conf import settings as django_settings

from cms.api import content_version, local_answers, version_feed

from .servers import PROJECT, OwnRedis, wait_until
from .test_api_response_cache import TITLES, ask, cached, titles  # noqa: F401 - fixture

REDIS_PORT = 18864


@pytest.fixture
def feed_redis(tmp_path, settings, cached):  # noqa: F811 - the fixture imported above
    redis = OwnRedis(tmp_path / "redis", REDIS_PORT)
    settings.CACHES = {"default": redis.cache_settings(KEY_PREFIX="local-answers-test")}
    settings.DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    settings.API_RESPONSE_CACHE_LOCAL = True
    local_answers.clear()
    # The feed of an earlier test's server (same port, stopped) waits a second before it
    # subscribes again: until then everything goes to Redis.
    wait_until(lambda: version_feed.feed().generation() is not None, timeout=10, what="feed")
    content_version.bump(["north.test", "south.test"])
    try:
        yield redis
    finally:
        redis.stop()
        local_answers.clear()


def commands_processed(redis: OwnRedis) -> int:
    """Redis's own count of the commands it has run (the INFO asking for it is one)."""
    client = version_feed.redis_client()
    return int(client.info("stats")["total_commands_processed"])


def test_a_repeated_answer_costs_no_redis_command(client, feed_redis):
    assert ask(client)[0] == "miss"
    assert ask(client)[0] == "hit"  # the feed now knows the region's version
    before = commands_processed(feed_redis)
    state, queries, _ = ask(client)
    assert state == "hit" and queries == 0
    assert commands_processed(feed_redis) == before + 1  # only the INFO above


def test_a_bump_from_another_process_makes_the_next_answer_fresh(client, feed_redis):
    ask(client)
    assert ask(client)[0] == "hit"
    # Another process (its own interpreter, its own connections) bumps the region's version.
    code = (
        "import django; django.setup(); "
        "from cms.api import content_version; content_version.bump(['north.test'])"
    )
    env = {
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "REDIS_URL": feed_redis.url(0),
        "CACHE_KEY_PREFIX": "local-answers-test",
        "PATH": "/usr/bin:/bin",
    }
    subprocess.run([sys.executable, "-c", code], cwd=PROJECT, env=env, check=True, timeout=120)
    state, queries, _ = ask(client)
    assert state == "miss" and queries > 0


def test_with_redis_stopped_the_process_copy_is_not_served(client, feed_redis):
    ask(client)
    state, _, before = ask(client)
    assert state == "hit"
    feed_redis.stop()
    state, queries, during = ask(client)
    assert state == "miss" and queries > 0 and during == before


def test_switched_off_every_hit_asks_redis(client, feed_redis, settings):
    settings.API_RESPONSE_CACHE_LOCAL = False
    ask(client)
    assert ask(client)[0] == "hit"
    before = commands_processed(feed_redis)
    assert ask(client)[0] == "hit"
    assert commands_processed(feed_redis) > before + 1


def test_a_copy_lives_no_longer_than_its_entry_in_redis(client, feed_redis, settings):
    settings.API_RESPONSE_CACHE_TIMEOUT = 0  # stored entries expire at once
    ask(client)
    state, queries, _ = ask(client)
    assert state == "miss" and queries > 0


def test_the_feed_learns_no_version_read_before_a_bump_it_heard_of(feed_redis):
    feed = version_feed.feed()
    mark = feed.generation()
    stale = content_version.current(["north.test"])
    content_version.bump(["north.test"])  # heard (its own bump and its message)
    feed.learn(stale, mark)
    assert not feed.matches(stale)
    assert feed.matches(content_version.current(["north.test"]))


def test_the_channel_is_the_installations_own(settings, feed_redis):
    assert version_feed.channel_name() == "local-answers-test:content-versions"
    assert django_settings.CACHES["default"]["KEY_PREFIX"] == "local-answers-test"
