"""The reference microsite in a real browser (Debian's chromium, Playwright), built from a real CMS
with the demo content (tests/microsite_stack.py): each region's home page shows its own facts
and no other region's; menus and breadcrumbs lead to the pages they name; a story's image has a
`srcset`; the language switch; axe-core finds no serious or critical violation on a set of pages
of every region; no request leaves the site and the CMS; every page weighs at most 100 KB.
Screenshots of each region's home page: build/test-artifacts/microsite/."""

import os
import subprocess
from urllib.parse import urlsplit

import pytest

from .microsite_stack import ARTIFACTS, MICROSITE, REGIONS
from .servers import CHROMIUM, watched

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
        reason="Debian's chromium is not installed (CI installs it)",
    ),
]

# From the demo content (content_models/demo/regions/): what each home page shows of its region
# alone – its claim and its own figures as the facts list writes them.
HOME_FACTS = {
    "suedwestfalen": {
        "name": "Smart Cities: 5 für Südwestfalen",
        "claim": "Gemeinsam auf dem Weg zur smartesten Region bis 2030",
        "facts": ["1,38 Mio. Einwohnerinnen und Einwohner", "59 Kommunen"],
    },
    "emscher-lippe": {
        "name": "SMART REGION Emscher-Lippe",
        "claim": "Die digitalen Kräfte der Region unter einem Dach",
        "facts": ["12 Kommunen", "10 Städte im Kreis Recklinghausen"],
    },
    "kreis-unna": {
        "name": "Smart Region Kreis Unna",
        "claim": "Clevere Städte, vernetzter Kreis",
        "facts": ["10 Kommunen", "10 kreisangehörige Kommunen"],
    },
    "owl": {
        "name": "OWL 4.0",
        "claim": "Wir gestalten unser MORGEN",
        "facts": ["40 Partner im Strategieprozess", "2022–2025 Zeitraum des Strategieprozesses"],
    },
}

# A page of each kind per region (Emscher-Lippe and Kreis Unna have no stories: a project and
# a strategy stand in for the story, their section for the list) and a search term with hits.
PAGES = {
    "suedwestfalen": {"detail": "/stories/menden-digitale-aufholer/", "list": "/stories/"},
    "emscher-lippe": {"detail": "/projekte/smart-networks/", "list": "/projekte/"},
    "kreis-unna": {"detail": "/strategie/vision/", "list": "/strategie/"},
    "owl": {"detail": "/stories/sieben-neue-projektideen/", "list": "/stories/"},
}
SEARCH_TERM = "Digitalisierung"


@pytest.fixture
def visit(microsite_stack, microsite_browser):
    """A fresh browser tab; every request it makes and every console message are recorded, and
    when the test ends every request must have gone to the site itself or to the CMS."""
    context = microsite_browser.new_context(locale="de-DE")
    page = watched(context.new_page(), timeout_ms=20_000)
    yield page
    allowed = {urlsplit(microsite_stack.cms_url).netloc} | {
        urlsplit(microsite_stack.site_url(region)).netloc for region in REGIONS
    }
    context.close()
    # A page of one region asks nothing of another region's site either.
    visited = {urlsplit(url).netloc for url in page.requests if url.startswith("http")}
    sites = visited - {urlsplit(microsite_stack.cms_url).netloc}
    assert len(sites) <= 1, sites
    assert visited <= allowed, visited - allowed
    assert all(url.startswith(("http://", "data:")) for url in page.requests)
    assert not [text for text in page.console if "Content Security Policy" in text]


