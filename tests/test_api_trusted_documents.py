"""Trusted documents (cms.api.persisted, cms.api.trusted_documents): the manifest is in step
with graphql/operations/; with GRAPHQL_TRUSTED_DOCUMENTS every operation runs by hash,
`documentId` and name with its example variables, and anything else is refused by name."""

import json
import uuid

import pytest

from cms.api.trusted_documents import (
    MANIFEST_FILE,
    OPERATIONS_DIR,
    document_hash,
    manifest_from_operations,
    manifest_json,
)

from .graphql_client import operation_text, operation_variables
from .test_graphql_operations import CHECKS, OPERATION_NAMES

JSON = "application/json"
GRAPHQL_RESPONSE = "application/graphql-response+json"


def test_manifest_is_in_step_with_the_operations():
    assert MANIFEST_FILE.read_text(encoding="utf-8") == manifest_json(manifest_from_operations()), (
        "graphql/trusted-documents.json is out of date; regenerate it with `make schema`."
    )
    manifest = json.loads(MANIFEST_FILE.read_text(encoding="utf-8"))
    assert sorted(entry["name"] for entry in manifest.values()) == OPERATION_NAMES
    for digest, entry in manifest.items():
        file_bytes = (OPERATIONS_DIR / f"{entry['name']}.graphql").read_bytes()
        assert (
            digest == document_hash(file_bytes.decode("utf-8")) == document_hash(entry["document"])
        )


@pytest.fixture
def trusted(settings):
    settings.GRAPHQL_TRUSTED_DOCUMENTS = True
    return settings


def post(client, body, accept=JSON):
    return client.post(
        "/graphql/", json.dumps(body), content_type=JSON, HTTP_HOST="localhost", HTTP_ACCEPT=accept
    )


def get(client, params, accept=JSON):
    return client.get("/graphql/", params, HTTP_HOST="localhost", HTTP_ACCEPT=accept)


def data(response):
    assert response.status_code == 200, response.content
    assert "errors" not in response.json(), response.json()["errors"]
    return response.json()["data"]


@pytest.mark.django_db
@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_every_operation_runs_by_hash_document_id_and_name(client, demo, trusted, name):
    text, variables = operation_text(name), operation_variables(name)
    digest = document_hash(text)
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": digest}}
    answers = [
        data(
            get(client, {"variables": json.dumps(variables), "extensions": json.dumps(extensions)})
        ),
        data(post(client, {"documentId": f"sha256:{digest}", "variables": variables})),
        data(post(client, {"operationName": name, "variables": variables}, GRAPHQL_RESPONSE)),
        # The exact text of a trusted document is as good as its hash.
        data(post(client, {"query": text, "variables": variables})),
    ]
    CHECKS[name](answers[0])
    assert all(answer == answers[0] for answer in answers)


def assert_not_allowed(response, status, accept):
    assert response.status_code == (status if accept == GRAPHQL_RESPONSE else 200)
    (error,) = response.json()["errors"]
    assert error["message"].startswith("Only trusted documents may run")
    assert error["extensions"]["code"] == "PERSISTED_QUERY_NOT_ALLOWED"
    assert "data" not in response.json()
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
@pytest.mark.parametrize("accept", [GRAPHQL_RESPONSE, JSON])
def test_anything_else_is_refused_by_name(client, demo, trusted, accept):
    text = f"# {uuid.uuid4()}\n{{ region {{ regionName }} }}"
    unknown = document_hash(text)
    assert_not_allowed(post(client, {"query": text}, accept), 403, accept)
    # A trusted text with one character changed is another document.
    edited = operation_text("Themes") + " "
    assert_not_allowed(post(client, {"query": edited}, accept), 403, accept)
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": unknown}}
    assert_not_allowed(get(client, {"extensions": json.dumps(extensions)}, accept), 404, accept)
    assert_not_allowed(post(client, {"documentId": f"sha256:{unknown}"}, accept), 404, accept)
    assert_not_allowed(post(client, {"operationName": "Everything"}, accept), 404, accept)


@pytest.mark.django_db
def test_apq_registration_is_off(client, demo, trusted):
    text = f"# {uuid.uuid4()}\n{{ region {{ regionName }} }}"
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": document_hash(text)}}
    response = post(client, {"query": text, "extensions": extensions}, GRAPHQL_RESPONSE)
    assert_not_allowed(response, 403, GRAPHQL_RESPONSE)
    assert "registering persisted queries is off" in response.json()["errors"][0]["message"]
    # Nothing was stored: with the mode off again, the hash is still unknown.
    trusted.GRAPHQL_TRUSTED_DOCUMENTS = False
    response = post(client, {"extensions": extensions})
    assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"


@pytest.mark.django_db
def test_trusted_documents_run_by_hash_without_the_mode_too(client, demo):
    digest = document_hash(operation_text("Themes"))
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": digest}}
    variables = json.dumps(operation_variables("Themes"))
    response = get(client, {"variables": variables, "extensions": json.dumps(extensions)})
    CHECKS["Themes"](data(response))
