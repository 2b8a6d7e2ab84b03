"""Languages in the API against the demo content: English where a translation is published,
German (and saying so) where not, the gate applied to translations exactly as to originals,
and lists in English costing no more queries per item than in German."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction

from .graphql_client import data_of, post_query

pytestmark = pytest.mark.django_db

SOUTH = "suedwestfalen.localhost"
PAGE = """query ($site: String, $path: String!, $locale: Locale) {
  page(site: $site, urlPath: $path, locale: $locale) { id title locale urlPath }
}"""
STORIES = """query ($site: String, $locale: Locale, $perPage: PositiveInt) {
  stories(site: $site, locale: $locale, perPage: $perPage) {
    items { title locale urlPath themes { name locale } }
  }
}"""
THEME = """query ($site: String, $slug: String!, $locale: Locale) {
  theme(site: $site, slug: $slug, locale: $locale) { name locale }
}"""
ENGLISH_STORY = "Menden among the top 3 digital catch-up municipalities"
GERMAN_STORY = "Menden unter den Top 3 der digitalen Aufholer"


def page(client, path, locale="EN", site=SOUTH):
    variables = {"site": site, "path": path, "locale": locale}
    return data_of(client, PAGE, variables, host="localhost")["page"]


def story_titles(client, locale="EN", site=SOUTH):
    data = data_of(client, STORIES, {"site": site, "locale": locale}, host="localhost")
    return {item["title"]: item["locale"] for item in data["stories"]["items"]}


def english_story():
    german = Page.objects.get(slug="menden-digitale-aufholer", locale__language_code="de")
    return german.get_translation(Locale.objects.get(language_code="en"))


def test_a_translated_page_answers_in_english(client, demo):
    found = page(client, "/strategie/rahmenstrategie/")
    assert found["title"] == "Smart Cities Framework Strategy for South Westphalia"
    assert found["locale"] == "EN"


def test_an_untranslated_page_answers_in_german_and_says_so(client, demo):
    found = page(client, "/stories/foerderzusage-berlin/")
    assert found["title"].startswith("Förderzusage in Berlin")
    assert found["locale"] == "DE"


def test_german_is_the_default_and_stays_german(client, demo):
    found = data_of(
        client, PAGE, {"site": SOUTH, "path": "/strategie/rahmenstrategie/"}, "localhost"
    )
    assert found["page"]["title"] == "Smart Cities Rahmenstrategie für Südwestfalen"
    assert found["page"]["locale"] == "DE"
    assert ENGLISH_STORY not in story_titles(client, "DE")


def test_lists_mix_translations_and_german_fallbacks(client, demo):
    titles = story_titles(client)
    assert titles[ENGLISH_STORY] == "EN"
    assert GERMAN_STORY not in titles  # its translation stands in for it
    assert any(title.startswith("Förderzusage") and lang == "DE" for title, lang in titles.items())
    assert len(titles) == len(story_titles(client, "DE"))


def test_a_snippet_without_translation_falls_back_to_german(client, demo):
    own = data_of(
        client, THEME, {"site": SOUTH, "slug": "wissenstransfer", "locale": "EN"}, "localhost"
    )
    assert own["theme"]["locale"] == "DE"
    shared = data_of(
        client, THEME, {"site": SOUTH, "slug": "mobilitaet", "locale": "EN"}, "localhost"
    )
    assert shared["theme"] == {"name": "Mobility", "locale": "EN"}


def test_an_invalid_locale_is_a_validation_error(client, demo):
    result = post_query(client, PAGE, {"site": SOUTH, "path": "/", "locale": "FR"}, "localhost")
    assert "errors" in result and "FR" in str(result["errors"])


def test_an_untranslated_alias_in_the_english_tree_counts_as_no_translation(client, demo):
    """wagtail-localize mirrors untranslated pages into the English tree as aliases, German
    text under locale en: the API answers with the German original and says so."""
    german = Page.objects.get(slug="foerderzusage-berlin", locale__language_code="de")
    german.copy_for_translation(Locale.objects.get(language_code="en"), alias=True)
    assert page(client, "/stories/foerderzusage-berlin/")["locale"] == "DE"
    data = data_of(client, STORIES, {"site": SOUTH, "locale": "EN"}, host="localhost")
    items = data["stories"]["items"]
    assert [item["locale"] for item in items if item["title"] == german.title] == ["DE"]
    assert len(items) == len(story_titles(client, "DE"))


# ---- the gate and translations ---------------------------------------------------------------


def test_a_draft_translation_never_leaves_the_api(client, demo):
    english_story().unpublish()
    assert page(client, "/stories/menden-digitale-aufholer/")["title"] == GERMAN_STORY
    titles = story_titles(client)
    assert ENGLISH_STORY not in titles and titles[GERMAN_STORY] == "DE"


def test_a_private_translation_never_leaves_the_api(client, demo):
    PageViewRestriction.objects.create(
        page=english_story(), restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    assert page(client, "/stories/menden-digitale-aufholer/")["locale"] == "DE"
    assert ENGLISH_STORY not in story_titles(client)


def test_an_expired_translation_never_leaves_the_api(client, demo):
    translation = english_story()
    translation.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    translation.save()
    assert page(client, "/stories/menden-digitale-aufholer/")["locale"] == "DE"
    assert ENGLISH_STORY not in story_titles(client)


def test_another_regions_translation_never_leaves_the_api(client, demo):
    other = "emscher-lippe.localhost"
    assert page(client, "/strategie/rahmenstrategie/", site=other) is None
    assert ENGLISH_STORY not in story_titles(client, site=other)
    by_id = data_of(
        client,
        "query ($id: ID, $site: String) { page(id: $id, site: $site, locale: EN) { title } }",
        {"id": str(english_story().pk), "site": other},
        "localhost",
    )
    assert by_id["page"] is None


def test_the_english_tree_counts_as_the_region(client, demo):
    found = page(client, "/")
    assert found["locale"] == "EN" and found["title"] == "Smart Cities: 5 for South Westphalia"


# ---- cost ------------------------------------------------------------------------------------


def queries_for(client, locale, per_page):
    with CaptureQueriesContext(connection) as queries:
        data = data_of(
            client, STORIES, {"site": SOUTH, "locale": locale, "perPage": per_page}, "localhost"
        )
    assert len(data["stories"]["items"]) == per_page
    return len(queries)


def test_english_lists_cost_the_same_for_1_and_many_items(client, demo):
    many = len(story_titles(client))
    assert many >= 5
    english = queries_for(client, "EN", 1)
    assert queries_for(client, "EN", many) == english
    # ... and at most a constant more than German (the language look-ups once per request).
    german = queries_for(client, "DE", 1)
    assert queries_for(client, "DE", many) == german
    assert english - german <= 3


def test_an_english_page_has_its_own_url_on_the_frontend(client, demo):
    query = """query ($site: String, $locale: Locale) {
      page(site: $site, urlPath: "/strategie/rahmenstrategie/", locale: $locale) { url }
    }"""
    german = data_of(client, query, {"site": SOUTH, "locale": "DE"}, "localhost")["page"]["url"]
    english = data_of(client, query, {"site": SOUTH, "locale": "EN"}, "localhost")["page"]["url"]
    assert german.endswith("/strategie/rahmenstrategie/")
    assert english == german.replace("/strategie/", "/en/strategie/")


MUNICIPALITIES = """query ($site: String, $locale: Locale, $perPage: PositiveInt) {
  municipalities(site: $site, locale: $locale, perPage: $perPage) {
    items { name locale role }
  }
}"""


def municipality_queries(client, locale, per_page):
    with CaptureQueriesContext(connection) as queries:
        data = data_of(
            client,
            MUNICIPALITIES,
            {"site": SOUTH, "locale": locale, "perPage": per_page},
            "localhost",
        )
    assert len(data["municipalities"]["items"]) == per_page
    return len(queries)


def test_english_directory_lists_cost_the_same_for_1_and_10_items(client, demo):
    assert municipality_queries(client, "EN", 1) == municipality_queries(client, "EN", 10)


def test_breadcrumbs_children_and_menus_are_in_the_language_asked_for(client, demo):
    query = """query ($site: String) {
      fallback: page(site: $site, urlPath: "/stories/foerderzusage-berlin/", locale: EN) {
        locale breadcrumbs { title }
      }
      index: page(site: $site, urlPath: "/stories/", locale: EN) {
        title locale children(limit: 50) { title locale }
      }
      navigation(site: $site, locale: EN) { main { label page { locale } } }
    }"""
    data = data_of(client, query, {"site": SOUTH}, "localhost")
    # A German page without translation sits below the English home and index pages.
    crumbs = [crumb["title"] for crumb in data["fallback"]["breadcrumbs"]]
    assert crumbs[:2] == ["Smart Cities: 5 for South Westphalia", "Stories"]
    assert data["fallback"]["locale"] == "DE"
    # The English index lists every story: translated ones in English, the others in German.
    children = {child["title"]: child["locale"] for child in data["index"]["children"]}
    assert data["index"]["locale"] == "EN"
    assert children[ENGLISH_STORY] == "EN" and GERMAN_STORY not in children
    assert len(children) == len(story_titles(client, "DE"))
    # Menu items lead to the translation where there is one, and none is lost.
    menu = "query ($site: String) { navigation(site: $site) { main { label } } }"
    german_menu = data_of(client, menu, {"site": SOUTH}, "localhost")["navigation"]["main"]
    assert len(data["navigation"]["main"]) == len(german_menu)
    assert any(
        item["page"] and item["page"]["locale"] == "EN" for item in data["navigation"]["main"]
    )


@pytest.mark.parametrize("field", ["children(limit: 50)", "descendants(limit: 100)"])
def test_tree_lists_in_english_keep_the_german_tree_order(client, demo, field):
    # Slugs are kept by translation, so the same order of urlPaths means the same order.
    query = """query ($site: String, $locale: Locale) {
      page(site: $site, urlPath: "/", locale: $locale) { FIELD { urlPath } }
    }""".replace("FIELD", field)
    name = field.split("(")[0]

    def paths(locale):
        data = data_of(client, query, {"site": SOUTH, "locale": locale}, "localhost")
        return [item["urlPath"] for item in data["page"][name]]

    german = paths("DE")
    assert len(german) > 5
    assert paths("EN") == german


def test_publishing_a_translation_tells_its_region(demo):
    """A translation lives in the region's English tree, below the English home page: its
    change event names the region (webhooks, the response cache's versions, CDN purges)."""
    from cms.editorial.models import ChangeEvent

    story = english_story().specific
    story.save_revision().publish()
    event = ChangeEvent.objects.order_by("-pk").first()
    assert (event.regions, event.url_path, event.locale) == (
        [SOUTH],
        "/stories/menden-digitale-aufholer/",
        "en",
    )
