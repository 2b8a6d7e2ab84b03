"""Every named operation in graphql/operations/ runs against the demo content with its example
variables, and returns what a region microsite would show."""

import datetime
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from icalendar import Calendar

from .graphql_client import OPERATIONS_DIR, data_of, operation_text, operation_variables

pytestmark = pytest.mark.django_db

OPERATION_NAMES = sorted(path.stem for path in Path(OPERATIONS_DIR).glob("*.graphql"))
FRAMEWORK_STRATEGY = "Smart Cities Rahmenstrategie für Südwestfalen"


def run(client, name, **overrides):
    variables = {**operation_variables(name), **overrides}
    return data_of(client, operation_text(name), variables, host="localhost")


def check_region_home(data):
    region = data["region"]
    assert region["regionName"] == "Smart Cities: 5 für Südwestfalen"
    assert (region["inhabitants"], region["areaKm2"]) == (1380000, 6200.0)
    assert (region["populationDensity"], region["municipalityCount"]) == (222, 59)
    assert any("13" in fact["value"] for fact in region["keyFacts"])
    assert region["heroImage"]["src"]["url"] and "800w" in region["heroImage"]["srcSet"]
    assert {block["blockType"] for block in region["body"]} >= {"FactsBlock", "TimelineBlock"}
    assert data["regionSettings"]["imprintPage"]["urlPath"].startswith("/")


def check_strategy_list(data):
    items = data["strategies"]["items"]
    assert [item["title"] for item in items] == [FRAMEWORK_STRATEGY]
    assert items[0]["kind"] == "FRAMEWORK" and items[0]["adoptedOn"].startswith("2020")


def check_guideline_list(data):
    numbers = [item["number"] for item in data["guidelines"]["items"]]
    assert len(numbers) >= 3 and numbers == sorted(numbers)


def check_story_list(data):
    items = data["stories"]["items"]
    dates = [item["date"] for item in items]
    assert len(items) == 6 and dates == sorted(dates, reverse=True)
    assert all(item["image"]["teaser"]["width"] == 400 for item in items)
    assert data["stories"]["pagination"]["total"] >= 6


def check_event_list(data):
    starts = [item["startsAt"] for item in data["events"]["items"]]
    assert len(starts) >= 2 and starts == sorted(starts)


def check_project_list(data):
    assert data["projects"]["pagination"]["total"] == 7
    assert {item["status"] for item in data["projects"]["items"]} == {"SUBMITTED"}
    assert {item["fundingProgramme"] for item in data["projects"]["items"]} == {"REGIO_NRW"}


def check_page_by_path(data):
    page = data["page"]
    assert page["title"] == FRAMEWORK_STRATEGY
    assert page["motto"] and page["goals"] and page["themes"]
    assert page["document"]["url"].endswith(".pdf")
    assert page["contact"]["name"] == "Matthias Barutowicz"
    assert [ancestor["urlPath"] for ancestor in page["ancestors"]] == ["/", "/strategie/"]


def check_contacts(data):
    by_name = {contact["name"]: contact for contact in data["contacts"]["items"]}
    assert by_name["Wolfgang Marquardt"]["phone"] == "0521 96733-22"
    assert "Matthias Barutowicz" not in by_name  # a Südwestfalen contact


def check_municipalities(data):
    names = {municipality["name"] for municipality in data["municipalities"]["items"]}
    assert data["municipalities"]["pagination"]["total"] == 14
    assert len(names) == 14 and {"Attendorn", "Winterberg", "Wendener Land"} <= names


def check_themes(data):
    assert len(data["themes"]["items"]) >= 10
    assert data["themes"]["pagination"]["total"] >= 12


def check_search(data):
    assert FRAMEWORK_STRATEGY in [hit["title"] for hit in data["search"]]


def check_navigation(data):
    main, footer = data["navigation"]["main"], data["navigation"]["footer"]
    assert [item["urlPath"] for item in main] == [
        "/strategie/",
        "/leitfaeden/",
        "/stories/",
        "/veranstaltungen/",
        "/ueber-uns/",
    ]
    assert FRAMEWORK_STRATEGY in [child["label"] for child in main[0]["children"]]
    assert all(child["urlPath"].startswith("/strategie/") for child in main[0]["children"])
    assert [item["label"] for item in footer] == ["Impressum", "Datenschutzerklärung", "Newsletter"]
    assert footer[2]["isExternal"] and footer[2]["urlPath"] is None


