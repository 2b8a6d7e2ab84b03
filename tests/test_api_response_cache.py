"""The response cache (cms.api.response_cache) in the real cache (Redis when REDIS_URL is set)
and against the real database: hits cost no SQL, a publish through Wagtail's own path makes the
next answer fresh in its region only, previews and errors are never stored, and with Redis
stopped the API still answers."""

import logging
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from cms.api import content_version, response_cache
from content_models.models import RegionNavigation, RegionSettings, StrategyPage

from .graphql_client import send_query
from .servers import OwnRedis
from .test_api_rate_limit import fresh_ip
from .test_preview import PREVIEW_URL, token_for
from .test_preview import QUERY as PREVIEW_QUERY
from .test_region_frontends import set_frontend

REDIS_PORT = 18601  # this helper's own redis-server, stopped by the outage test
TITLES = "{ strategies { items { title } } }"
SOUTH_TITLES = '{ strategies(site: "south.test") { items { title } } }'


@pytest.fixture
def cached(settings, regions):
    settings.API_RESPONSE_CACHE = True
    # Entries of earlier tests (other data, rolled back) must not match this test's regions.
    content_version.bump(["north.test", "south.test"])
    return regions


def ask(client, query=TITLES, variables=None, host="north.test"):
    """(X-Cache, SQL queries, JSON) of one POST."""
    with CaptureQueriesContext(connection) as queries:
        response = send_query(client, query, variables, host=host)
    assert response.status_code == 200, response.content
    return response.get("X-Cache"), len(queries), response.json()


def titles(result) -> list[str]:
    return [item["title"] for item in result["data"]["strategies"]["items"]]


def publish_title(page, title, django_capture_on_commit_callbacks):
    """Wagtail's publish path: the change event is written and, on commit, the versions move."""
    page = StrategyPage.objects.get(pk=page.pk)
    page.title = title
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def test_a_repeated_query_is_answered_from_the_cache_without_sql(client, cached):
    state, queries, first = ask(client)
    assert state == "miss" and queries > 0
    state, queries, second = ask(client)
    assert (state, queries) == ("hit", 0)
    assert second == first and titles(first) == ["Rahmenstrategie Nord"]


def test_after_a_publish_the_next_answer_is_fresh(
    client, cached, django_capture_on_commit_callbacks
):
    ask(client)
    assert ask(client)[0] == "hit"
    publish_title(cached.framework, "Rahmenstrategie Nord 2030", django_capture_on_commit_callbacks)
    state, queries, result = ask(client)
    assert state == "miss" and queries > 0
    assert titles(result) == ["Rahmenstrategie Nord 2030"]
    assert ask(client)[:2] == ("hit", 0)


def test_a_publish_leaves_the_other_regions_entries_valid(
    client, cached, django_capture_on_commit_callbacks
):
    ask(client, host="south.test")
    ask(client, host="north.test")
    publish_title(cached.framework, "Neuer Titel", django_capture_on_commit_callbacks)
    state, queries, south = ask(client, host="south.test")
    assert (state, queries) == ("hit", 0)
    assert titles(south) == ["Südstrategie"]
    assert ask(client, host="north.test")[0] == "miss"


@pytest.mark.parametrize("other_process", [False, True], ids=["same process", "other process"])
def test_an_answer_is_stale_when_a_region_it_named_by_site_changes(
    client, cached, django_capture_on_commit_callbacks, other_process
):
    """Asked on north's host, the answer reads south (`site`): south's version governs it."""
    ask(client, SOUTH_TITLES, host="north.test")
    if other_process:  # a process that did not store the entry learns its regions from it
        response_cache._REGIONS_OF_ENTRIES.clear()
    publish_title(cached.framework, "Nur im Norden", django_capture_on_commit_callbacks)
    assert ask(client, SOUTH_TITLES, host="north.test")[:2] == ("hit", 0)
    publish_title(cached.south_strategy, "Südstrategie 2", django_capture_on_commit_callbacks)
    state, _, result = ask(client, SOUTH_TITLES, host="north.test")
    assert state == "miss" and titles(result) == ["Südstrategie 2"]


def test_saving_the_menus_makes_the_navigation_fresh(
    client, cached, django_capture_on_commit_callbacks
):
    query = "{ navigation { footer { label url } } }"
    assert ask(client, query)[2]["data"]["navigation"]["footer"] == []
    assert ask(client, query)[0] == "hit"
    navigation = RegionNavigation.for_site(Site.objects.get(hostname="north.test"))
    navigation.footer_menu = [
        ("item", {"label": "Kontakt", "url": "https://nord.example.org/kontakt", "children": []})
    ]
    with django_capture_on_commit_callbacks(execute=True):
        navigation.save()
    state, _, result = ask(client, query)
    assert state == "miss"
    assert result["data"]["navigation"]["footer"] == [
        {"label": "Kontakt", "url": "https://nord.example.org/kontakt"}
    ]


