"""Search across everything a region publishes: pages of every type and the directory
snippets (contacts, organisations, municipalities), ranked, with a highlighted excerpt.

On PostgreSQL the search runs in one SQL statement over Wagtail's full-text index (German
stemming: `SEARCH_CONFIG` "german"), with the region's and the gate's conditions as subqueries
inside it: its cost depends on the hits of the region, not on other regions, and only the page
of hits asked for is loaded. Elsewhere (the embedded SQLite) Wagtail's own search runs per model
over what the gate lets through, and the excerpt is marked in Python."""

import html
import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import CharField, F, Q
from django.db.models.functions import Cast
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from content_models.models import Contact, Municipality, Organisation

from .listing import searchable

SNIPPET_MODELS = (Contact, Organisation, Municipality)
MARK = ("<mark>", "</mark>")
EXCERPT_WORDS = 30


@dataclass
class Hit:
    obj: object
    score: float
    excerpt: str


def _as_text_ids(queryset):
    return queryset.annotate(text_id=Cast("pk", output_field=CharField())).values("text_id")


def _search_config():
    from django.conf import settings

    return settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG") or "simple"


def _concrete_models():
    from django.apps import apps

    return [
        model
        for model in apps.get_app_config("content_models").get_models()
        if issubclass(model, Page) or model in SNIPPET_MODELS
    ]


def search_postgres(candidates, query_text, start, stop):
    """`candidates`: {model: gated queryset}. Returns (total, hits of [start:stop])."""
    from wagtail.search.models import IndexEntry

    config = _search_config()
    query = SearchQuery(query_text, config=config, search_type="websearch")
    where = Q()
    for model, queryset in candidates.items():
        content_type = ContentType.objects.get_for_model(model)
        where |= Q(content_type=content_type, object_id__in=_as_text_ids(queryset))
    entries = (
        IndexEntry.objects.filter(where)
        .filter(Q(title=query) | Q(body=query))
        .annotate(
            rank=SearchRank(F("title"), query, weights=[1, 1, 1, 1]) * 2
            + SearchRank(F("body"), query)
        )
    )
    total = entries.count()
    window = list(
        entries.annotate(
            excerpt=SearchHeadline(
                "body_text",
                query,
                config=config,
                start_sel=MARK[0],
                stop_sel=MARK[1],
                max_words=EXCERPT_WORDS,
                min_words=10,
            )
        )
        .order_by("-rank", "content_type_id", "object_id")
        .values("content_type_id", "object_id", "rank", "excerpt")[start:stop]
    )
    objects = _load(window)
    hits = [
        Hit(objects[(row["content_type_id"], row["object_id"])], row["rank"], row["excerpt"])
        for row in window
        if (row["content_type_id"], row["object_id"]) in objects
    ]
    return total, hits


def _load(rows) -> dict:
    """The objects of a page of hits, one query per model."""
    by_type = {}
    for row in rows:
        by_type.setdefault(row["content_type_id"], []).append(row["object_id"])
    found = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        for obj in model._default_manager.filter(pk__in=ids):
            found[(content_type_id, str(obj.pk))] = obj
    return found


def search_fallback(candidates, query_text, start, stop):
    hits = []
    backend = get_search_backend()
    for queryset in candidates.values():
        for obj in backend.search(query_text, searchable(queryset), operator="and"):
            hits.append(Hit(obj, 1.0, _marked_excerpt(obj, query_text)))
    return len(hits), hits[start:stop]


def _text_of(obj) -> str:
    parts = [getattr(obj, name, "") or "" for name in ("intro", "description", "role", "summary")]
    return " ".join(str(part) for part in parts if part)


def _marked_excerpt(obj, query_text) -> str:
    words = _text_of(obj).split()[:EXCERPT_WORDS]
    text = html.escape(" ".join(words))
    for term in filter(None, query_text.split()):
        text = re.sub(
            f"({re.escape(html.escape(term))})", rf"{MARK[0]}\1{MARK[1]}", text, flags=re.I
        )
    return text


def search(candidates, query_text, start, stop):
    if connection.vendor == "postgresql":
        return search_postgres(candidates, query_text, start, stop)
    return search_fallback(candidates, query_text, start, stop)


def searchable_models():
    return _concrete_models()