def check_breadcrumbs(data):
    page = data["page"]
    assert [crumb["urlPath"] for crumb in page["breadcrumbs"]] == [
        "/",
        "/strategie/",
        "/strategie/rahmenstrategie/",
    ]
    assert page["breadcrumbs"][-1]["title"] == FRAMEWORK_STRATEGY
    seo = page["seo"]
    assert seo["title"] == FRAMEWORK_STRATEGY and seo["description"]
    assert seo["canonicalUrl"].endswith("/strategie/rahmenstrategie/")
    assert seo["noindex"] is False


def check_sitemap(data):
    items = data["sitemap"]["items"]
    paths = [item["urlPath"] for item in items]
    assert paths[0] == "/" and "/strategie/rahmenstrategie/" in paths
    assert len(paths) == data["sitemap"]["pagination"]["total"] > 20
    assert all(item["url"].endswith(item["urlPath"]) and item["lastModified"] for item in items)


def check_redirects(data):
    by_path = {item["oldPath"]: item for item in data["redirects"]["items"]}
    assert by_path["/rahmenstrategie"]["toUrl"].endswith("/strategie/rahmenstrategie/")
    assert by_path["/impressum.html"]["isPermanent"]


def check_upcoming_events(data):
    items = data["events"]["items"]
    assert len(items) >= 1 and data["events"]["pagination"]["total"] == len(items)
    now = datetime.datetime.now(datetime.UTC).isoformat()
    assert all((item["endsAt"] or item["startsAt"]) >= now[:19] for item in items)
    starts = [item["startsAt"] for item in items]
    assert starts == sorted(starts)
    assert data["feeds"]["eventsIcal"].endswith("/feeds/suedwestfalen.localhost/events.ics")


def check_theme_page(data):
    theme = data["theme"]
    assert theme["name"] == "Beteiligung"
    assert FRAMEWORK_STRATEGY in [item["title"] for item in theme["strategies"]["items"]]
    assert theme["guidelines"]["items"] and theme["events"]["items"]
    for name in ("strategies", "guidelines", "stories", "events", "projects"):
        assert theme[name]["pagination"]["total"] >= len(theme[name]["items"])


def check_municipality_page(data):
    town = data["municipality"]
    assert (town["name"], town["role"], town["district"]) == (
        "Menden",
        "PIONEER",
        "Märkischer Kreis",
    )
    titles = {item["title"] for item in town["strategies"]["items"]}
    assert titles == {FRAMEWORK_STRATEGY, "Smart-City-Strategie Menden"}
    assert [item["title"] for item in town["stories"]["items"]] == [
        "Menden unter den Top 3 der digitalen Aufholer"
    ]
    place = json.loads(town["jsonLd"])
    assert place["@type"] == "Place" and place["name"] == "Menden"
    assert place["containedInPlace"]["name"] == "Märkischer Kreis"


def check_site_search(data):
    items = data["siteSearch"]["items"]
    types = {item["type"] for item in items}
    assert {"Municipality", "StrategyPage", "StoryPage"} <= types
    assert "Smart-City-Strategie Menden" in [item["title"] for item in items]
    assert data["siteSearch"]["pagination"]["total"] >= len(items)
    assert any("<mark>" in item["excerpt"] for item in items)


def check_english_page(data):
    page = data["page"]
    assert page["locale"] == "EN"
    assert page["title"] == "Smart Cities Framework Strategy for South Westphalia"
    assert page["motto"] == "Digital – Sustainable – Authentic"
    assert page["urlPath"] == "/strategie/rahmenstrategie/"
    assert [crumb["title"] for crumb in page["breadcrumbs"]][-2:] == [
        "Strategy",
        page["title"],
    ]
    assert any(block.get("text") == "A framework for the whole region" for block in page["body"])
    assert data["region"]["locale"] == "EN"
    assert data["region"]["claim"] == "Together on the way to the smartest region by 2030"
    themes = {item["slug"]: item for item in data["themes"]["items"]}
    # Translated shared themes in English, the region's own untranslated one in German.
    assert (themes["mobilitaet"]["name"], themes["mobilitaet"]["locale"]) == ("Mobility", "EN")
    assert themes["wissenstransfer"]["locale"] == "DE"


