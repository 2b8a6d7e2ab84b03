"""Constant cost per request: the SQL queries of an operation do not grow with the number of
items it returns. Each list is measured with 1, 10 and 100 items."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from content_models.models import (
    Contact,
    EventIndexPage,
    EventPage,
    GuidelineIndexPage,
    GuidelinePage,
    Municipality,
    Organisation,
    ProjectIndexPage,
    ProjectPage,
    RegionNavigation,
    StoryIndexPage,
    StoryPage,
    StrategyIndexPage,
    StrategyPage,
)

from .conftest import add_page, publish, publish_snippet
from .graphql_client import data_of
from .media_factory import make_image

pytestmark = pytest.mark.django_db

SIZES = (1, 10, 100)
# Queries per operation, whatever the number of items: the sites, their home pages in every
# language and the content types (cms/api/site_facts.py), view restrictions, the count, the
# items, then one query per prefetched relation (themes, tags, renditions, ...); media add one
# for the collections they must not come from (private ones, other regions').
# Directory lists: the three of every request, then a count and the items of each of the two
# lists, and the renditions of the contacts' photos.
EXPECTED = {"strategies": 9, "stories": 11, "directory": 8}


def save_live(page):
    """Stores the page's themes and tags. Pages are live from `add_child` on; a revision and
    a publish per item would only make building a hundred of them slow."""
    page.save()


def count_queries(client, query):
    with CaptureQueriesContext(connection) as captured:
        data = data_of(client, query)
    return len(captured), data


def add_strategies(regions, count, start=0):
    for number in range(start, start + count):
        page = StrategyPage(
            title=f"Strategie {number:03}",
            slug=f"strategie-{number:03}",
            kind="municipal",
            contact=regions.contact,
        )
        regions.strategies.add_child(instance=page)
        page.themes.set([regions.public_theme, regions.shared_theme, regions.draft_theme])
        save_live(page)


def add_stories(regions, count, image):
    index = StoryIndexPage(title="Stories", slug="stories")
    regions.north.add_child(instance=index)
    publish(index)
    for number in range(count):
        story = StoryPage(
            title=f"Story {number:03}",
            slug=f"story-{number:03}",
            date=f"2024-01-{number % 28 + 1:02}",
            image=image,
            author=regions.contact,
        )
        index.add_child(instance=story)
        story.tags.add("smart-city", "app")
        story.themes.set([regions.public_theme])
        save_live(story)


STRATEGIES_QUERY = """{ strategies(perPage: 100) { items {
  id title urlPath contentType kind themes { name slug } contact { name organisation { name } }
  document { title } parent { title } } pagination { total } } }"""

STORIES_QUERY = """{ stories(perPage: 100) { items {
  title date tags image { title width height src } author { name } themes { name } } } }"""


@pytest.mark.parametrize("size", SIZES)
def test_strategy_list_costs_the_same_for_1_10_and_100_items(client, regions, size):
    add_strategies(regions, size - 1)  # the fixture brings one strategy of its own
    queries, data = count_queries(client, STRATEGIES_QUERY)
    assert data["strategies"]["pagination"]["total"] == size
    assert len(data["strategies"]["items"]) == size
    assert all(len(item["themes"]) == 2 for item in data["strategies"]["items"])
    assert queries == EXPECTED["strategies"], f"{queries} queries for {size} items"


@pytest.mark.parametrize("size", SIZES)
def test_story_list_costs_the_same_for_1_10_and_100_items(client, regions, size):
    add_stories(regions, size, make_image("Aufmacher", regions.public_image.collection))
    queries, data = count_queries(client, STORIES_QUERY)
    assert len(data["stories"]["items"]) == size
    assert sorted(data["stories"]["items"][0]["tags"]) == ["app", "smart-city"]
    assert queries == EXPECTED["stories"], f"{queries} queries for {size} items"


@pytest.mark.parametrize("size", SIZES)
def test_directory_lists_cost_the_same_for_1_10_and_100_items(client, regions, size):
    for number in range(size):
        publish_snippet(
            Municipality(name=f"Gemeinde {number:03}", role="member", region=regions.north)
        )
    for number in range(size - 1):
        publish_snippet(Contact(name=f"Kontakt {number:03}", region=regions.north))
    queries, data = count_queries(
        client,
        "{ municipalities(perPage: 100) { items { name role } } "
        "contacts(perPage: 100) { items { name organisation { name } photo { title } } } }",
    )
    assert len(data["municipalities"]["items"]) == size
    assert len(data["contacts"]["items"]) == size
    assert queries == EXPECTED["directory"], f"{queries} queries for {size} items"


GENERIC_QUERIES = {
    "pages": """{ pages(limit: 100, contentType: "content_models.StrategyPage") {
      ... on StrategyPage { title contact { name } themes { name } document { title } } } }""",
    "children": """{ page(urlPath: "/strategie/") { children(limit: 100) {
      ... on StrategyPage { title contact { name } themes { name } } } } }""",
    "search": """{ search(query: "Strategie", limit: 50) {
      ... on StrategyPage { title contact { name } themes { name } } } }""",
}


@pytest.mark.parametrize("name", sorted(GENERIC_QUERIES))
def test_generic_page_lists_load_relations_per_list_not_per_page(client, regions, name):
    count_queries(client, GENERIC_QUERIES[name])  # once to warm per-process caches
    counts, present = [], 0  # strategies added, besides the fixture's own
    for size in (1, 10, 40):
        add_strategies(regions, size - present, start=present)
        present = size
        queries, data = count_queries(client, GENERIC_QUERIES[name])
        assert str(data).count("'contact'") >= size
        counts.append(queries)
    assert counts[0] == counts[1] == counts[2], counts


# ---- the lists of navigation, SEO, relations and events ------------------------------------


def grow_and_count(client, regions, query, add):
    """Queries for 1, 10 and 100 items, adding items between the measurements with `add(n)`
    (n: how many items exist afterwards); every measurement must cost the same."""
    counts, present = [], 0
    for size in SIZES:
        add(present, size)
        present = size
        count_queries(client, query)  # once to fill caches (e.g. the sites' root paths)
        queries, data = count_queries(client, query)
        counts.append(queries)
    return counts, data


def add_themed_strategies(regions):
    def add(present, size):
        add_strategies(regions, size - max(present, 1), start=max(present, 1))

    return add


def test_sitemap_costs_the_same_for_1_10_and_100_pages(client, regions):
    query = """{ sitemap(perPage: 100) { items { url urlPath lastModified page { title } }
      pagination { total } } }"""
    counts, data = grow_and_count(client, regions, query, add_themed_strategies(regions))
    assert data["sitemap"]["pagination"]["total"] == 102  # home, section, 100 strategies
    assert counts[0] == counts[1] == counts[2], counts


def test_redirects_cost_the_same_for_1_10_and_100_redirects(client, regions):
    def add(present, size):
        for number in range(present, size):
            target = {} if number % 2 else {"redirect_page": regions.framework}
            Redirect.objects.create(
                old_path=f"/alt-{number}", redirect_link="https://example.org/", **target
            )

    query = "{ redirects(perPage: 100) { items { oldPath toUrl toPage { title } } } }"
    counts, data = grow_and_count(client, regions, query, add)
    assert len(data["redirects"]["items"]) == 100
    assert counts[0] == counts[1] == counts[2], counts


def test_navigation_costs_the_same_for_1_10_and_100_items(client, regions):
    def add(present, size):
        add_strategies(regions, size - max(present, 1), start=max(present, 1))
        navigation = RegionNavigation.for_site(Site.objects.get(hostname="north.test"))
        pages = StrategyPage.objects.child_of(regions.strategies).live()
        pages = pages.filter(expire_at__isnull=True).order_by("path")[:size]
        navigation.main_menu = [
            {"type": "item", "value": {"page": page.pk, "url": "", "label": "", "children": []}}
            for page in pages
        ]
        navigation.save()

    query = "{ navigation { main { label url urlPath page { title } } } }"
    counts, data = grow_and_count(client, regions, query, add)
    assert len(data["navigation"]["main"]) == 100
    assert counts[0] == counts[1] == counts[2], counts


def test_theme_strategies_cost_the_same_for_1_10_and_100_items(client, regions):
    query = """{ theme(slug: "mobilitaet") { strategies(perPage: 100) {
      items { title contact { name } themes { name } } pagination { total } } } }"""
    counts, data = grow_and_count(client, regions, query, add_themed_strategies(regions))
    assert data["theme"]["strategies"]["pagination"]["total"] == 100
    assert counts[0] == counts[1] == counts[2], counts


def test_contact_pages_cost_the_same_for_1_10_and_100_pages(client, regions):
    query = """{ contacts(perPage: 1) { items { name pages(perPage: 100) {
      items { title urlPath } pagination { total } } } } }"""
    counts, data = grow_and_count(client, regions, query, add_themed_strategies(regions))
    (contact,) = data["contacts"]["items"]
    assert contact["pages"]["pagination"]["total"] == 100
    assert counts[0] == counts[1] == counts[2], counts


def test_upcoming_events_cost_the_same_for_1_10_and_100_events(client, regions):
    index = EventIndexPage(title="Termine", slug="termine")
    regions.north.add_child(instance=index)
    publish(index)

    def add(present, size):
        for number in range(present, size):
            event = EventPage(
                title=f"Termin {number:03}",
                slug=f"termin-{number:03}",
                starts_at=timezone.now() + datetime.timedelta(days=number + 1),
                contact=regions.contact,
            )
            index.add_child(instance=event)
            event.themes.set([regions.public_theme])
            save_live(event)

    query = """{ events(when: UPCOMING, perPage: 100) { items { title startsAt
      contact { name } themes { name } } } }"""
    counts, data = grow_and_count(client, regions, query, add)
    assert len(data["events"]["items"]) == 100
    assert counts[0] == counts[1] == counts[2], counts


# ---- the lists without a measurement so far: search, breadcrumbs and the relations -----------


def add_related_pages(regions, section, make, relate):
    """`add(present, size)` for grow_and_count: pages made by `make(number)` under a new
    section index `section`, each tied to its owner by `relate(page)` and published."""
    index = add_page(regions.north, section)

    def add(present, size):
        for number in range(present, size):
            page = make(number)
            index.add_child(instance=page)
            relate(page)
            save_live(page)

    return add


PAGE_KINDS = {
    "guidelines": (
        lambda: GuidelineIndexPage(title="Leitfäden", slug="leitfaeden"),
        lambda n: GuidelinePage(
            title=f"Leitfaden {n:03}", slug=f"leitfaden-{n:03}", number=n + 1, summary="Kurz"
        ),
        "number author { name }",
    ),
    "stories": (
        lambda: StoryIndexPage(title="Stories", slug="stories"),
        lambda n: StoryPage(title=f"Story {n:03}", slug=f"story-{n:03}", date="2024-03-01"),
        "date author { name } tags",
    ),
    "events": (
        lambda: EventIndexPage(title="Termine", slug="termine"),
        lambda n: EventPage(
            title=f"Termin {n:03}",
            slug=f"termin-{n:03}",
            starts_at=timezone.now() + datetime.timedelta(days=n + 1),
        ),
        "startsAt contact { name }",
    ),
    "projects": (
        lambda: ProjectIndexPage(title="Projekte", slug="projekte"),
        lambda n: ProjectPage(title=f"Projekt {n:03}", slug=f"projekt-{n:03}"),
        "status contact { name } partners { name } municipalities { name }",
    ),
}


@pytest.mark.parametrize("kind", sorted(PAGE_KINDS))
def test_theme_relations_cost_the_same_for_1_10_and_100_items(client, regions, kind):
    section, make, fields = PAGE_KINDS[kind]

    def relate(page):
        page.themes.set([regions.public_theme, regions.shared_theme])

    add = add_related_pages(regions, section(), make, relate)
    query = f"""{{ theme(slug: "mobilitaet") {{ {kind}(perPage: 100) {{
      items {{ title {fields} themes {{ name }} }} pagination {{ total }} }} }} }}"""
    counts, data = grow_and_count(client, regions, query, add)
    assert data["theme"][kind]["pagination"]["total"] == 100
    assert counts[0] == counts[1] == counts[2], counts


@pytest.mark.parametrize("kind", ["projects", "strategies"])
def test_municipality_relations_cost_the_same_for_1_10_and_100_items(client, regions, kind):
    town = publish_snippet(Municipality(name="Arnsberg", role="pioneer", region=regions.north))
    if kind == "projects":
        section, make, _ = PAGE_KINDS["projects"]
        section = section()
    else:
        section = StrategyIndexPage(title="Strategien", slug="strategien")

        def make(n):
            return StrategyPage(title=f"Plan {n:03}", slug=f"plan-{n:03}", kind="municipal")

    def relate(page):
        page.municipalities.set([town])
        page.themes.set([regions.public_theme])

    add = add_related_pages(regions, section, make, relate)
    query = f"""{{ municipality(slug: "{town.slug}") {{ {kind}(perPage: 100) {{
      items {{ title themes {{ name }} municipalities {{ name }} }} pagination {{ total }} }} }} }}"""
    counts, data = grow_and_count(client, regions, query, add)
    assert data["municipality"][kind]["pagination"]["total"] == 100
    assert counts[0] == counts[1] == counts[2], counts


def test_organisation_projects_and_contacts_cost_the_same_for_1_10_and_100_items(client, regions):
    partner = publish_snippet(Organisation(name="Stadtwerke", kind="company", region=regions.north))
    section, make, _ = PAGE_KINDS["projects"]
    add_projects = add_related_pages(
        regions, section(), make, lambda page: page.partners.set([partner])
    )

    def add(present, size):
        add_projects(present, size)
        for number in range(present, size):
            publish_snippet(
                Contact(name=f"Team {number:03}", organisation=partner, region=regions.north)
            )

    query = """{ organisations(perPage: 1) { items { name
      projects(perPage: 100) { items { title partners { name } } pagination { total } }
      contacts(perPage: 100) { items { name organisation { name } } pagination { total } } } } }"""
    counts, data = grow_and_count(client, regions, query, add)
    (organisation,) = data["organisations"]["items"]
    assert organisation["projects"]["pagination"]["total"] == 100
    assert organisation["contacts"]["pagination"]["total"] == 100
    assert counts[0] == counts[1] == counts[2], counts


def test_breadcrumbs_of_a_list_cost_the_same_for_1_10_and_100_pages(client, regions):
    query = """{ strategies(perPage: 100) { items { title
      breadcrumbs { title urlPath url page { title } } } } }"""
    counts, data = grow_and_count(client, regions, query, add_themed_strategies(regions))
    items = data["strategies"]["items"]
    assert len(items) == 100
    assert [crumb["title"] for crumb in items[0]["breadcrumbs"]][:2] == ["Region Nord", "Strategie"]
    assert counts[0] == counts[1] == counts[2], counts


def test_site_search_costs_the_same_for_1_10_and_100_hits(client, regions):
    def add(present, size):
        for number in range(present, size):
            add_page(
                regions.strategies,
                StrategyPage(
                    title=f"Fundstück {number:03}",
                    slug=f"fund-{number:03}",
                    kind="municipal",
                    intro="Ein Radweg für jede Kommune.",
                    contact=regions.contact,
                ),
            )

    query = """{ siteSearch(query: "Radweg", perPage: 100) {
      items { title type excerpt urlPath page { title ... on StrategyPage { contact { name } } } }
      pagination { total } } }"""
    counts, data = grow_and_count(client, regions, query, add)
    assert data["siteSearch"]["pagination"]["total"] == 100
    assert len(data["siteSearch"]["items"]) == 100
    assert counts[0] == counts[1] == counts[2], counts
