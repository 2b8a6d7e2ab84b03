"""The microsite kept live: its webhook receiver rebuilds exactly the region a signed CMS event
names and refuses anything else; a story published in the admin appears on the built site with
no command run (the real worker delivering to the real receiver, which builds with Astro); the
admin's preview of an unsaved change shows it in the microsite's preview route.

Screenshots: build/test-artifacts/microsite/."""

import json
import os
import shutil
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Site

from cms.editorial.models import WebhookEndpoint
from content_models.demo.loader import load_demo_content
from content_models.demo.regions import REGIONS, SHARED_SNIPPETS
from content_models.models import RegionSettings, StoryIndexPage, StoryPage

from .microsite_live_stack import (
    build_preview,
    build_region,
    post_event,
    receiver_state,
    signed_headers,
    start_microsite,
    start_receiver,
)
from .microsite_stack import ARTIFACTS, MICROSITE, require_node_modules
from .servers import http
from .worker_process import Worker, wait_for

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
RECEIVER_PORT = 18800
SITE_PORT_BASE = 18810  # receiver on 18810, owl (the only region served) on 18811
SECRET = "test-secret-of-the-microsite-receiver"
pytestmark = pytest.mark.slow

# A stand-in for `astro build`: writes the region it was asked for, slowly enough that a
# burst of events arrives while it runs.
FAKE_BUILD = 'mkdir -p "$OUT_DIR" && echo "$REGION_HOST" > "$OUT_DIR/index.html" && sleep 1'


def event(*regions, type_="page.published"):
    return {"id": 1, "type": type_, "regions": list(regions), "urlPath": "/", "locale": "de"}


@pytest.fixture
def fake_receiver(tmp_path):
    require_node_modules()
    process = start_receiver(
        tmp_path, RECEIVER_PORT, ["owl", "kreis-unna"], SECRET, MICROSITE_BUILD_COMMAND=FAKE_BUILD
    )
    yield tmp_path
    process.stop()


def test_the_receiver_refuses_bad_signatures_and_old_events_and_builds_nothing(fake_receiver):
    body = json.dumps(event("owl.localhost")).encode()
    wrong = signed_headers("another secret", body)
    stale = signed_headers(SECRET, body, timestamp=int(time.time()) - 600)
    future = signed_headers(SECRET, body, timestamp=int(time.time()) + 600)
    assert post_event(RECEIVER_PORT, event("owl.localhost"), wrong)[0] == 401
    assert post_event(RECEIVER_PORT, event("owl.localhost"), stale)[0] == 401
    assert post_event(RECEIVER_PORT, event("owl.localhost"), future)[0] == 401
    assert post_event(RECEIVER_PORT, event("owl.localhost"), {})[0] == 400
    # A signature over another body (the event altered on its way).
    altered = signed_headers(SECRET, json.dumps(event("kreis-unna.localhost")).encode())
    assert post_event(RECEIVER_PORT, event("owl.localhost"), altered)[0] == 401
    time.sleep(1.5)
    assert all(entry["builds"] == 0 for entry in receiver_state(RECEIVER_PORT).values())
    assert not (fake_receiver / "owl").exists() and not (fake_receiver / ".builds").exists()


def test_a_signed_event_rebuilds_only_its_region_and_bursts_coalesce(fake_receiver):
    # A tree built in place (`npm run build`) is replaced by the first rebuild too.
    (fake_receiver / "owl").mkdir()
    (fake_receiver / "owl" / "index.html").write_text("built in place")
    status, answer = post_event(RECEIVER_PORT, event("owl.localhost"), secret=SECRET)
    assert (status, answer) == (202, {"rebuild": ["owl"]})
    # Four more while the first build runs: one rebuild waits, the rest are folded into it.
    for _ in range(4):
        assert post_event(RECEIVER_PORT, event("owl.localhost"), secret=SECRET)[0] == 202
    assert wait_for(lambda: receiver_state(RECEIVER_PORT)["owl"]["builds"] == 2, timeout=20)
    time.sleep(1.5)
    state = receiver_state(RECEIVER_PORT)
    assert state["owl"]["builds"] == 2 and not state["owl"]["running"]
    assert state["kreis-unna"]["builds"] == 0
    # The region's tree is the newest build, swapped in as a symlink; no other region's.
    served = fake_receiver / "owl"
    assert served.is_symlink() and (served / "index.html").read_text().strip() == "owl.localhost"
    # The newest two trees are kept (the one served, the one before for requests still
    # reading it); the tree built in place has gone.
    trees = sorted(path.name for path in (fake_receiver / ".builds").iterdir())
    assert len(trees) == 2 and "owl-0" not in trees
    assert not (fake_receiver / "kreis-unna").exists()
    # A region this receiver does not serve is acknowledged and not built.
    assert post_event(RECEIVER_PORT, event("suedwestfalen.localhost"), secret=SECRET) == (
        202,
        {"rebuild": []},
    )


def test_a_failed_build_leaves_the_served_tree_alone(tmp_path):
    require_node_modules()
    process = start_receiver(
        tmp_path, RECEIVER_PORT, ["owl"], SECRET, MICROSITE_BUILD_COMMAND="exit 3"
    )
    try:
        assert post_event(RECEIVER_PORT, event("owl.localhost"), secret=SECRET)[0] == 202
        assert wait_for(lambda: receiver_state(RECEIVER_PORT)["owl"]["failures"] == 1, 10)
        assert not (tmp_path / "owl").exists()
        assert list((tmp_path / ".builds").iterdir()) == []
    finally:
        process.stop()


# --- end to end: the real CMS, worker, receiver and Astro build ---------------------------