def check_site_frame(data):
    assert data["region"]["locale"] == "EN"
    assert data["region"]["regionName"] == "Smart Cities: 5 für Südwestfalen"
    assert data["regionSettings"]["logo"]["rendition"]["width"] == 160
    assert data["regionSettings"]["primaryColour"] == "#086878"
    assert data["regionSettings"]["imprintPage"]["urlPath"] == "/impressum/"
    assert data["navigation"]["main"][0]["urlPath"] == "/strategie/"
    assert data["feeds"]["storiesRss"].endswith("/feeds/suedwestfalen.localhost/stories.xml")


def check_site_paths(data):
    paths = {page["urlPath"]: page["pageType"] for page in data["pages"]}
    assert paths["/"] == "RegionHomePage"
    assert paths["/strategie/rahmenstrategie/"] == "StrategyPage"
    # The imprint is in the routes even where it is left out of the sitemap.
    assert paths["/impressum/"] == "ContentPage" and paths["/datenschutz/"] == "ContentPage"


def check_site_page(data):
    home = data["page"]
    assert (home["pageType"], home["locale"]) == ("RegionHomePage", "DE")
    assert home["claim"] and (home["inhabitants"], home["municipalityCount"]) == (1380000, 59)
    assert any("13" in fact["value"] for fact in home["keyFacts"])
    assert "800w" in home["heroImage"]["srcSet"] and home["heroImage"]["description"]
    assert {"FactsBlock", "TimelineBlock"} <= {block["blockType"] for block in home["body"]}
    assert json.loads(home["jsonLd"])["@graph"][0]["@type"] == "GovernmentOrganization"
    assert [crumb["urlPath"] for crumb in home["breadcrumbs"]] == ["/"]


def check_site_stories(data):
    stories = data["stories"]
    assert stories["pagination"]["currentPage"] == 2 and stories["pagination"]["prevPage"] == 1
    assert 1 <= len(stories["items"]) <= 4
    assert all(item["image"]["teaser"]["url"].endswith(".webp") for item in stories["items"])


def check_site_events(data):
    starts = [item["startsAt"] for item in data["events"]["items"]]
    now = datetime.datetime.now(datetime.UTC).isoformat()
    assert starts and all(start < now for start in starts)
    assert data["feeds"]["eventsIcal"].endswith("/events.ics")


def check_site_strategies(data):
    by_path = {item["urlPath"]: item for item in data["strategies"]["items"]}
    framework = by_path["/strategie/rahmenstrategie/"]
    assert (framework["locale"], framework["kind"]) == ("EN", "FRAMEWORK")
    # Untranslated strategies come in German rather than not at all.
    assert by_path["/strategie/menden/"]["locale"] == "DE"


def check_site_guidelines(data):
    numbers = [item["number"] for item in data["guidelines"]["items"]]
    assert len(numbers) >= 3 and numbers == sorted(numbers)


def check_site_projects(data):
    assert data["projects"]["pagination"]["total"] == 10
    assert {item["status"] for item in data["projects"]["items"]} == {"COMPLETED", "SUBMITTED"}


def check_site_directory(data):
    roles = {item["name"]: item["role"] for item in data["municipalities"]["items"]}
    assert roles["Menden"] == "PIONEER" and roles["Attendorn"] == "JOINING"
    names = [contact["name"] for contact in data["contacts"]["items"]]
    assert "Matthias Barutowicz" in names and "Wolfgang Marquardt" not in names


def check_site_search_page(data):
    items = data["siteSearch"]["items"]
    # A hit with the word itself: PostgreSQL also finds „beteiligen“ (it stems German words),
    # SQLite's FTS5, under `make test` without DATABASE_URL, does not.
    assert "Smart Cities: Schule – Digitale Beteiligung" in [i["title"] for i in items]
    assert all(item["urlPath"] or item["type"] in ("Contact", "Organisation") for item in items)
    assert data["siteSearch"]["pagination"]["currentPage"] == 1


