"""An editor's flow in a real browser (Debian's chromium driven by Playwright): log in to the
German admin, find the region in the page tree, change a strategy's title and publish it; the
API then serves the new title, and never the unpublished draft before it."""

import os

import pytest
from django.contrib.auth import get_user_model

from .conftest import add_page, log_in_to_admin, make_region
from .graphql_client import data_of
from .servers import CHROMIUM, launch_chromium

# Playwright's sync API runs an event loop in this thread; the ORM calls of the test are still
# synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
        reason="Debian's chromium is not installed (CI installs it)",
    ),
]


@pytest.fixture
def browser_page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        # An English-speaking browser: the admin still speaks German unless the editor chose
        # English in their account settings.
        page = browser.new_page(locale="en-US")
        page.set_default_timeout(20_000)
        yield page
        browser.close()


@pytest.fixture
def editor_content(transactional_db):
    from wagtail.models import Page, Site

    from content_models.models import StrategyIndexPage, StrategyPage

    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    home = make_region("localhost", "west", "Region West", default=True)
    index = add_page(home, StrategyIndexPage(title="Strategie", slug="strategie"))
    strategy = add_page(index, StrategyPage(title="Alte Strategie", slug="plan", kind="framework"))
    get_user_model().objects.create_superuser("redaktion", "redaktion@example.org", "geheim-123")
    return strategy


def test_editor_publishes_a_change_that_the_api_then_serves(
    live_server, browser_page, editor_content, client
):
    page = browser_page
    log_in_to_admin(page, live_server.url, "redaktion", "geheim-123")
    assert page.locator("html").get_attribute("lang") == "de"

    page.goto(f"{live_server.url}/admin/pages/{editor_content.pk}/edit/")
    page.fill("input[name=title]", "Neue Strategie")
    # Saving a draft must not change what the API serves.
    page.click("button[type=submit]:has-text('Entwurf speichern')")
    page.wait_for_load_state()
    assert "‚Neue Strategie‘ wurde aktualisiert" in page.locator(".messages").inner_text()
    query = '{ page(urlPath: "/strategie/plan/") { title } }'
    assert data_of(client, query, host="localhost")["page"]["title"] == "Alte Strategie"

    page.click("footer [data-w-dropdown-target='toggle']")
    page.click("button[name=action-publish]")
    page.wait_for_load_state()
    assert "‚Neue Strategie‘ wurde veröffentlicht" in page.locator(".messages").inner_text()
    assert data_of(client, query, host="localhost")["page"]["title"] == "Neue Strategie"
