"""Request ids: every response carries one, a well-formed incoming id is kept, anything else
is replaced, and log lines written during the request carry the same id."""

import logging

import pytest

from cms.observability.request_id import RequestIdLogFilter

pytestmark = pytest.mark.django_db

QUERY = {"query": "{ __typename }"}


def test_response_carries_a_generated_id(client):
    first = client.get("/graphql/", QUERY)
    second = client.get("/graphql/", QUERY)
    assert len(first["X-Request-ID"]) == 32
    assert first["X-Request-ID"] != second["X-Request-ID"]


def test_well_formed_incoming_id_is_kept(client):
    response = client.get("/graphql/", QUERY, HTTP_X_REQUEST_ID="lb-7f3a9c21.edge")
    assert response["X-Request-ID"] == "lb-7f3a9c21.edge"


@pytest.mark.parametrize("bad", ["short", "x" * 200, "evil\nheader-injection", "<script>1234"])
def test_malformed_incoming_id_is_replaced(client, bad):
    response = client.get("/graphql/", QUERY, HTTP_X_REQUEST_ID=bad)
    assert response["X-Request-ID"] != bad
    assert len(response["X-Request-ID"]) == 32


def test_log_records_within_a_request_carry_its_id(client, monkeypatch):
    seen = []

    class Capture(logging.Handler):
        def emit(self, record):
            seen.append(getattr(record, "request_id", None))

    handler = Capture()
    handler.addFilter(RequestIdLogFilter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        response = client.get("/no-such-page-anywhere/", HTTP_X_REQUEST_ID="trace-0001-abcd")
    finally:
        logger.removeHandler(handler)
    assert response.status_code == 404
    assert seen and all(request_id == "trace-0001-abcd" for request_id in seen)