OWL = next(region for region in REGIONS if region["site"]["hostname"] == "owl.localhost")
SITE = f"http://owl.localhost:{SITE_PORT_BASE + 1}"
SITE_DIRECT = f"http://127.0.0.1:{SITE_PORT_BASE + 1}"  # the Python side resolves no *.localhost


@pytest.fixture
def owl_live(transactional_db, live_server, tmp_path, settings):
    """OWL's demo content on the live server, its microsite built and served from tmp_path,
    the demo webhook switched on to the microsite's receiver, the worker running."""
    require_node_modules()
    if not os.path.exists(CHROMIUM) and not os.environ.get("CI"):
        pytest.skip("Debian's chromium is not installed (CI installs it)")
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo_content(regions=[OWL], shared_snippets=SHARED_SNIPPETS)
    region_settings = RegionSettings.for_site(Site.objects.get(hostname="owl.localhost"))
    region_settings.frontend_url = SITE
    region_settings.preview_url = f"{SITE}/vorschau/"
    region_settings.save()
    receiver_url = f"http://127.0.0.1:{SITE_PORT_BASE}/webhook"
    assert WebhookEndpoint.objects.filter(active=False).count() == 1  # the demo leaves it off
    WebhookEndpoint.objects.update(url=receiver_url)
    os.environ["MICROSITE_WEBHOOK_SECRET"] = SECRET
    try:
        call_command(
            "microsite_webhooks", "on", "--url", receiver_url, stdout=open(os.devnull, "w")
        )
    finally:
        del os.environ["MICROSITE_WEBHOOK_SECRET"]
    get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-123")

    # Inside microsite/: the preview server's bundle imports the packages of node_modules/.
    dist = MICROSITE / "dist" / f".test-live-{os.getpid()}"
    shutil.rmtree(dist, ignore_errors=True)
    started = time.monotonic()
    build_region("owl", dist, live_server.url)
    build_preview(dist, live_server.url)
    print(f"owl and the preview server built in {time.monotonic() - started:.1f} s")
    microsite = start_microsite(dist, SITE_PORT_BASE, ["owl"], SECRET, live_server.url)
    worker = Worker("microsite-worker").start()
    yield dist
    worker.kill()
    microsite.stop()
    shutil.rmtree(dist, ignore_errors=True)


def test_publishing_and_previewing_in_the_admin_reach_the_microsite(
    owl_live, live_server, settings
):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    stories = StoryIndexPage.objects.get(url_path="/owl/stories/")
    title = "Werkstatt Datenkompetenz in Paderborn"
    slug = "werkstatt-datenkompetenz-in-paderborn"
    assert http("GET", f"{SITE_DIRECT}/stories/{slug}/")[0] == 404

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(locale="de-DE", viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(30_000)
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("input[name=username]", "admin")
        page.fill("input[name=password]", "pw-123")
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/admin/")

        # 1. A new story, published in the admin: the worker delivers the event, the receiver
        #    rebuilds OWL, and the story is on the served site – nobody runs a command.
        page.goto(f"{live_server.url}/admin/pages/add/content_models/storypage/{stories.pk}/")
        page.fill("input[name=title]", title)
        page.fill("input[name=date]", "23.11.2026")
        page.click("footer [data-w-dropdown-target='toggle']")
        page.click("button[name=action-publish]")
        page.wait_for_url(lambda url: "/add/" not in url)
        assert StoryPage.objects.get(slug=slug).live
        published = time.monotonic()
        assert wait_for(
            lambda: http("GET", f"{SITE_DIRECT}/stories/{slug}/")[0] == 200, timeout=180, step=1
        ), "the story did not appear on the built site"
        print(f"published → on the site in {time.monotonic() - published:.1f} s")
        site_page = browser.new_page(locale="de-DE")
        site_page.goto(f"{SITE}/stories/")
        assert title in site_page.inner_text("main")
        site_page.screenshot(
            path=str(ARTIFACTS / "live-01-story-on-built-site.png"), full_page=True
        )
        status = json.loads(http("GET", f"http://127.0.0.1:{SITE_PORT_BASE}/status")[2])
        assert status["owl"]["builds"] >= 1 and status["owl"]["failures"] == 0

        # 2. An unsaved change in the edit form, in the preview panel: the CMS finds the
        #    microsite's preview route answering and the panel shows the draft rendered there.
        settings.PREVIEW_FRONTEND_CHECK = True
        story = StoryPage.objects.get(slug=slug)
        page.goto(f"{live_server.url}/admin/pages/{story.pk}/edit/")
        page.fill("input[name=title]", f"{title} – Entwurf")
        page.click("[data-side-panel-toggle='preview']")
        frame = page.frame_locator("iframe[src*='preview']")
        heading = frame.locator("main h1")
        heading.wait_for()
        assert heading.inner_text() == f"{title} – Entwurf"
        assert "nicht veröffentlichter Stand" in frame.locator(".preview-note").inner_text()
        page.screenshot(path=str(ARTIFACTS / "live-02-admin-preview-panel.png"), full_page=True)
        preview_url = next(f.url for f in page.frames if "/vorschau/" in f.url)
        assert preview_url.startswith(f"{SITE}/vorschau/?token=")
        # The live site still shows the published title.
        assert f"{title} – Entwurf" not in http("GET", f"{SITE_DIRECT}/stories/{slug}/")[2].decode()
        browser.close()

    # The preview answer: private, never indexed; a wrong token gets an error page, not a 500.
    status, headers, _ = http("GET", preview_url.replace(SITE, SITE_DIRECT))
    assert status == 200
    assert headers["Cache-Control"] == "private, no-store"
    assert headers["X-Robots-Tag"] == "noindex"
    status, headers, body = http("GET", f"{SITE_DIRECT}/vorschau/?token=abgelaufen")
    assert status == 403 and "Vorschau nicht möglich" in body.decode()
    assert headers["Cache-Control"] == "private, no-store"
