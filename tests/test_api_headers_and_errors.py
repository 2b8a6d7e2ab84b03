"""Media types and status codes of GraphQL over HTTP, masked errors carrying the request's id
(also in the log line), suggestions only in development, security headers, and what the
production settings switch on."""

import json
import logging
import os
import subprocess
import sys

import pytest

from cms.observability.request_id import RequestIdLogFilter

from .graphql_client import send_query
from .test_settings_production import PROJECT, STRONG_KEY

pytestmark = pytest.mark.django_db

GRAPHQL_RESPONSE = "application/graphql-response+json"


@pytest.mark.parametrize(
    "accept, media_type",
    [
        (GRAPHQL_RESPONSE, GRAPHQL_RESPONSE),
        (f"{GRAPHQL_RESPONSE}, application/json;q=0.9", GRAPHQL_RESPONSE),
        (f"application/json, {GRAPHQL_RESPONSE};q=0.5", "application/json"),
        ("application/json", "application/json"),
        ("*/*", "application/json"),
    ],
)
def test_the_answer_takes_the_media_type_the_client_prefers(client, regions, accept, media_type):
    response = send_query(client, "{ region { regionName } }", HTTP_ACCEPT=accept)
    assert response.status_code == 200
    assert response["Content-Type"] == media_type
    assert response.json() == {"data": {"region": {"regionName": "Region Nord"}}}


@pytest.mark.parametrize(
    "query, status",
    [("{ region { ", 400), ("{ nope }", 422), ("{ region { regionName } }", 200)],
)
def test_status_codes_by_media_type(client, regions, query, status):
    strict = send_query(client, query, HTTP_ACCEPT=GRAPHQL_RESPONSE)
    legacy = send_query(client, query, HTTP_ACCEPT="application/json")
    assert strict.status_code == status
    # application/json: every well-formed request is answered with 200, as the spec says.
    assert legacy.status_code == 200
    assert strict.json() == legacy.json() or "errors" in legacy.json()


def test_masked_error_carries_the_id_of_the_response_and_the_log_line(
    client, regions, monkeypatch, caplog
):
    from cms.api.queries import typed_list

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail: /srv/cms/settings.py password=hunter2")

    monkeypatch.setattr(typed_list, "gate_for", broken)
    caplog.handler.addFilter(RequestIdLogFilter())
    with caplog.at_level(logging.ERROR, logger="cms.api"):
        response = send_query(client, "{ themes { items { name } } }")
    (error,) = response.json()["errors"]
    assert error["message"] == "Internal server error."
    assert "hunter2" not in response.content.decode()
    assert error["extensions"]["requestId"] == response["X-Request-ID"]
    (record,) = [r for r in caplog.records if r.name == "cms.api"]
    assert record.request_id == response["X-Request-ID"]
    assert "hunter2" in str(record.exc_info[1])  # the operator sees what the client does not


def test_suggestions_only_when_switched_on(client, regions, settings):
    settings.GRAPHQL_SUGGESTIONS = False
    message = send_query(client, "{ region { regionNam } }").json()["errors"][0]["message"]
    assert message == "Cannot query field 'regionNam' on type 'RegionHomePage'."
    settings.GRAPHQL_SUGGESTIONS = True
    message = send_query(client, "{ region { regionNam } }").json()["errors"][0]["message"]
    assert "Did you mean 'regionName'?" in message


def test_security_headers_on_admin_and_api(client, regions):
    admin = client.get("/admin/login/", HTTP_HOST="north.test")
    api = send_query(client, "{ region { regionName } }")
    for response in (admin, api):
        policy = response["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "connect-src 'self'" in policy
        assert "img-src 'self' data: blob:" in policy
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"
    assert "script-src 'self' 'unsafe-inline'" in admin["Content-Security-Policy"]
    api_directives = dict(
        part.strip().split(" ", 1) for part in api["Content-Security-Policy"].split(";")
    )
    assert api_directives["script-src"] == "'self'"  # directives come in any order


def test_admin_may_frame_the_regions_preview_frontends_and_nothing_else(client, regions):
    from wagtail.models import Site

    from content_models.models import RegionSettings

    site = Site.objects.get(root_page=regions.north)
    region_settings = RegionSettings.for_site(site)
    region_settings.frontend_url = "https://nord.example.org"
    region_settings.preview_url = "https://vorschau.nord.example.org/preview"
    region_settings.save()
    admin = client.get("/admin/login/", HTTP_HOST="north.test")["Content-Security-Policy"]
    api = send_query(client, "{ region { regionName } }")["Content-Security-Policy"]
    frame_src = next(part for part in admin.split(";") if part.strip().startswith("frame-src"))
    assert frame_src.split()[1:] == [
        "'self'",
        "https://nord.example.org",
        "https://vorschau.nord.example.org",
    ]
    assert "vorschau" not in api


PRODUCTION_PROBE = """
import json
import django; django.setup()
from django.conf import settings
from django.test import Client
client = Client()
get = lambda **headers: client.get("/graphql/", {"query": "{ __typename }"}, HTTP_HOST="localhost", **headers)
print(json.dumps({
    "introspection": settings.GRAPHQL_INTROSPECTION,
    "suggestions": settings.GRAPHQL_SUGGESTIONS,
    "rate_limit": settings.RATE_LIMIT_ENABLED,
    "hsts_https": get(HTTP_X_FORWARDED_PROTO="https").get("Strict-Transport-Security"),
    "hsts_http": get().get("Strict-Transport-Security"),
}))
"""


def run_production_probe(**env):
    """Production settings in a fresh process (they are read once, at start)."""
    environment = {k: v for k, v in os.environ.items() if k != "DEBUG"}
    environment.update(env, SECRET_KEY=STRONG_KEY, DJANGO_SETTINGS_MODULE="cms.settings.production")
    probe = subprocess.run(
        [sys.executable, "-c", PRODUCTION_PROBE],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert probe.returncode == 0, probe.stderr
    return json.loads(probe.stdout.strip().splitlines()[-1])


def test_production_defaults_hide_the_schema_and_send_hsts_over_https():
    found = run_production_probe()
    assert found["introspection"] is False
    assert found["suggestions"] is False
    assert found["rate_limit"] is True
    assert found["hsts_https"] == "max-age=31536000"
    assert found["hsts_http"] is None


def test_production_switches_from_the_environment():
    found = run_production_probe(
        GRAPHQL_INTROSPECTION="1", RATE_LIMIT_ENABLED="0", SECURE_PROXY_SSL_HEADER=""
    )
    assert found["introspection"] is True
    assert found["rate_limit"] is False
    # Without a proxy header no request counts as HTTPS: no HSTS.
    assert found["hsts_https"] is None
