"""Constant cost per request: the SQL queries of an operation do not grow with the number of
items it returns. Each list is measured with 1, 10 and 100 items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from content_models.models import Contact, Municipality, StoryIndexPage, StoryPage, StrategyPage

from .conftest import publish, publish_snippet
from .graphql_client import data_of
from .media_factory import make_image

pytestmark = pytest.mark.django_db

SIZES = (1, 10, 100)
# Queries per operation, whatever the number of items: the site, view restrictions, the count,
# the items, then one query per prefetched relation (themes, tags, renditions, ...); images add
# three for the collections they must not come from (private ones, other regions').
EXPECTED = {"strategies": 8, "stories": 11, "directory": 3}


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
        publish(page)


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
        publish(story)


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
        "{ municipalities { name role } contacts { name organisation { name } photo { title } } }",
    )
    assert len(data["municipalities"]) == size
    assert len(data["contacts"]) == size
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
