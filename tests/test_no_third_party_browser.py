"""No request leaves the CMS's own origin: the admin (no Gravatar) and GraphiQL (served from our
static files, no CDN) in a real browser (Debian's chromium driven by Playwright), with the
Content-Security-Policy in force and not one violation of it."""

import os

import pytest
from django.contrib.auth import get_user_model

from cms.api import view as api_view

from .conftest import add_page, log_in_to_admin, make_region
from .servers import CHROMIUM, launch_chromium, watched

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
        reason="Debian's chromium is not installed (CI installs it)",
    ),
]


@pytest.fixture
def watched_page(live_server):
    """A browser page that records every request and every console message."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield watched(browser.new_page())
        browser.close()


def foreign(urls, origin):
    return [url for url in urls if not url.startswith((origin + "/", "data:", "blob:"))]


def csp_violations(messages):
    return [text for text in messages if "Content Security Policy" in text]


@pytest.fixture
def site_with_editor(transactional_db):
    from django.conf import settings
    from wagtail.models import Locale, Page, Site

    from content_models.models import StrategyIndexPage

    # An earlier transactional test may have flushed the tree the migrations created.
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    home = make_region("localhost", "west", "Region West", default=True)
    add_page(home, StrategyIndexPage(title="Strategie", slug="strategie"))
    get_user_model().objects.create_superuser("redaktion", "redaktion@example.org", "geheim-123")
    return home


def test_admin_requests_nothing_from_other_origins(live_server, watched_page, site_with_editor):
    page = watched_page
    log_in_to_admin(page, live_server.url, "redaktion", "geheim-123")
    for path in (
        "/admin/",
        f"/admin/pages/{site_with_editor.pk}/",
        "/admin/images/",
        "/admin/account/",
    ):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
    # The editor's avatar is the admin's own default picture, not Gravatar's.
    avatars = page.locator(".avatar img").evaluate_all("images => images.map(i => i.src)")
    assert avatars and all(src.startswith(live_server.url) for src in avatars), avatars
    assert len(page.requests) > 10
    assert foreign(page.requests, live_server.url) == []
    assert csp_violations(page.console) == [], page.console


@pytest.fixture
def graphiql_on(settings):
    """GraphiQL is served while DEBUG is on; the view is rebuilt from the test's settings."""
    settings.DEBUG = True
    settings.GRAPHQL_INTROSPECTION = True
    saved, api_view._view = api_view._view, None
    yield settings
    api_view._view = saved


def test_graphiql_loads_from_our_own_files_and_runs_a_query(
    live_server, watched_page, site_with_editor, graphiql_on
):
    page = watched_page
    page.goto(f"{live_server.url}/graphql/")
    editor = page.locator(".graphiql-query-editor .CodeMirror")
    editor.wait_for()
    page.evaluate(
        "document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror"
        ".setValue('{ region { regionName } }')"
    )
    page.click(".graphiql-execute-button")
    page.locator(".graphiql-response").get_by_text("Region West").wait_for()
    assert any(url.endswith("/static/graphiql/vendor/graphiql.min.js") for url in page.requests)
    assert foreign(page.requests, live_server.url) == []
    assert csp_violations(page.console) == []
