"""Apollo's automatic persisted queries (cms.api.persisted) over GET and POST, stored in the
real cache (Redis when REDIS_URL is set, as in CI): hash only, PersistedQueryNotFound,
registration, then hash only again; and every limit applies to a persisted document."""

import hashlib
import json
import os
import random
import uuid

import pytest
from django.core.cache import cache

from cms.api.persisted import _key

pytestmark = pytest.mark.django_db

JSON = "application/json"
GRAPHQL_RESPONSE = "application/graphql-response+json"
REGION_NAME = {"data": {"region": {"regionName": "Region Nord"}}}


def fresh_document(selection="region { regionName }") -> str:
    """A text no earlier run has registered in the shared Redis: the comment changes its hash."""
    return f"# run {uuid.uuid4()}\n{{ {selection} }}"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def persisted(text_or_hash: str) -> dict:
    digest = text_or_hash if len(text_or_hash) == 64 else sha256(text_or_hash)
    return {"persistedQuery": {"version": 1, "sha256Hash": digest}}


def apq_get(client, extensions, query=None, accept=JSON, **extra):
    params = {"extensions": json.dumps(extensions)}
    if query is not None:
        params["query"] = query
    return client.get("/graphql/", params, HTTP_HOST="north.test", HTTP_ACCEPT=accept, **extra)


def apq_post(client, body, accept=JSON, **extra):
    return client.post(
        "/graphql/",
        data=json.dumps(body),
        content_type=JSON,
        HTTP_HOST="north.test",
        HTTP_ACCEPT=accept,
        **extra,
    )


def assert_not_found(response):
    assert response.json()["errors"][0]["message"] == "PersistedQueryNotFound"
    assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    assert "data" not in response.json()
    assert response["Cache-Control"] == "no-store"  # a CDN must not keep it


def test_round_trip_over_get(client, regions):
    text = fresh_document()
    missing = apq_get(client, persisted(text))
    assert missing.status_code == 200  # application/json: every well-formed request
    assert_not_found(missing)
    strict = apq_get(client, persisted(text), accept=GRAPHQL_RESPONSE)
    assert strict.status_code == 404
    assert_not_found(strict)

    registered = apq_get(client, persisted(text), query=text)
    assert (registered.status_code, registered.json()) == (200, REGION_NAME)

    by_hash = apq_get(client, persisted(text))
    assert (by_hash.status_code, by_hash.json()) == (200, REGION_NAME)


def test_round_trip_over_post(client, regions):
    text = fresh_document()
    assert_not_found(apq_post(client, {"extensions": persisted(text)}))
    registered = apq_post(client, {"query": text, "extensions": persisted(text)})
    assert registered.json() == REGION_NAME
    by_hash = apq_post(client, {"extensions": persisted(text)}, accept=GRAPHQL_RESPONSE)
    assert (by_hash.status_code, by_hash.json()) == (200, REGION_NAME)


def test_registered_over_post_then_cacheable_get_by_hash_with_variables(client, regions):
    """What Apollo Client does with `useGETForHashedQueries`: the retry goes by POST, every
    later request is a GET a CDN can keep."""
    text = f"# run {uuid.uuid4()}\nquery Name($site: String) {{ region(site: $site) {{ regionName }} }}"
    body = {"query": text, "variables": {"site": "south.test"}, "extensions": persisted(text)}
    assert apq_post(client, body).json() == {"data": {"region": {"regionName": "Region Süd"}}}
    params = {
        "operationName": "Name",
        "variables": json.dumps({"site": "south.test"}),
        "extensions": json.dumps(persisted(text)),
    }
    response = client.get("/graphql/", params, HTTP_HOST="north.test")
    assert response.json() == {"data": {"region": {"regionName": "Region Süd"}}}


def test_registration_is_stored_in_the_cache_with_its_ttl(client, regions, settings):
    settings.GRAPHQL_PERSISTED_QUERY_TTL = 600
    text = fresh_document()
    apq_post(client, {"query": text, "extensions": persisted(text)})
    assert cache.get(_key(sha256(text))) == text
    if os.environ.get("REDIS_URL"):
        assert 590 <= cache.ttl(_key(sha256(text))) <= 600


