"""HTTP caching of `/graphql/` (cms.api.http_caching) through the real endpoint: GET answers are
public for a while, carry a strong ETag and get 304 for it; POST answers, errors and previews are
not stored; nothing sets a cookie. Change events purge a configured CDN (cms.api.cdn_purge),
here a real HTTP server that takes Wagtail's PURGE requests."""

import pytest

from content_models.models import StrategyPage

from .graphql_client import get_query, send_query
from .test_preview import PREVIEW_URL, token_for
from .test_preview import QUERY as PREVIEW_QUERY
from .test_region_frontends import set_frontend
from .webhook_receiver import Receiver

PURGE_PORT = 18602
TITLES = "{ strategies { items { title } } }"
GRAPHQL_RESPONSE = "application/graphql-response+json"


@pytest.fixture
def lifetimes(settings):
    settings.API_CACHE_MAX_AGE = 120
    settings.API_CACHE_STALE_WHILE_REVALIDATE = 600
    return settings


def directives(response) -> set[str]:
    return {part.strip() for part in response["Cache-Control"].split(",")}


def test_get_answers_are_public_with_the_configured_lifetimes(client, regions, lifetimes):
    response = get_query(client, TITLES, HTTP_COOKIE="sessionid=abc; csrftoken=def")
    assert response.status_code == 200
    assert directives(response) == {"public", "max-age=120", "stale-while-revalidate=600"}
    vary = {value.strip().lower() for value in response["Vary"].split(",")}
    assert "accept" in vary and "cookie" not in vary
    assert "Set-Cookie" not in response and not response.cookies


def test_the_etag_is_strong_follows_the_body_and_the_media_type(
    client, regions, django_capture_on_commit_callbacks
):
    first = get_query(client, TITLES)
    etag = first["ETag"]
    assert etag.startswith('"') and etag.endswith('"') and not etag.startswith("W/")
    assert get_query(client, TITLES)["ETag"] == etag
    other_media_type = get_query(client, TITLES, HTTP_ACCEPT=GRAPHQL_RESPONSE)
    assert other_media_type["Content-Type"].startswith(GRAPHQL_RESPONSE)
    assert other_media_type["ETag"] != etag
    page = StrategyPage.objects.get(pk=regions.framework.pk)
    page.title = "Rahmenstrategie Nord, neu"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert get_query(client, TITLES)["ETag"] != etag


@pytest.mark.parametrize(
    "if_none_match",
    ["{etag}", '"nope", {etag}', "*", "W/{etag}"],
    ids=["the tag", "a list", "any", "weak form"],
)
def test_a_matching_if_none_match_gets_304_without_a_body(
    client, regions, lifetimes, if_none_match
):
    etag = get_query(client, TITLES)["ETag"]
    response = get_query(client, TITLES, HTTP_IF_NONE_MATCH=if_none_match.format(etag=etag))
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert directives(response) == {"public", "max-age=120", "stale-while-revalidate=600"}


def test_another_tag_gets_the_whole_answer(client, regions):
    response = get_query(client, TITLES, HTTP_IF_NONE_MATCH='"something-else"')
    assert response.status_code == 200
    assert response.json()["data"]["strategies"]["items"] == [{"title": "Rahmenstrategie Nord"}]


def test_post_answers_are_not_stored(client, regions):
    response = send_query(client, TITLES)
    assert response.status_code == 200
    assert directives(response) == {"no-store"}
    assert "ETag" not in response


@pytest.mark.parametrize(
    "query",
    [
        '{ strategies(site: "unknown.test") { items { title } } }',  # an execution error
        "{ strategies { nope } }",  # a validation error
        "{ strategies",  # a syntax error
    ],
)
def test_errors_are_not_stored(client, regions, query):
    response = get_query(client, query)
    assert directives(response) == {"no-store"}
    assert "ETag" not in response and response.json()["errors"]


def test_refused_requests_are_not_stored(client, regions):
    response = client.get("/graphql/", {"variables": "{}"}, HTTP_HOST="north.test")
    assert response.status_code == 400
    assert directives(response) == {"no-store"}


def test_preview_answers_are_private_and_not_stored(client, regions):
    set_frontend("north.test", "https://nord.example.org", PREVIEW_URL)
    token = token_for(StrategyPage.objects.get(pk=regions.draft.pk))
    response = get_query(client, PREVIEW_QUERY, {"t": token})
    assert response.json()["data"]["page"]["title"] == "Entwurfsstrategie"
    assert {"private", "no-store"} <= directives(response)
    assert "public" not in directives(response) and "ETag" not in response


@pytest.fixture
def cdn():
    receiver = Receiver(PURGE_PORT).start()
    try:
        yield receiver
    finally:
        receiver.stop()


def publish_framework(regions, capture):
    page = StrategyPage.objects.get(pk=regions.framework.pk)
    page.title = "Rahmenstrategie Nord, überarbeitet"
    with capture(execute=True):
        page.save_revision().publish()


def test_a_publish_purges_the_api_and_the_page_on_the_frontend(
    regions, settings, cdn, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{PURGE_PORT}",
        }
    }
    set_frontend("north.test", "https://nord.example.org")
    publish_framework(regions, django_capture_on_commit_callbacks)
    purged = sorted((r["method"], r["headers"]["Host"], r["path"]) for r in cdn.requests)
    assert purged == [
        ("PURGE", "nord.example.org", "/strategie/rahmenstrategie/"),
        ("PURGE", "north.test", "/graphql/*"),
    ]


def test_without_a_configured_cdn_nothing_is_called(
    regions, settings, cdn, django_capture_on_commit_callbacks
):
    assert not getattr(settings, "WAGTAILFRONTENDCACHE", None)
    set_frontend("north.test", "https://nord.example.org")
    publish_framework(regions, django_capture_on_commit_callbacks)
    assert cdn.requests == []
