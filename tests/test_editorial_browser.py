"""The editors' workflow in a real browser (Debian's chromium, Playwright): a region editor
uploads an image, creates a story with it and submits it; the region's moderator approves; the
story is then in the GraphQL answer. Preview opens the region's preview URL with a token, and
the API answers the unsaved draft for it. The other region's editor can neither open the story
nor find it in the page chooser. Screenshots of every step: build/test-artifacts/editorial/."""

import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Collection, Site

from content_models.models import RegionSettings, StoryIndexPage, StoryPage

from .conftest import add_page, make_region
from .graphql_client import data_of
from .media_factory import image_bytes
from .servers import CHROMIUM, launch_chromium

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTIFACTS = Path(__file__).resolve().parent.parent / "build" / "test-artifacts" / "editorial"
PREVIEW_PORT = 18720
pytestmark = [
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
        reason="Debian's chromium is not installed (CI installs it)",
    ),
]


class PreviewStub:
    """The region's preview frontend: remembers every request it gets."""

    def __init__(self):
        self.requests = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                stub.requests.append(self.path)
                body = b"<html><body><h1>Vorschau-Frontend</h1></body></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        ThreadingHTTPServer.allow_reuse_address = True
        self.server = ThreadingHTTPServer(("127.0.0.1", PREVIEW_PORT), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def preview_stub():
    stub = PreviewStub()
    yield stub
    stub.close()


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def two_regions(transactional_db):
    from wagtail.models import Page

    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    north = make_region("north.test", "north", "Region Nord", default=True)
    south = make_region("south.test", "south", "Region Süd")
    for home, name in ((north, "Medien Nord"), (south, "Medien Süd")):
        home.media_collection = Collection.get_first_root_node().add_child(name=name)
        home.save_revision().publish()
    stories = add_page(north, StoryIndexPage(title="Stories", slug="stories"))
    add_page(south, StoryIndexPage(title="Stories", slug="stories"))
    call_command("setup_region_editors", stdout=open(os.devnull, "w"))
    users = {}
    for username, group in (
        ("erika", "Redaktion Region Nord"),
        ("moritz", "Freigabe Region Nord"),
        ("sven", "Redaktion Region Süd"),
    ):
        user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw-123")
        user.groups.add(Group.objects.get(name=group))
        users[username] = user
    return north, stories


def log_in(browser, live_server, username):
    page = browser.new_page(locale="de-DE")
    page.set_default_timeout(20_000)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw-123")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


def shot(page, name):
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_story_from_draft_to_api_with_moderation_preview_and_isolation(
    live_server, browser, two_regions, preview_stub, client, tmp_path
):
    north, stories = two_regions
    # 1. The editor uploads an image to the region's media.
    editor = log_in(browser, live_server, "erika")
    image_file = tmp_path / "zeche.png"
    image_file.write_bytes(image_bytes())
    editor.goto(f"{live_server.url}/admin/images/add/")
    editor.fill("input[name=title]", "Zeche bei Nacht")
    editor.set_input_files("input[name=file]", str(image_file))
    assert editor.locator("label[for=id_description]").inner_text().startswith("Alternativtext")
    editor.fill("input[name=description]", "Fördergerüst einer Zeche, nachts beleuchtet")
    shot(editor, "01-editor-uploads-image")
    editor.click("button:has-text('Hochladen')")
    editor.wait_for_url(lambda url: "/add/" not in url)

    # 2. ... creates a story with it and submits it to the region's moderators.
    editor.goto(f"{live_server.url}/admin/pages/add/content_models/storypage/{stories.pk}/")
    editor.fill("input[name=title]", "Digitale Zeche")
    editor.fill("input[name=date]", "20.11.2026")
    editor.click("[data-chooser-action-choose]:visible:near(:text('Aufmacherbild'))")
    editor.click(".modal a:has-text('Zeche bei Nacht')")
    editor.wait_for_selector(".modal", state="hidden")
    shot(editor, "02-editor-fills-story")
    editor.click("footer [data-w-dropdown-target='toggle']")
    submit = editor.locator("button[name=action-submit]")
    assert "Freigabe Region Nord" in submit.inner_text()
    assert editor.locator("button[name=action-publish]").count() == 0
    submit.click()
    editor.wait_for_load_state()
    shot(editor, "03-editor-submitted")
    story = StoryPage.objects.get(title="Digitale Zeche")
    assert not story.live and story.image.title == "Zeche bei Nacht"
    query = '{ stories(site: "north.test") { items { title image { title } } } }'
    assert data_of(client, query)["stories"]["items"] == []

    # 3. The moderator approves; the story is in the API.
    moderator = log_in(browser, live_server, "moritz")
    moderator.goto(f"{live_server.url}/admin/pages/{story.pk}/edit/")
    moderator.click("footer [data-w-dropdown-target='toggle']")
    shot(moderator, "04-moderator-sees-approval")
    moderator.click(
        "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    )
    moderator.wait_for_load_state()
    shot(moderator, "05-moderator-approved")
    story.refresh_from_db()
    assert story.live
    assert data_of(client, query)["stories"]["items"] == [
        {"title": "Digitale Zeche", "image": {"title": "Zeche bei Nacht"}}
    ]

    # 4. Preview of an unsaved change opens the region's preview URL with a token.
    settings = RegionSettings.for_site(Site.objects.get(hostname="north.test"))
    settings.preview_url = f"http://127.0.0.1:{PREVIEW_PORT}/vorschau"
    settings.save()
    editor.goto(f"{live_server.url}/admin/pages/{story.pk}/edit/")
    editor.fill("input[name=title]", "Digitale Zeche – Entwurf")
    editor.click("[data-side-panel-toggle='preview']")
    editor.wait_for_function("() => document.querySelector('iframe[src]') !== null")
    editor.wait_for_timeout(1500)
    for _ in range(50):
        if preview_stub.requests:
            break
        editor.wait_for_timeout(200)
    shot(editor, "06-preview-panel")
    assert preview_stub.requests, "the preview frontend was not opened"
    params = parse_qs(urlsplit(preview_stub.requests[-1]).query)
    assert urlsplit(preview_stub.requests[-1]).path == "/vorschau"
    token = params["token"][0]
    preview_query = 'query ($t: String!) { page(token: $t, site: "north.test") { title } }'
    assert data_of(client, preview_query, {"t": token})["page"]["title"] == (
        "Digitale Zeche – Entwurf"
    )
    assert data_of(client, query)["stories"]["items"][0]["title"] == "Digitale Zeche"

    # 5. The other region's editor can neither open the story nor find it in the chooser.
    other = log_in(browser, live_server, "sven")
    other.goto(f"{live_server.url}/admin/pages/{story.pk}/edit/")
    other.wait_for_url(f"{live_server.url}/admin/")
    shot(other, "07-other-region-editor-refused")
    other.goto(f"{live_server.url}/admin/choose-page/search/?q=Zeche")
    shot(other, "08-other-region-chooser-search")
    assert "Digitale Zeche" not in other.content()
    other.goto(f"{live_server.url}/admin/choose-page/{north.pk}/")
    assert "Digitale Zeche" not in other.content() and "Stories" not in other.content()