def test_a_hash_that_does_not_match_the_query_is_refused_and_stores_nothing(client, regions):
    text, other = fresh_document(), fresh_document()
    response = apq_post(client, {"query": text, "extensions": persisted(other)})
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert error["message"].startswith("provided sha does not match query")
    assert error["extensions"]["code"] == "PERSISTED_QUERY_HASH_MISMATCH"
    assert_not_found(apq_post(client, {"extensions": persisted(other)}))
    assert_not_found(apq_post(client, {"extensions": persisted(text)}))


VALID_HASH = "a" * 64
MALFORMED = [
    pytest.param({"persistedQuery": "abc"}, "must be a JSON object", id="not-an-object"),
    pytest.param({"persistedQuery": [1]}, "must be a JSON object", id="a-list"),
    pytest.param(
        {"persistedQuery": {"version": 2, "sha256Hash": VALID_HASH}},
        "Unsupported persisted query version",
        id="version-2",
    ),
    pytest.param(
        {"persistedQuery": {"version": True, "sha256Hash": VALID_HASH}},
        "Unsupported persisted query version",
        id="version-true",
    ),
    pytest.param(
        {"persistedQuery": {"version": "1", "sha256Hash": VALID_HASH}},
        "Unsupported persisted query version",
        id="version-string",
    ),
    pytest.param(
        {"persistedQuery": {"sha256Hash": VALID_HASH}},
        "Unsupported persisted query version",
        id="version-missing",
    ),
    pytest.param({"persistedQuery": {"version": 1}}, "64 lower-case hex", id="hash-missing"),
    pytest.param(
        {"persistedQuery": {"version": 1, "sha256Hash": "a" * 63}},
        "64 lower-case hex",
        id="hash-too-short",
    ),
    pytest.param(
        {"persistedQuery": {"version": 1, "sha256Hash": "A" * 64}},
        "64 lower-case hex",
        id="hash-upper-case",
    ),
    pytest.param(
        {"persistedQuery": {"version": 1, "sha256Hash": "g" * 64}},
        "64 lower-case hex",
        id="hash-not-hex",
    ),
    pytest.param(
        {"persistedQuery": {"version": 1, "sha256Hash": 7}}, "64 lower-case hex", id="hash-number"
    ),
]


@pytest.mark.parametrize(("extensions", "message"), MALFORMED)
def test_malformed_extensions_get_a_clear_400_and_change_nothing(
    client, regions, extensions, message
):
    text = fresh_document()
    for response in (
        apq_get(client, extensions, query=text),
        apq_post(client, {"query": text, "extensions": extensions}, accept=GRAPHQL_RESPONSE),
    ):
        assert response.status_code == 400
        (error,) = response.json()["errors"]
        assert message in error["message"]
        assert "data" not in response.json()
    assert_not_found(apq_post(client, {"extensions": persisted(text)}))


@pytest.mark.parametrize(
    "document_id",
    ["abc", f"sha256:{'A' * 64}", f"md5:{'a' * 32}", f"sha256:{'a' * 65}", VALID_HASH],
)
def test_malformed_document_ids_get_a_clear_400(client, regions, document_id):
    response = apq_post(client, {"documentId": document_id})
    assert response.status_code == 400
    assert "`documentId` must be `sha256:`" in response.json()["errors"][0]["message"]


def test_extensions_that_are_not_json_over_get_are_a_bad_request(client, regions):
    response = client.get("/graphql/", {"extensions": "{persistedQuery"}, HTTP_HOST="north.test")
    assert response.status_code == 400
    assert "The JSON of `extensions` is not valid" in response.json()["errors"][0]["message"]


def test_a_persisted_document_is_held_to_the_cost_limit(client, regions, settings):
    """The stored text takes the same path as a sent one: parsed, validated, measured."""
    text = fresh_document("strategies { items { title } }")  # costs a few hundred
    assert "errors" not in apq_post(client, {"query": text, "extensions": persisted(text)}).json()
    settings.GRAPHQL_MAX_COST = 100
    response = apq_get(client, persisted(text), accept=GRAPHQL_RESPONSE)
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    assert error["extensions"]["limit"] == "GRAPHQL_MAX_COST"
    assert "data" not in response.json()


