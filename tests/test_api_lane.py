"""The API's lane (cms.api.lane): `/graphql/` skips the middleware of HTML pages and sessions
but keeps host validation and the site's security headers; everything else, and GraphiQL
under DEBUG, takes the whole chain."""

import pytest

from .graphql_client import send_query

pytestmark = pytest.mark.django_db

HTML_PAGE_STATE = ("session", "user", "_messages")


def test_an_api_request_skips_sessions_users_and_messages(client, regions):
    response = send_query(client, "{ region { regionName } }")
    assert response.json() == {"data": {"region": {"regionName": "Region Nord"}}}
    request = response.wsgi_request
    assert [name for name in HTML_PAGE_STATE if hasattr(request, name)] == []
    assert request.resolver_match.url_name == "graphql"
    admin = client.get("/admin/login/", HTTP_HOST="north.test").wsgi_request
    assert all(hasattr(admin, name) for name in HTML_PAGE_STATE)


def test_the_api_keeps_the_site_policy_and_frame_header(client, regions):
    api = send_query(client, "{ region { regionName } }")
    page = client.get("/no-such-page/", HTTP_HOST="north.test")
    assert api["Content-Security-Policy"] == page["Content-Security-Policy"]
    assert api["X-Frame-Options"] == page["X-Frame-Options"] == "DENY"
    assert api["X-Content-Type-Options"] == "nosniff"


def test_a_host_not_allowed_is_refused_before_the_view(client, regions):
    response = send_query(client, "{ region { regionName } }", host="evil.example")
    assert response.status_code == 400
    assert b"regionName" not in response.content


def test_graphiql_under_debug_takes_the_whole_chain(client, regions, settings):
    settings.DEBUG = True
    response = send_query(client, "{ region { regionName } }")
    assert hasattr(response.wsgi_request, "session")
