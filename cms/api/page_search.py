"""The ids of the best-ranked pages of a full-text search over pages the gate let through.

On PostgreSQL, a query of one word (one lexeme once PostgreSQL has stemmed it) is not ranked
at all: the search postings (migration 0009 of content_models, kept by triggers) hold the rank
of every index entry for each of its lexemes, in rank order, so the statement reads the
word's best postings and stops at the `limit`-th one the gate lets through. Ranking every
entry that holds the word grows with every page that holds it (at 8,000 stories, 1,654
matches of "Rahmenstrategie" in one region: 45 ms of a 58 ms answer).

Any other query (several words, a phrase) is ranked: its statement starts from Wagtail's
search index, not from the pages; the region's visible pages join the matching entries once
(planned for all matches, not for the first few: see the OFFSET 0), and only the ids of the
top `limit` rows come back. Wagtail's own statement starts from the gated pages and probes
the index entries once per page and content type, so it grows with every page of the
region, matched or not.

Either way the match, the rank (Wagtail's expression, built by its own query compiler; the
postings hold the same expression for the one-lexeme query) and the order (rank, then id
descending) are Wagtail's: the same hits in the same order.

Elsewhere (the embedded SQLite) Wagtail's search runs as it is."""

import re

from django.db import connection, transaction
from django.db.models import CharField, F, IntegerField
from django.db.models.functions import Cast
from django.db.models.sql import Query
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from .listing import searchable

# The weights the postings' ranks were computed with (content_models, migration 0009).
POSTING_WEIGHTS = "{0.009900990099009901,0.009900990099009901,0.20792079207920794,1.0}"
# The query's one lexeme: a tsquery of one node whose text ends with its closing quote (a
# prefix or weight mark would follow it), else NULL, which no posting equals.
POSTINGS_SQL = """
SELECT posting.object_pk FROM content_models_search_posting AS posting
WHERE posting.term = (
        SELECT asked FROM (SELECT {tsquery} AS asked) AS built
        WHERE numnode(asked) = 1 AND right(asked::text, 1) = ''''
    )
  AND posting.content_type_id = ANY(%s)
  AND posting.object_pk IN ({gated})
ORDER BY posting.rank DESC, posting.object_pk DESC
LIMIT %s
"""


def ranked_page_ids(pages, query_text: str, limit: int) -> list[int]:
    if connection.vendor != "postgresql":
        return [hit.pk for hit in searchable(pages).search(query_text)[:limit]]
    backend = get_search_backend()
    compiler = backend.query_compiler_class(Page.objects.all(), query_text)
    config = compiler.get_config(backend)
    tsquery = compiler.build_tsquery(compiler.query, config=config)
    # No hits from the postings: the query is not one lexeme, or it has no match at all
    # (then the ranked statement finds none either, from the GIN index at once).
    if compiler.sql_weights == POSTING_WEIGHTS and _one_word(compiler.query):
        found = _from_postings(pages, tsquery, limit)
        if found:
            return found
    return _ranked(pages, compiler, config, tsquery, limit)


def _one_word(query) -> bool:
    """Whether Wagtail's query is a single word: split as its compiler splits plain text."""
    if not isinstance(query, PlainText):
        return False
    return len([term for term in re.split(r"[\s\-]+", query.query_string) if term]) == 1


def _from_postings(pages, tsquery, limit) -> list[int]:
    from wagtail.search.models import IndexEntry

    query = Query(IndexEntry)
    tsquery_sql, tsquery_params = query.get_compiler(connection=connection).compile(
        tsquery.resolve_expression(query)
    )
    gated_sql, gated_params = pages.order_by().values("pk").query.sql_with_params()
    sql = POSTINGS_SQL.format(tsquery=tsquery_sql, gated=gated_sql)
    with connection.cursor() as cursor:
        cursor.execute(sql, (*tsquery_params, _page_content_type_ids(), *gated_params, limit))
        return [row[0] for row in cursor.fetchall()]


def _ranked(pages, compiler, config, tsquery, limit):
    from wagtail.search.models import IndexEntry

    # Wagtail's rank of a page (PostgresSearchQueryCompiler.get_index_vectors), on the index
    # entry's own columns instead of through the page's join.
    rank = compiler._build_rank_expression(
        [(F("title"), F("title_norm")), (F("body"), 1.0)], config
    )
    gated_ids = pages.order_by().annotate(text_id=Cast("pk", CharField())).values("text_id")
    entries = (
        IndexEntry.objects.filter(
            content_type_id__in=_page_content_type_ids(), object_id__in=gated_ids
        )
        .annotate(_vector_=F("title")._combine(F("body"), "||", False))
        .filter(_vector_=tsquery)
        .annotate(rank=rank, page_id=Cast("object_id", IntegerField()))
        .order_by()
        .values_list("page_id", "rank")
    )
    inner, params = entries.query.sql_with_params()
    # OFFSET 0 keeps the planner from pulling the LIMIT into the match: planned for a few
    # rows, it probes the region's pages once per index entry (seconds instead of
    # milliseconds when its estimate is off); planned for all matches it hashes them once.
    sql = (
        f"SELECT page_id FROM ({inner} OFFSET 0) AS matched "
        "ORDER BY rank DESC, page_id DESC LIMIT %s"
    )
    # SET LOCAL lasts until the transaction ends: this one's, or an outer one's (tests,
    # ATOMIC_REQUESTS), which gets the default back right after.
    inside_another = connection.in_atomic_block
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        # The plan this statement needs, whatever the statistics say. A term most entries
        # hold makes a sequential scan look cheaper than the GIN index, but it computes
        # `title || body` of every entry, reading each one's TOASTed vectors: 80 ms instead
        # of 10 at 8,000 stories. Without statistics (a freshly loaded database) the
        # matches look like a handful and get joined to the region's pages in a nested
        # loop: 1.8 s instead of 18 ms. Only for this statement.
        cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_nestloop = off")
        cursor.execute(sql, (*params, limit))
        found = [row[0] for row in cursor.fetchall()]
        if inside_another:
            cursor.execute("RESET enable_seqscan; RESET enable_nestloop")
    return found


def _page_content_type_ids() -> list[int]:
    """The content types Wagtail files pages under: each page model's own."""
    from django.contrib.contenttypes.models import ContentType

    return [ct.pk for ct in ContentType.objects.get_for_models(*get_page_models()).values()]
