"""The root `search` on PostgreSQL (cms.api.page_search): its own statements (the search
postings for one word, a ranked statement over Wagtail's index otherwise) find the same pages
in the same order as Wagtail's search does, the postings follow every change of the index,
the ranked statement matches through the GIN index on `title || body`, and each costs the
same number of statements however many pages match."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from cms.api.gate import VisibilityGate
from cms.api.listing import searchable
from cms.api.page_search import ranked_page_ids
from content_models.models import ContentPage, StrategyPage

from .conftest import add_page
from .graphql_client import data_of

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the statement of its own runs on PostgreSQL only (set DATABASE_URL)",
    ),
]

# Words in titles, in intros, in both, stemmed („Kommunen“ finds „Kommune“), several words
# (all must match, possibly one in the title and one in the body), none.
QUERIES = [
    "Kommune",
    "Kommunen",
    "Strategie",
    "Daten Kommune",
    "Mobilität Daten",
    "Rahmenstrategie",
    "Wasserstoff",
    # A stop word (no lexeme), a hyphenated pair (two), punctuation and quotes around a word.
    "und",
    "Daten-Kommune",
    "Kommune!",
    "'Kommune'",
]


@pytest.fixture
def many(regions):
    """Pages of both regions whose titles and intros mention the words above, unevenly, so
    that ranks differ and tie."""
    south_index = regions.south_strategy.get_parent()
    for number in range(12):
        words = ["Kommune"] * (number % 4 + 1) + (["Daten"] if number % 3 == 0 else [])
        add_page(
            regions.strategies,
            StrategyPage(
                title=f"Strategie {number}" + (" Daten" if number % 5 == 0 else ""),
                slug=f"strategie-{number}",
                kind="municipal",
                intro=" ".join(words) + " und Mobilität",
            ),
        )
        add_page(
            south_index,
            StrategyPage(
                title=f"Südstrategie {number}",
                slug=f"sued-{number}",
                kind="municipal",
                intro="Kommune Daten",
            ),
        )
    add_page(regions.north, ContentPage(title="Kommune", slug="kommune", intro="Daten"))
    add_page(
        regions.north,
        ContentPage(title="Entwurf Kommune", slug="entwurf-kommune", intro="Daten"),
        live=False,
    )
    return regions


def wagtails_own(pages, query, limit):
    return [hit.pk for hit in searchable(pages).search(query)[:limit]]


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("site_name", ["north", "south"])
def test_the_same_hits_in_the_same_order_as_wagtails_search(many, site_name, language):
    site = getattr(many, site_name).get_site()
    pages = VisibilityGate(site, language).pages(Page.objects.all())
    found_any = False
    for query in QUERIES:
        for limit in (1, 3, 10, 50):
            expected = wagtails_own(pages, query, limit)
            assert ranked_page_ids(pages, query, limit) == expected, (query, limit)
            found_any = found_any or bool(expected)
    assert found_any


def statements_of(pages, query):
    with CaptureQueriesContext(connection) as captured:
        ranked_page_ids(pages, query, 10)
    return [q["sql"] for q in captured]


def test_one_word_is_read_from_the_postings_and_several_are_ranked(many):
    pages = VisibilityGate(many.north.get_site()).pages(Page.objects.all())
    one_word = statements_of(pages, "Kommunen")
    assert len(one_word) <= 2  # the content types, unless this process knows them already
    assert "content_models_search_posting" in one_word[-1] and "@@" not in one_word[-1]
    several = statements_of(pages, "Daten Kommune")
    assert any("@@" in statement for statement in several)


def north_hits(regions, query):
    pages = VisibilityGate(regions.north.get_site()).pages(Page.objects.all())
    found = ranked_page_ids(pages, query, 50)
    assert found == wagtails_own(pages, query, 50)
    return found


def postings_of(page) -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM content_models_search_posting WHERE object_pk = %s", [page.pk]
        )
        return cursor.fetchone()[0]


def test_the_postings_follow_edits_unpublishing_and_deletion(many):
    page = StrategyPage.objects.get(slug="strategie-3")
    assert page.pk in north_hits(many, "Kommune") and north_hits(many, "Zeppelin") == []
    page.intro = "Zeppelin und Luftschiff"
    page.save_revision().publish()
    assert north_hits(many, "Zeppelin") == [page.pk]
    assert page.pk not in north_hits(many, "Kommune")
    page.unpublish()
    assert north_hits(many, "Zeppelin") == []
    assert postings_of(page) > 0
    page.delete()
    assert postings_of(page) == 0


def test_the_match_is_the_expression_of_the_gin_index(many):
    pages = VisibilityGate(many.north.get_site()).pages(Page.objects.all())
    with CaptureQueriesContext(connection) as captured:
        ranked_page_ids(pages, "Daten Kommune", 10)
    table = IndexEntry._meta.db_table
    statement = next(q["sql"] for q in captured if table in q["sql"])
    match = f'("{table}"."title" || "{table}"."body") @@'
    assert match in statement
    # The index serves exactly that expression (the tables here are too small for the
    # planner to prefer it by itself: the sequential scan is ruled out).
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            f"EXPLAIN SELECT id FROM {table} WHERE {match} to_tsquery('german', 'kommune')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("RESET enable_seqscan")
    assert "Bitmap Index Scan on content_models_search_vector_gin" in plan


def test_the_planner_setting_does_not_outlive_the_statement(many):
    pages = VisibilityGate(many.north.get_site()).pages(Page.objects.all())
    ranked_page_ids(pages, "Daten Kommune", 10)
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"


SEARCH = '{ search(query: "Kommune", limit: 3) { title } }'


def test_the_root_search_costs_the_same_statements_however_many_pages_match(client, many):
    def measure():
        with CaptureQueriesContext(connection) as captured:
            data = data_of(client, SEARCH)
        return len(captured), [hit["title"] for hit in data["search"]]

    measure()  # once to fill per-process caches (content types, the sites' root pages)
    before, titles = measure()
    assert len(titles) == 3 and not any("Süd" in title or "Entwurf" in title for title in titles)
    for number in range(12, 40):
        add_page(
            many.strategies,
            StrategyPage(
                title=f"Strategie {number}",
                slug=f"strategie-{number}",
                kind="municipal",
                intro="Kommune",
            ),
        )
    after, titles = measure()
    assert after == before and len(titles) == 3
    # As many as with Wagtail's search: one statement reads the postings.
    assert before == 9, before