def test_saving_the_region_settings_makes_the_colour_fresh(
    client, cached, django_capture_on_commit_callbacks
):
    query = "{ regionSettings { primaryColour } }"
    assert ask(client, query)[2]["data"]["regionSettings"]["primaryColour"] == ""
    assert ask(client, query)[0] == "hit"
    region_settings = RegionSettings.for_site(Site.objects.get(hostname="north.test"))
    region_settings.primary_colour = "#1f5f8b"
    with django_capture_on_commit_callbacks(execute=True):
        region_settings.save()
    state, _, result = ask(client, query)
    assert state == "miss"
    assert result["data"]["regionSettings"]["primaryColour"] == "#1f5f8b"


def test_documents_that_differ_in_whitespace_and_comments_share_an_entry(client, cached):
    ask(client, "query Titles { strategies { items { title } } }")
    spaced = "# the titles\nquery   Titles {\n  strategies {\n    items { title }  # each\n  }\n}\n"
    assert ask(client, spaced)[:2] == ("hit", 0)


def test_other_variables_the_operation_name_and_the_host_are_other_entries(client, cached):
    query = "query Titles($kind: StrategyKind) { strategies(kind: $kind) { items { title } } }"
    ask(client, query, {"kind": "FRAMEWORK"})
    assert ask(client, query, {"kind": "FRAMEWORK"})[0] == "hit"
    state, _, result = ask(client, query, {"kind": "MUNICIPAL"})
    assert state == "miss" and titles(result) == []
    assert ask(client, query, {"kind": "FRAMEWORK"}, host="south.test")[0] == "miss"


def test_the_operation_name_picks_the_entry(client, cached):
    document = "query A { strategies { items { title } } } query B { region { regionName } }"

    def run(name):
        response = client.post(
            "/graphql/",
            {"query": document, "operationName": name},
            content_type="application/json",
            HTTP_HOST="north.test",
        )
        return response["X-Cache"], response.json()["data"]

    assert run("A") == ("miss", {"strategies": {"items": [{"title": "Rahmenstrategie Nord"}]}})
    assert run("B") == ("miss", {"region": {"regionName": "Region Nord"}})
    assert run("A")[0] == run("B")[0] == "hit"


def test_preview_answers_are_never_stored(client, cached):
    set_frontend("north.test", "https://nord.example.org", PREVIEW_URL)
    token = token_for(StrategyPage.objects.get(pk=cached.draft.pk))
    for _ in range(2):
        state, queries, result = ask(client, PREVIEW_QUERY, {"t": token})
        assert state == "miss" and queries > 0
        assert result["data"]["page"]["title"] == "Entwurfsstrategie"


def test_answers_with_errors_are_never_stored(client, cached):
    query = '{ region { regionName } strategies(site: "x.test") { items { title } } }'
    for _ in range(2):
        state, queries, result = ask(client, query)
        assert state == "miss" and queries > 0 and result["errors"]


def test_switched_off_nothing_is_stored(client, cached, settings):
    settings.API_RESPONSE_CACHE = False
    for _ in range(2):
        state, queries, _ = ask(client)
        assert state is None and queries > 0


def test_rate_limiting_charges_a_cached_answer_as_much_as_the_first(client, cached, settings):
    settings.RATE_LIMIT_ENABLED = True
    settings.RATE_LIMIT_COST_PER_POINT = 1  # every point of the query's cost counts
    settings.RATE_LIMIT_POINTS = 10**6
    ip = fresh_ip()

    def used():
        window = int(time.time() // settings.RATE_LIMIT_WINDOW_SECONDS)
        counts = cache.get_many([f"ratelimit:ip:{ip}:{w}" for w in (window - 1, window)])
        return sum(counts.values())

    assert send_query(client, TITLES, REMOTE_ADDR=ip)["X-Cache"] == "miss"
    first = used()
    assert first > 1  # the request's point and its query's cost
    assert send_query(client, TITLES, REMOTE_ADDR=ip)["X-Cache"] == "hit"
    assert used() == 2 * first
    settings.RATE_LIMIT_POINTS = 2 * first
    refused = send_query(client, TITLES, REMOTE_ADDR=ip)
    assert refused.status_code == 429 and "X-Cache" not in refused


@pytest.fixture
def own_redis(tmp_path, settings):
    """The cache on a redis-server of this test's own, which the test may stop."""
    redis = OwnRedis(tmp_path / "redis", REDIS_PORT)
    settings.CACHES = {"default": {**settings.CACHES["default"], **redis.cache_settings()}}
    settings.DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    settings.DJANGO_REDIS_LOGGER = "cms.cache"
    try:
        yield redis
    finally:
        redis.stop()


def test_with_redis_stopped_the_api_answers_uncached_and_logs_it(
    client, cached, settings, own_redis, caplog, monkeypatch
):
    settings.RATE_LIMIT_ENABLED = True  # its counter lives in Redis as well
    ask(client)
    state, _, before = ask(client)
    assert state == "hit"
    own_redis.stop()
    # The once-a-minute filter may have spent its line on an earlier test's outage.
    monkeypatch.setattr(logging.getLogger("cms.cache"), "filters", [])
    with caplog.at_level(logging.WARNING, logger="cms.cache"):
        state, queries, during = ask(client)
    assert state == "miss" and queries > 0 and during == before
    assert any(record.name == "cms.cache" for record in caplog.records)
