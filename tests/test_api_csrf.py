"""Browser frontends of other origins POST queries without a CSRF token: the read-only API
must accept them even where Django enforces CSRF checks."""

import json

from django.test import Client


def test_post_without_csrf_token_is_answered(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/graphql/",
        data=json.dumps({"query": "{ __typename }"}),
        content_type="application/json",
    )
    assert response.status_code == 200, response.content[:200]
    assert response.json() == {"data": {"__typename": "Query"}}
    assert "Set-Cookie" not in response.headers
