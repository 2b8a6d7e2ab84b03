"""schema.org JSON-LD on every page (GovernmentOrganization, Event, NewsArticle, Article) with
its BreadcrumbList, and on municipalities as a Place."""

import datetime
import json

import pytest
from django.utils import timezone

from content_models.models import EventIndexPage, EventPage, Municipality, StoryIndexPage, StoryPage

from .conftest import add_page, publish_snippet
from .graphql_client import data_of

pytestmark = pytest.mark.django_db


def json_ld_of(client, page_id):
    data = data_of(client, f"{{ page(id: {page_id}) {{ jsonLd }} }}")
    document = json.loads(data["page"]["jsonLd"])
    assert document["@context"] == "https://schema.org"
    main, breadcrumbs = document["@graph"]
    return main, breadcrumbs


def test_region_home_is_a_government_organization(client, regions):
    main, breadcrumbs = json_ld_of(client, regions.north.pk)
    assert main["@type"] == "GovernmentOrganization" and main["name"] == "Region Nord"
    assert main["url"] == regions.north.get_full_url()
    assert breadcrumbs["itemListElement"] == [
        {"@type": "ListItem", "position": 1, "name": "Region Nord", "item": main["url"]}
    ]


def test_strategy_is_an_article_with_its_breadcrumbs(client, regions):
    main, breadcrumbs = json_ld_of(client, regions.framework.pk)
    assert main["@type"] == "Article" and main["headline"] == "Rahmenstrategie Nord"
    assert main["url"].endswith("/strategie/rahmenstrategie/") and main["inLanguage"] == "de"
    assert [item["name"] for item in breadcrumbs["itemListElement"]] == [
        "Region Nord",
        "Strategie",
        "Rahmenstrategie Nord",
    ]
    assert [item["position"] for item in breadcrumbs["itemListElement"]] == [1, 2, 3]


def test_event_and_story(client, regions):
    events = add_page(regions.north, EventIndexPage(title="Termine", slug="termine"))
    starts = timezone.now() + datetime.timedelta(days=3)
    event = add_page(
        events,
        EventPage(
            title="Workshop",
            slug="workshop",
            starts_at=starts,
            event_format="hybrid",
            location="Olpe",
        ),
    )
    main, _ = json_ld_of(client, event.pk)
    assert main["@type"] == "Event" and main["name"] == "Workshop"
    assert main["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert main["location"] == {"@type": "Place", "name": "Olpe", "address": "Olpe"}
    assert datetime.datetime.fromisoformat(main["startDate"]) == starts
    assert "endDate" not in main  # no empty values
    assert main["inLanguage"] == "de"

    stories = add_page(regions.north, StoryIndexPage(title="Stories", slug="stories"))
    story = add_page(
        stories,
        StoryPage(title="Neu", slug="neu", date=datetime.date(2025, 5, 1), author=regions.contact),
    )
    main, _ = json_ld_of(client, story.pk)
    assert main["@type"] == "NewsArticle" and main["datePublished"] == "2025-05-01"
    assert main["author"] == {"@type": "Person", "name": "Petra Public"}


def test_municipality_is_a_place(client, regions):
    publish_snippet(
        Municipality(
            name="Olpe",
            district="Kreis Olpe",
            population=24000,
            website="https://example.org/olpe",
            role="pioneer",
            region=regions.north,
        )
    )
    data = data_of(client, '{ municipality(slug: "olpe") { jsonLd } }')
    place = json.loads(data["municipality"]["jsonLd"])
    assert place == {
        "@context": "https://schema.org",
        "@type": "Place",
        "name": "Olpe",
        "url": "https://example.org/olpe",
        "containedInPlace": {"@type": "AdministrativeArea", "name": "Kreis Olpe"},
        "additionalProperty": {"@type": "PropertyValue", "name": "population", "value": 24000},
    }


SOUTH = "suedwestfalen.localhost"
JSON_LD_BY_PATH = """query ($site: String, $path: String!, $locale: Locale) {
  page(site: $site, urlPath: $path, locale: $locale) { locale jsonLd }
}"""


def main_object_by_path(client, path, locale):
    variables = {"site": SOUTH, "path": path, "locale": locale}
    page = data_of(client, JSON_LD_BY_PATH, variables, host="localhost")["page"]
    return page["locale"], json.loads(page["jsonLd"])["@graph"][0]


def test_an_english_translation_says_it_is_in_english(client, demo):
    locale, main = main_object_by_path(client, "/strategie/rahmenstrategie/", "EN")
    assert locale == "EN" and main["inLanguage"] == "en"
    assert main["headline"] == "Smart Cities Framework Strategy for South Westphalia"
    assert "/en/" in main["url"]
    _, german = main_object_by_path(client, "/strategie/rahmenstrategie/", "DE")
    assert german["inLanguage"] == "de"


def test_a_german_fallback_says_it_is_in_german(client, demo):
    locale, main = main_object_by_path(client, "/stories/foerderzusage-berlin/", "EN")
    assert locale == "DE" and main["inLanguage"] == "de"
    assert main["@type"] == "NewsArticle"