def test_a_document_over_a_limit_is_never_registered(client, regions, settings):
    settings.GRAPHQL_MAX_ALIASES = 2
    text = fresh_document("a: region { regionName } b: region { regionName } c: region { title }")
    response = apq_post(client, {"query": text, "extensions": persisted(text)})
    assert "GRAPHQL_MAX_ALIASES" in response.json()["errors"][0]["message"]
    settings.GRAPHQL_MAX_ALIASES = 20
    assert_not_found(apq_post(client, {"extensions": persisted(text)}))


def test_an_invalid_document_is_never_registered(client, regions):
    text = fresh_document("region { noSuchField }")
    response = apq_post(client, {"query": text, "extensions": persisted(text)})
    assert "noSuchField" in response.json()["errors"][0]["message"]
    assert_not_found(apq_post(client, {"extensions": persisted(text)}))


def test_a_registration_larger_than_the_body_limit_is_refused(client, regions, settings):
    settings.GRAPHQL_MAX_BODY_BYTES = 400
    text = fresh_document() + "\n#" + "x" * 400
    response = apq_post(client, {"query": text, "extensions": persisted(text)})
    assert response.status_code == 413
    assert_not_found(apq_post(client, {"extensions": persisted(text)}))


def test_a_registration_with_too_many_tokens_is_refused(client, regions, settings):
    settings.GRAPHQL_MAX_QUERY_TOKENS = 5
    text = fresh_document("region { regionName title claim }")
    response = apq_post(client, {"query": text, "extensions": persisted(text)})
    assert "tokens" in response.json()["errors"][0]["message"]
    settings.GRAPHQL_MAX_QUERY_TOKENS = 5000
    assert_not_found(apq_post(client, {"extensions": persisted(text)}))


def test_a_mutation_cannot_be_sent_or_registered_over_get(client, regions):
    text = f"# run {uuid.uuid4()}\nmutation {{ region {{ title }} }}"
    response = apq_get(client, persisted(text), query=text)
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert_not_found(apq_get(client, persisted(text)))


def test_persisted_requests_use_up_the_rate_limit(client, regions, settings):
    settings.RATE_LIMIT_ENABLED = True
    settings.RATE_LIMIT_POINTS = 3
    ip = "10.{}.{}.{}".format(*random.sample(range(1, 255), 3))
    text = fresh_document()
    apq_post(client, {"query": text, "extensions": persisted(text)}, REMOTE_ADDR=ip)
    for _ in range(2):
        assert apq_get(client, persisted(text), REMOTE_ADDR=ip).json() == REGION_NAME
    assert apq_get(client, persisted(text), REMOTE_ADDR=ip).status_code == 429


def test_a_document_id_names_a_registered_document_too(client, regions):
    text = fresh_document()
    assert_not_found(apq_post(client, {"documentId": f"sha256:{sha256(text)}"}))
    apq_post(client, {"query": text, "extensions": persisted(text)})
    response = apq_post(client, {"documentId": f"sha256:{sha256(text)}"})
    assert response.json() == REGION_NAME


def test_query_and_document_id_together_are_refused(client, regions):
    text = fresh_document()
    response = apq_post(client, {"query": text, "documentId": f"sha256:{sha256(text)}"})
    assert response.status_code == 400
    assert "either `query` or `documentId`" in response.json()["errors"][0]["message"]


def test_other_extensions_are_ignored(client, regions):
    response = apq_post(client, {"query": "{ region { regionName } }", "extensions": {"x": 1}})
    assert response.json() == REGION_NAME


def test_with_redis_down_a_hash_is_unknown_and_the_text_still_runs(client, regions, settings):
    """Nothing listens on this port (our range): the client falls back to sending the text."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:18619/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    text = fresh_document()
    assert_not_found(apq_get(client, persisted(text)))
    registered = apq_post(client, {"query": text, "extensions": persisted(text)})
    assert (registered.status_code, registered.json()) == (200, REGION_NAME)
    assert_not_found(apq_get(client, persisted(text)))
