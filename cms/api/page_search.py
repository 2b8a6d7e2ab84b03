"""The ids of the best-ranked pages of a full-text search over pages the gate let through.

On PostgreSQL the statement starts from Wagtail's search index, not from the pages: the index
entries that match come from the GIN index on `title || body` (migration 0008 of
content_models: the very expression Wagtail matches with, which has no index of its own), the
region's visible pages join them once (planned for all matches, not for the first few: see
the OFFSET 0), and only the ids of the top `limit` rows come back. Wagtail's own statement starts from the gated pages and probes the index
entries once per page and content type, so it grows with every page of the region, matched or
not (at 8,000 stories, about 6 times slower). The match, the rank (Wagtail's expression,
built by its own query compiler) and the order (rank, then id descending) are Wagtail's:
the same hits in the same order.

Elsewhere (the embedded SQLite) Wagtail's search runs as it is."""

from django.db import connection, transaction
from django.db.models import CharField, F, IntegerField
from django.db.models.functions import Cast
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend

from .listing import searchable


def ranked_page_ids(pages, query_text: str, limit: int) -> list[int]:
    if connection.vendor != "postgresql":
        return [hit.pk for hit in searchable(pages).search(query_text)[:limit]]
    return _ranked_on_postgres(pages, query_text, limit)


def _ranked_on_postgres(pages, query_text, limit):
    from wagtail.search.models import IndexEntry

    backend = get_search_backend()
    compiler = backend.query_compiler_class(Page.objects.all(), query_text)
    config = compiler.get_config(backend)
    tsquery = compiler.build_tsquery(compiler.query, config=config)
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
