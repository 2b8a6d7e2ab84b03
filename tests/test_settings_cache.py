"""With REDIS_URL set (as in CI), the cache is the real Redis server."""

import os
import uuid

import pytest
import redis
from django.core.cache import cache

needs_redis = pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL not set")


@needs_redis
def test_cache_writes_reach_the_redis_server(settings):
    assert settings.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    key, value = f"probe-{uuid.uuid4()}", {"region": "suedwestfalen"}
    cache.set(key, value, timeout=30)
    server = redis.Redis.from_url(os.environ["REDIS_URL"])
    stored_keys = [k.decode() for k in server.keys(f"*{key}*")]
    assert len(stored_keys) == 1, stored_keys
    assert cache.get(key) == value
    cache.delete(key)
    assert not server.keys(f"*{key}*")


def test_without_redis_url_the_cache_is_in_process(monkeypatch):
    import importlib

    import cms.settings.base as base

    monkeypatch.delenv("REDIS_URL", raising=False)
    try:
        reloaded = importlib.reload(base)
        assert reloaded.CACHES["default"]["BACKEND"].endswith("LocMemCache")
    finally:
        monkeypatch.undo()
        importlib.reload(base)
