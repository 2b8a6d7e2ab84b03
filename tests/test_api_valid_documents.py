"""Documents checked once per process (cms.api.valid_documents): a repeat is neither parsed nor
validated again, yet everything that depends on the request is still checked each time, an
invalid document is checked on every request, and a changed limit checks again."""

import json

import pytest

from cms.api import view

from .graphql_client import send_query

pytestmark = pytest.mark.django_db

LIST = "query Titles($n: PositiveInt) { strategies(perPage: $n) { items { title } } }"


@pytest.fixture
def validations(monkeypatch):
    calls = []
    real = view.validate

    def counted(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(view, "validate", counted)
    return calls


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["data"]["strategies"]["items"]]


def test_a_repeated_document_is_validated_once(client, regions, validations):
    assert titles(send_query(client, LIST, {"n": 5})) == ["Rahmenstrategie Nord"]
    checked = len(validations)
    assert checked >= 1
    assert titles(send_query(client, LIST, {"n": 3})) == ["Rahmenstrategie Nord"]
    assert titles(send_query(client, LIST, {"n": 5}, host="south.test")) == ["Südstrategie"]
    assert len(validations) == checked


def test_what_depends_on_the_request_is_checked_each_time(client, regions, settings):
    document = LIST + " mutation Nothing { __typename }"
    ok = client.post(
        "/graphql/",
        json.dumps({"query": document, "operationName": "Titles", "variables": {"n": 2}}),
        content_type="application/json",
        HTTP_HOST="north.test",
    )
    assert titles(ok) == ["Rahmenstrategie Nord"]
    unknown = client.post(
        "/graphql/",
        json.dumps({"query": document, "operationName": "Other"}),
        content_type="application/json",
        HTTP_HOST="north.test",
    )
    assert "Unknown operation named 'Other'" in unknown.content.decode()
    over_get = client.get(
        "/graphql/", {"query": document, "operationName": "Nothing"}, HTTP_HOST="north.test"
    )
    assert over_get.status_code == 405
    settings.GRAPHQL_MAX_COST = 5
    costly = send_query(client, LIST, {"n": 100})
    assert "GRAPHQL_MAX_COST" in costly.content.decode()


def test_an_invalid_document_is_checked_every_time(client, regions, validations):
    for _ in range(2):
        response = send_query(client, "{ strategies { items { nope } } }")
        assert "nope" in response.content.decode()
    assert len(validations) == 2


def test_a_lower_limit_applies_to_a_document_checked_before(client, regions, settings):
    assert titles(send_query(client, LIST, {"n": 5})) == ["Rahmenstrategie Nord"]
    settings.GRAPHQL_MAX_QUERY_TOKENS = 5
    refused = send_query(client, LIST, {"n": 5})
    assert "tokens" in refused.content.decode().lower()
