"""Headless preview: the preview panel sends the editor to the region's preview URL with a
signed token for exactly that state of the page; the API answers that draft for the token and
nothing for an expired, tampered or other page's token. Without a preview URL the panel shows
a plain built-in rendering."""

import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import signing
from django.test import RequestFactory

from content_models.models import StrategyPage

from .graphql_client import error_messages, post_query
from .test_region_frontends import set_frontend

PREVIEW_URL = "https://nord.example.org/api/preview?lang=de"
QUERY = "query ($t: String!) { page(token: $t) { title ... on StrategyPage { motto } } }"


def preview_response(page):
    return page.serve_preview(RequestFactory().get("/", HTTP_HOST="north.test"), "")


def token_for(page) -> str:
    response = preview_response(page)
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == PREVIEW_URL.split("?")[0]
    params = parse_qs(location.query)
    assert params["lang"] == ["de"]
    assert params["content_type"] == ["content_models.strategypage"]
    return params["token"][0]


@pytest.fixture
def draft_state(regions):
    """The framework strategy with a changed title in the edit form, not yet saved."""
    set_frontend("north.test", "https://nord.example.org", PREVIEW_URL)
    page = StrategyPage.objects.get(pk=regions.framework.pk)
    page.title = "Neuer Titel im Formular"
    page.motto = "Ungespeichertes Motto"
    return page


def test_a_valid_token_shows_the_unsaved_draft(client, draft_state):
    token = token_for(draft_state)
    response = client.post(
        "/graphql/",
        {"query": QUERY, "variables": {"t": token}},
        content_type="application/json",
        HTTP_HOST="north.test",
    )
    assert response.json()["data"]["page"] == {
        "title": "Neuer Titel im Formular",
        "motto": "Ungespeichertes Motto",
    }
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    # The live page is unchanged, and its answers carry no preview marks: public over GET.
    live = client.get(
        "/graphql/",
        {"query": '{ page(urlPath: "/strategie/rahmenstrategie/") { title } }'},
        HTTP_HOST="north.test",
    )
    assert live.json()["data"]["page"]["title"] == "Rahmenstrategie Nord"
    assert live["Cache-Control"].startswith("public")


def test_a_never_published_draft_is_previewed(client, regions):
    set_frontend("north.test", "https://nord.example.org", PREVIEW_URL)
    token = token_for(StrategyPage.objects.get(pk=regions.draft.pk))
    data = post_query(client, QUERY, {"t": token})["data"]
    assert data["page"]["title"] == "Entwurfsstrategie"


def test_an_expired_token_shows_nothing(client, draft_state, monkeypatch, settings):
    token = token_for(draft_state)
    later = time.time() + settings.PREVIEW_TOKEN_MAX_AGE + 5
    monkeypatch.setattr(signing.time, "time", lambda: later)
    result = post_query(client, QUERY, {"t": token})
    assert result["data"]["page"] is None
    assert error_messages(result) == ["The preview token has expired."]


def test_a_tampered_token_shows_nothing(client, draft_state):
    token = token_for(draft_state)
    for forged in (token[:-2] + ("AA" if not token.endswith("AA") else "BB"), "x", ""):
        result = post_query(client, QUERY, {"t": forged})
        assert result["data"]["page"] is None
        assert error_messages(result) == ["The preview token is invalid."]


def test_another_pages_token_shows_nothing(client, draft_state, regions):
    token = token_for(draft_state)
    query = "query ($t: String!, $id: ID) { page(token: $t, id: $id) { title } }"
    result = post_query(client, query, {"t": token, "id": regions.draft.pk})
    assert result["data"]["page"] is None
    assert error_messages(result) == ["The preview token belongs to another page."]
    # Nor can another region read it with the same token.
    result = post_query(client, QUERY, {"t": token}, host="south.test")
    assert result["data"]["page"] is None
    assert error_messages(result) == ["The preview token belongs to a page of another region."]


def test_without_a_preview_url_the_panel_shows_the_fields(regions):
    page = StrategyPage.objects.get(pk=regions.framework.pk)
    page.motto = "Gemeinsam digital"
    response = preview_response(page)
    assert response.status_code == 200
    html = response.render().content.decode()
    assert "Rahmenstrategie Nord" in html
    assert "<dt>Leitmotiv</dt><dd>Gemeinsam digital</dd>" in html
    assert "Einfache Vorschau" in html


def test_an_english_draft_of_the_region_is_previewed(client, regions):
    """The English tree is the region's too: its drafts are previewed like German ones, and
    only with a token."""
    from wagtail.models import Locale

    set_frontend("north.test", "https://nord.example.org", PREVIEW_URL)
    english = Locale.objects.get_or_create(language_code="en")[0]
    framework = StrategyPage.objects.get(pk=regions.framework.pk)
    home = framework.get_parent().get_parent().specific
    home.copy_for_translation(english)
    framework.get_parent().specific.copy_for_translation(english)
    draft = framework.copy_for_translation(english)
    draft.title = "Framework strategy North"
    draft.save_revision()
    token = token_for(draft)
    assert post_query(client, QUERY, {"t": token})["data"]["page"]["title"] == draft.title
    live = post_query(
        client, '{ page(urlPath: "/strategie/rahmenstrategie/", locale: EN) { title } }'
    )
    assert live["data"]["page"]["title"] == "Rahmenstrategie Nord"  # the draft stays hidden


FRONTEND_PORT = 18805  # a preview frontend of this test's own; 18806 has none


@pytest.fixture
def preview_frontend():
    """A region's preview frontend that answers every GET (with 400, as a route without a
    token does)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.server.hosts.append(self.headers["Host"])
            self.send_response(400)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", FRONTEND_PORT), Handler)
    server.hosts = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def checked(settings, url):
    """The check switched on, with nothing remembered of an earlier run."""
    from django.core.cache import cache

    from content_models.frontend_check import cache_key

    settings.PREVIEW_FRONTEND_CHECK = True
    cache.delete(cache_key(url))
    return url


def test_a_frontend_that_answers_gets_the_editor(regions, settings, preview_frontend):
    url = checked(settings, f"http://nord.localhost:{FRONTEND_PORT}/vorschau/")
    set_frontend("north.test", "https://nord.example.org", url)
    response = preview_response(StrategyPage.objects.get(pk=regions.framework.pk))
    assert response.status_code == 302 and response["Location"].startswith(url + "?token=")
    # *.localhost is asked on the loopback address, with the frontend's own host name.
    assert preview_frontend.hosts == [f"nord.localhost:{FRONTEND_PORT}"]
    preview_response(StrategyPage.objects.get(pk=regions.framework.pk))
    assert len(preview_frontend.hosts) == 1  # the answer is remembered for a while


def test_a_frontend_that_does_not_answer_gets_the_builtin_preview_with_a_note(regions, settings):
    url = checked(settings, f"http://nord.localhost:{FRONTEND_PORT + 1}/vorschau/")
    set_frontend("north.test", "https://nord.example.org", url)
    page = StrategyPage.objects.get(pk=regions.framework.pk)
    page.motto = "Gemeinsam digital"
    response = preview_response(page)
    assert response.status_code == 200
    html = response.render().content.decode()
    assert f"Die Vorschau des Frontends dieser Region ({url}) ist nicht erreichbar" in html
    assert "<dt>Leitmotiv</dt><dd>Gemeinsam digital</dd>" in html
