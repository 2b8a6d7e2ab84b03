"""Repeats of the very same request bytes (cms.api.request_fingerprint): answered from the
response cache without reading the request's JSON or building its key again, yet exactly as
fresh, as region-bound and as charged as any other hit."""

import json

import pytest
from django.core.cache import cache

from cms.api import view
from cms.api.persisted import _key

from .test_api_persisted_queries import apq_post, fresh_document, persisted
from .test_api_response_cache import SOUTH_TITLES, ask, cached, publish_title, titles

__all__ = ["cached"]  # the fixture, for pytest


@pytest.fixture
def reads(monkeypatch):
    """How often the view read a request's parameters."""
    calls = []
    real = view.read_params

    def counted(request):
        calls.append(request)
        return real(request)

    monkeypatch.setattr(view, "read_params", counted)
    return calls


def test_a_repeat_is_a_hit_without_reading_the_request(client, cached, reads):
    first = ask(client)
    assert first[0] == "miss" and len(reads) == 1
    assert ask(client)[:3] == ("hit", 0, first[2])
    assert ask(client)[0] == "hit"
    assert len(reads) == 1
    # Other bytes (a space more) take the full path, to the same entry.
    assert ask(client, "{ strategies { items { title } } } ")[:2] == ("hit", 0)
    assert len(reads) == 2


def test_the_same_bytes_on_another_host_are_another_region(client, cached, reads):
    assert titles(ask(client, host="north.test")[2]) == ["Rahmenstrategie Nord"]
    assert ask(client, host="north.test")[0] == "hit"
    state, _, south = ask(client, host="south.test")
    assert state == "miss" and titles(south) == ["Südstrategie"]
    assert titles(ask(client, host="north.test")[2]) == ["Rahmenstrategie Nord"]


def test_a_repeat_after_a_publish_is_fresh(client, cached, django_capture_on_commit_callbacks):
    ask(client, SOUTH_TITLES)
    assert ask(client, SOUTH_TITLES)[0] == "hit"
    publish_title(cached.south_strategy, "Südstrategie 2030", django_capture_on_commit_callbacks)
    state, queries, result = ask(client, SOUTH_TITLES)
    assert state == "miss" and queries > 0 and titles(result) == ["Südstrategie 2030"]


def test_a_registering_request_registers_again_on_each_repeat(client, cached):
    text = fresh_document()
    body = {"query": text, "extensions": persisted(text)}
    digest = persisted(text)["persistedQuery"]["sha256Hash"]
    assert apq_post(client, body).json()["data"]["region"]["regionName"] == "Region Nord"
    cache.delete(_key(digest))  # the registration expired
    repeated = apq_post(client, body)
    assert repeated["X-Cache"] == "hit"
    assert cache.get(_key(digest)) == text


def test_a_request_the_cache_did_not_keep_is_not_remembered(client, cached, reads):
    broken = "{ strategies { items { title nope } } }"
    for _ in range(2):
        response = client.post(
            "/graphql/",
            data=json.dumps({"query": broken}),
            content_type="application/json",
            HTTP_HOST="north.test",
        )
        assert "errors" in response.json() and response.get("X-Cache") != "hit"
    assert len(reads) == 2