def open_page(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    return page


def heading(page) -> str:
    return page.locator("main h1").inner_text().strip()


def load_every_image(page) -> list[str]:
    """Loads the lazy images too (a full-page screenshot does not scroll); returns those that
    did not load."""
    page.evaluate("() => document.querySelectorAll('img').forEach((i) => (i.loading = 'eager'))")
    page.wait_for_function("() => [...document.images].every((image) => image.complete)")
    return page.evaluate(
        "() => [...document.images].filter((i) => !i.naturalWidth).map((i) => i.currentSrc)"
    )


def cms_title(stack, region: str, path: str) -> str:
    """The title of the CMS page at `path` of the region's German tree."""
    return stack.database.page_title(f"{region}.localhost", path)


@pytest.mark.parametrize("region", REGIONS)
def test_home_page_shows_its_own_region_and_no_other(visit, microsite_stack, region):
    page = open_page(visit, microsite_stack.site_url(region) + "/")
    assert load_every_image(page) == []
    page.screenshot(path=str(ARTIFACTS / f"{region}-home.png"), full_page=True)
    own = HOME_FACTS[region]
    assert heading(page) == own["name"]
    assert page.locator("main .lead").inner_text() == own["claim"]
    facts = [" ".join(text.split()) for text in page.locator("ul.facts li").all_inner_texts()]
    for fact in own["facts"]:
        assert fact in facts
    text = page.locator("body").inner_text()
    for other, theirs in HOME_FACTS.items():
        if other != region:
            assert theirs["name"] not in text
            assert theirs["claim"] not in text


@pytest.mark.parametrize("region", REGIONS)
def test_menus_and_breadcrumbs_lead_to_the_pages_they_name(visit, microsite_stack, region):
    site = microsite_stack.site_url(region)
    page = open_page(visit, site + "/")
    links = {
        "main": page.locator("nav.main-nav > ul > li > a"),
        "footer": page.locator("footer nav a"),
    }
    targets = []
    for menu, locator in links.items():
        for index in range(locator.count()):
            link = locator.nth(index)
            href, label = link.get_attribute("href"), link.inner_text().strip()
            if href.startswith("/") and href.endswith("/"):
                targets.append((menu, index, href, label))
    assert len([t for t in targets if t[0] == "main"]) >= 2
    assert {"/impressum/", "/datenschutz/", "/kommunen/", "/kontakte/"} <= {t[2] for t in targets}
    own_pages = {"/kommunen/": "Kommunen", "/kontakte/": "Ansprechpersonen"}
    for menu, index, href, label in targets:
        open_page(page, site + "/")
        links[menu].nth(index).click()
        page.wait_for_load_state()
        assert urlsplit(page.url).path == href, (menu, label)
        expected = own_pages.get(href) or cms_title(microsite_stack, region, href)
        assert heading(page) == expected, (menu, label, href)

    # Breadcrumbs on the detail page: every crumb leads to the page of its title.
    detail = PAGES[region]["detail"]
    open_page(page, site + detail)
    crumbs = page.locator("nav.breadcrumbs a")
    titles = [text.strip() for text in crumbs.all_inner_texts()]
    assert len(titles) == 3, titles
    assert titles[0] == HOME_FACTS[region]["name"]
    assert titles[-1] == heading(page) == cms_title(microsite_stack, region, detail)
    assert crumbs.nth(2).get_attribute("aria-current") == "page"
    for index, title in enumerate(titles[:-1]):
        open_page(page, site + detail)
        crumbs.nth(index).click()
        page.wait_for_load_state()
        assert heading(page) == title


@pytest.mark.parametrize("region", ["suedwestfalen", "owl"])
def test_story_page_shows_its_image_with_a_srcset(visit, microsite_stack, region):
    page = open_page(visit, microsite_stack.site_url(region) + PAGES[region]["detail"])
    image = page.locator("main img[srcset]").first
    image.scroll_into_view_if_needed()
    page.wait_for_function(
        "image => image.complete && image.naturalWidth > 0", arg=image.element_handle()
    )
    widths = [part.split()[-1] for part in image.get_attribute("srcset").split(",")]
    assert widths == ["400w", "800w", "1200w"]
    assert image.get_attribute("sizes")
    current = image.evaluate("image => image.currentSrc")
    assert current.startswith(microsite_stack.cms_url + "/media/")


def test_language_switch_shows_english_where_translated_and_says_so_otherwise(
    visit, microsite_stack
):
    site = microsite_stack.site_url("suedwestfalen")
    # Translated: the English story, in English.
    page = open_page(visit, site + "/stories/menden-digitale-aufholer/")
    german_title = heading(page)
    page.get_by_role("link", name="English").click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == "/en/stories/menden-digitale-aufholer/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("main").get_attribute("lang") is None
    assert page.locator("main .notice").count() == 0
    english_title = heading(page)
    assert english_title and english_title != german_title
    # And back.
    page.get_by_role("link", name="Deutsch").click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == "/stories/menden-digitale-aufholer/"
    assert heading(page) == german_title

    # Not translated: the German text under /en/, marked German, and the page says so.
    page = open_page(page, site + "/stories/foerderzusage-berlin/")
    german_title = heading(page)
    page.get_by_role("link", name="English").click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == "/en/stories/foerderzusage-berlin/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("main").get_attribute("lang") == "de"
    assert heading(page) == german_title
    notice = page.locator("main .notice")
    assert notice.get_attribute("lang") == "en"
    assert notice.inner_text() == (
        "This page is not yet available in English; you are reading the German version."
    )


AXE = MICROSITE / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page) -> list[dict]:
    # Evaluated through the DevTools protocol: the site's CSP (script-src 'self') refuses
    # add_script_tag's inline script, and the CSP stays in force for everything else.
    page.evaluate(AXE.read_text())
    result = page.evaluate("async () => await axe.run(document)")
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "nodes": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("region", REGIONS)
def test_axe_finds_no_serious_or_critical_violation(visit, microsite_stack, region):
    site = microsite_stack.site_url(region)
    page = visit
    # A municipality: the first of the region's directory (OWL's demo content has none: the
    # directory itself then).
    open_page(page, site + "/kommunen/")
    towns = page.locator("main a[href^='/kommunen/']")
    municipality = towns.first.get_attribute("href") if towns.count() else "/kommunen/"
    paths = [
        "/",
        PAGES[region]["detail"],
        PAGES[region]["list"],
        municipality,
        "/kontakte/",
        "/en/",
    ]
    found = {}
    for path in paths:
        open_page(page, site + path)
        found[path] = axe_violations(page)
    # The search, with its hits rendered from the CMS's answer.
    open_page(page, site + "/suche/")
    page.fill("#q", SEARCH_TERM)
    page.click("form.search-form button[type=submit]")
    page.wait_for_selector("#search-results ul.cards li")
    found["/suche/?q=…"] = axe_violations(page)
    assert {path: violations for path, violations in found.items() if violations} == {}


def test_every_page_weighs_at_most_100_kb(microsite_stack):
    result = subprocess.run(
        ["npm", "run", "--silent", "weights", "--", *map(str, microsite_stack.regions_built())],
        cwd=MICROSITE,
        capture_output=True,
        text=True,
        timeout=120,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len([line for line in lines if " pages, median " in line]) == len(REGIONS)
    assert "over 100 KB" not in result.stdout
