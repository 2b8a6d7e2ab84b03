"""Rate limiting of `/graphql/` (cms.api.rate_limit), counted in the real cache: Redis when
REDIS_URL is set (as in CI), process memory otherwise."""

import os
import random

import pytest

from .graphql_client import send_query

pytestmark = pytest.mark.django_db

OK_QUERY = "{ region { regionName } }"


@pytest.fixture
def limited(settings):
    settings.RATE_LIMIT_ENABLED = True
    settings.RATE_LIMIT_POINTS = 5
    settings.RATE_LIMIT_WINDOW_SECONDS = 60
    settings.RATE_LIMIT_COST_PER_POINT = 1000
    return settings


def fresh_ip():
    """An address no other test (nor an earlier run against the same Redis) has used."""
    return "10.{}.{}.{}".format(*random.sample(range(1, 255), 3))


def ask(client, ip, query=OK_QUERY, **headers):
    return send_query(client, query, REMOTE_ADDR=ip, **headers)


def test_a_burst_over_the_budget_gets_429_with_retry_after(client, regions, limited):
    ip = fresh_ip()
    for _ in range(5):
        assert ask(client, ip).status_code == 200
    response = ask(client, ip)
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 61
    (error,) = response.json()["errors"]
    assert "at most 5 points per 60 s (RATE_LIMIT_POINTS)" in error["message"]
    assert error["extensions"]["requestId"] == response["X-Request-ID"]
    assert "data" not in response.json()
    # Another client is still answered, and so is the admin.
    assert ask(client, fresh_ip()).json() == {"data": {"region": {"regionName": "Region Nord"}}}
    assert client.get("/admin/login/", REMOTE_ADDR=ip).status_code == 200


def test_expensive_queries_use_up_the_budget_faster(client, regions, limited):
    limited.RATE_LIMIT_COST_PER_POINT = 100
    ip = fresh_ip()
    # Cost 300 (100 items of one title): 1 + 3 = 4 points each.
    dear = "{ strategies { items { title } } }"
    assert ask(client, ip, dear).status_code == 200
    response = ask(client, ip, dear)
    assert response.status_code == 429


def test_forwarded_for_is_ignored_from_untrusted_peers(client, regions, limited):
    ip = fresh_ip()
    for n in range(5):
        assert ask(client, ip, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}").status_code == 200
    assert ask(client, ip, HTTP_X_FORWARDED_FOR="192.0.2.99").status_code == 429


def test_forwarded_for_names_the_client_behind_a_trusted_proxy(client, regions, limited):
    proxy = fresh_ip()
    limited.RATE_LIMIT_TRUSTED_PROXIES = [proxy]
    first, second = fresh_ip(), fresh_ip()
    for _ in range(5):
        assert ask(client, proxy, HTTP_X_FORWARDED_FOR=first).status_code == 200
    assert ask(client, proxy, HTTP_X_FORWARDED_FOR=first).status_code == 429
    # A client cannot escape by putting a made-up address in front: the right-most address
    # that is not a trusted proxy counts.
    spoofed = f"{fresh_ip()}, {first}"
    assert ask(client, proxy, HTTP_X_FORWARDED_FOR=spoofed).status_code == 429
    assert ask(client, proxy, HTTP_X_FORWARDED_FOR=second).status_code == 200


def test_api_keys_have_their_own_budget_and_unknown_keys_are_refused(client, regions, limited):
    key = f"frontend-{random.random()}"  # its budget is fresh, even on a shared Redis
    limited.API_KEYS = [key]
    limited.RATE_LIMIT_API_KEY_POINTS = 8
    ip = fresh_ip()
    for _ in range(5):
        assert ask(client, ip).status_code == 200
    assert ask(client, ip).status_code == 429
    for _ in range(8):
        assert ask(client, ip, HTTP_X_API_KEY=key).status_code == 200
    assert ask(client, ip, HTTP_X_API_KEY=key).status_code == 429
    response = ask(client, fresh_ip(), HTTP_X_API_KEY="guessed")
    assert response.status_code == 401
    assert "Unknown API key" in response.json()["errors"][0]["message"]


def test_switched_off_nothing_is_counted(client, regions, limited):
    limited.RATE_LIMIT_ENABLED = False
    ip = fresh_ip()
    for _ in range(8):
        assert ask(client, ip).status_code == 200


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs REDIS_URL (CI sets it)")
def test_the_count_lives_in_redis_where_every_process_sees_it(client, regions, limited):
    from django_redis import get_redis_connection

    ip = fresh_ip()
    for _ in range(3):
        ask(client, ip)
    redis = get_redis_connection("default")
    keys = redis.keys(f"*ratelimit:ip:{ip}:*")
    assert len(keys) == 1
    assert int(redis.get(keys[0])) == 3
    assert 0 < redis.ttl(keys[0]) <= 61
