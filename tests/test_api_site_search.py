"""Search across all content of a region: every page type and the directory snippets, ranked,
paginated, with a highlighted excerpt; on PostgreSQL with German stemming and the gate's
conditions inside the one search statement."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search.models import IndexEntry

from content_models.models import Contact, ContentPage, StrategyPage

from .conftest import add_page, publish_snippet
from .graphql_client import data_of, error_messages, post_query

pytestmark = pytest.mark.django_db

QUERY = """query ($q: String!, $types: [SearchType!], $theme: String, $page: PositiveInt,
                  $perPage: PositiveInt) {
  siteSearch(query: $q, types: $types, theme: $theme, page: $page, perPage: $perPage) {
    items { title type excerpt urlPath score page { id } snippet { snippetType } }
    pagination { total count totalPages } } }"""

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="German stemming needs PostgreSQL's full-text search (set DATABASE_URL to PostgreSQL)",
)


def search(client, q, **variables):
    return data_of(client, QUERY, {"q": q, **variables})["siteSearch"]


@pytest.fixture
def searchable(regions):
    add_page(
        regions.north,
        ContentPage(title="Mitmachen", slug="mitmachen", intro="Jede Kommune kann mitmachen."),
    )
    add_page(
        regions.north,
        ContentPage(title="Geplant", slug="geplant", intro="Eine Kommune im Entwurf."),
        live=False,
    )
    south_index = regions.south_strategy.get_parent()
    add_page(
        south_index,
        StrategyPage(
            title="Südplan", slug="suedplan", kind="municipal", intro="Die Kommune im Süden."
        ),
    )
    publish_snippet(Contact(name="Klara Kommune", role="Digitallotsin", region=regions.north))
    publish_snippet(Contact(name="Sven Kommune", role="Lotse", region=regions.south))
    return regions


def test_pages_and_contacts_are_found_drafts_and_other_regions_never(client, searchable):
    result = search(client, "Kommune")
    found = {(item["type"], item["title"]) for item in result["items"]}
    assert ("ContentPage", "Mitmachen") in found
    assert ("Contact", "Klara Kommune") in found
    assert not {"Geplant", "Südplan", "Sven Kommune"} & {title for _type, title in found}
    assert result["pagination"]["total"] == len(result["items"])
    page_hit = next(item for item in result["items"] if item["title"] == "Mitmachen")
    assert page_hit["urlPath"] == "/mitmachen/" and page_hit["page"]["id"]
    assert "<mark>" in page_hit["excerpt"]
    contact_hit = next(item for item in result["items"] if item["type"] == "Contact")
    assert contact_hit["snippet"] == {"snippetType": "Contact"}
    assert contact_hit["page"] is None and contact_hit["urlPath"] is None


def test_types_and_theme_narrow_the_search(client, searchable):
    only_contacts = search(client, "Kommune", types=["CONTACT"])
    assert [item["title"] for item in only_contacts["items"]] == ["Klara Kommune"]
    themed = search(client, "Rahmenstrategie", theme="mobilitaet")
    assert [item["title"] for item in themed["items"]] == ["Rahmenstrategie Nord"]
    result = post_query(client, QUERY, {"q": "x", "theme": "sued"})
    assert error_messages(result) == ["Unknown theme 'sued' in this region."]
    result = post_query(client, QUERY, {"q": "x", "types": ["TEAM"]})
    assert "SearchType" in " ".join(error_messages(result))


def test_search_is_paginated(client, searchable):
    first = search(client, "Kommune", perPage=1)
    assert first["pagination"]["count"] == 1 and first["pagination"]["total"] == 2
    second = search(client, "Kommune", perPage=1, page=2)
    assert second["items"][0]["title"] != first["items"][0]["title"]
    beyond = search(client, "Kommune", perPage=1, page=9)
    assert beyond["items"] == [] and beyond["pagination"]["total"] == 2


@on_postgres
def test_german_stemming_finds_kommune_for_kommunen(client, searchable):
    result = search(client, "Kommunen")
    titles = {item["title"] for item in result["items"]}
    assert "Mitmachen" in titles  # its text says only „Kommune“
    assert not {"Geplant", "Südplan", "Sven Kommune"} & titles
    hit = next(item for item in result["items"] if item["title"] == "Mitmachen")
    assert "<mark>Kommune</mark>" in hit["excerpt"]
    scores = [item["score"] for item in result["items"]]
    assert scores == sorted(scores, reverse=True)


def add_strategies(regions, start, count, north_intro):
    """`count` strategies in each region: the south's mention „Kommune“, the north's say
    `north_intro`."""
    south_index = regions.south_strategy.get_parent()
    for number in range(start, start + count):
        add_page(
            south_index,
            StrategyPage(
                title=f"Süd {number}", slug=f"sued-{number}", kind="municipal", intro="Kommune"
            ),
        )
        add_page(
            regions.strategies,
            StrategyPage(
                title=f"Nord {number}", slug=f"nord-{number}", kind="municipal", intro=north_intro
            ),
        )


@on_postgres
def test_cost_does_not_grow_with_other_regions_or_with_hits_beyond_the_page(client, searchable):
    def measure():
        with CaptureQueriesContext(connection) as captured:
            result = search(client, "Kommune", perPage=2)
        return captured, result

    def add_pages(start):
        add_strategies(searchable, start, 20, north_intro="Eine Kommune.")

    add_pages(0)
    measure()  # once to fill caches (content types, the sites' root paths)
    before, result = measure()
    assert result["pagination"]["total"] == 22 and len(result["items"]) == 2
    add_pages(20)
    after, result = measure()
    assert result["pagination"]["total"] == 42 and len(result["items"]) == 2
    assert len(after) == len(before)
    # The count and the page of hits: one statement each, the region and the gate inside as
    # subqueries, never a list of ids.
    table = IndexEntry._meta.db_table
    search_sql = [query["sql"] for query in after if table in query["sql"]]
    assert len(search_sql) == 2 and all("IN (SELECT" in sql for sql in search_sql)


# The older searches narrow to what the gate lets through with a subquery inside the search
# statement too: the root `search`, `pages(searchQuery)` and the typed lists' `searchQuery`.
OLDER_SEARCHES = {
    "search": '{ search(query: "Kommune", limit: 2) { title } }',
    "pages": '{ pages(searchQuery: "Kommune", limit: 2) { title } }',
    "strategies": '{ strategies(searchQuery: "Kommune", perPage: 2) { items { title } } }',
}


def statements(captured):
    """The SQL of each query with its numbers blanked out: an id list that grows shows."""
    return [re.sub(r"\d+", "0", query["sql"]) for query in captured]


@pytest.mark.parametrize("name", sorted(OLDER_SEARCHES))
def test_older_searches_cost_the_same_whatever_the_size_of_the_regions(client, searchable, name):
    def measure():
        with CaptureQueriesContext(connection) as captured:
            data = data_of(client, OLDER_SEARCHES[name])
        return captured, data

    def add_pages(start):
        add_strategies(searchable, start, 15, north_intro="Plan")

    measure()  # once to fill caches (content types, the sites' root paths)
    before, data = measure()
    assert data
    add_pages(0)
    after, data = measure()
    # Thirty more pages, fifteen of them in the region: the same statements, no longer.
    assert statements(after) == statements(before)
    titles = str(data)
    assert "Süd" not in titles and "Südplan" not in titles