CHECKS = {
    "SiteFrame": check_site_frame,
    "SitePaths": check_site_paths,
    "SitePage": check_site_page,
    "SiteStories": check_site_stories,
    "SiteEvents": check_site_events,
    "SiteStrategies": check_site_strategies,
    "SiteGuidelines": check_site_guidelines,
    "SiteProjects": check_site_projects,
    "SiteDirectory": check_site_directory,
    "SiteSearchPage": check_site_search_page,
    "EnglishPage": check_english_page,
    "SiteSearch": check_site_search,
    "ThemePage": check_theme_page,
    "MunicipalityPage": check_municipality_page,
    "Navigation": check_navigation,
    "Breadcrumbs": check_breadcrumbs,
    "Sitemap": check_sitemap,
    "Redirects": check_redirects,
    "UpcomingEvents": check_upcoming_events,
    "RegionHome": check_region_home,
    "StrategyList": check_strategy_list,
    "GuidelineList": check_guideline_list,
    "StoryList": check_story_list,
    "EventList": check_event_list,
    "ProjectList": check_project_list,
    "PageByPath": check_page_by_path,
    "Contacts": check_contacts,
    "Municipalities": check_municipalities,
    "Themes": check_themes,
    "Search": check_search,
}


def test_every_operation_has_variables_and_a_check():
    assert OPERATION_NAMES == sorted(CHECKS)
    for name in OPERATION_NAMES:
        assert operation_variables(name), name


@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_operation_returns_the_demo_content(client, demo, name):
    CHECKS[name](run(client, name))


def test_municipality_page_in_english(client, demo):
    """The translated pages about the municipality in English, the others in German."""
    town = run(client, "MunicipalityPage", locale="EN")["municipality"]
    assert town["name"] == "Menden" and town["locale"] == "DE"  # no English entry
    strategies = {item["title"]: item["locale"] for item in town["strategies"]["items"]}
    assert strategies == {
        "Smart Cities Framework Strategy for South Westphalia": "EN",
        "Smart-City-Strategie Menden": "DE",
    }
    assert [(item["title"], item["locale"]) for item in town["stories"]["items"]] == [
        ("Menden among the top 3 digital catch-up municipalities", "EN")
    ]


def test_sitemap_in_english(client, demo):
    """Every page once: the English translation with its /en/ URL, else the German page."""
    german = run(client, "Sitemap")["sitemap"]
    english = run(client, "Sitemap", locale="EN")["sitemap"]
    assert english["pagination"]["total"] == german["pagination"]["total"]
    by_path = {item["urlPath"]: item["url"] for item in english["items"]}
    assert by_path.keys() == {item["urlPath"] for item in german["items"]}
    assert urlsplit(by_path["/strategie/rahmenstrategie/"]).path == (
        "/en/strategie/rahmenstrategie/"
    )
    assert urlsplit(by_path["/stories/foerderzusage-berlin/"]).path == (
        "/stories/foerderzusage-berlin/"
    )


def test_framework_strategy_belongs_to_suedwestfalen_only(client, demo):
    for site in ("emscher-lippe.localhost", "kreis-unna.localhost", "owl.localhost"):
        data = run(client, "StrategyList", site=site, kind=None)
        assert FRAMEWORK_STRATEGY not in [item["title"] for item in data["strategies"]["items"]]
    data = run(client, "PageByPath", site="emscher-lippe.localhost")
    assert data["page"] is None


def test_region_is_chosen_by_host_without_a_site_argument(client, demo):
    query = "{ region { regionName } }"
    assert data_of(client, query, host="owl.localhost")["region"]["regionName"] == "OWL 4.0"
    emscher = data_of(client, query, host="emscher-lippe.localhost")
    assert emscher["region"]["regionName"] == "SMART REGION Emscher-Lippe"


def test_calendar_feed_has_the_upcoming_events_the_api_lists(client, demo):
    data = run(client, "UpcomingEvents")
    response = client.get(urlsplit(data["feeds"]["eventsIcal"]).path)
    calendar = Calendar.from_ical(response.content)
    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert summaries == [item["title"] for item in data["events"]["items"]]
