"""The relations each page type's API fields follow, loaded for a whole list at once, so that a
list costs the same number of queries for 1 item as for 100."""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import prefetch_related_objects
from graphene.utils.str_converters import to_camel_case
from graphql.language import FieldNode, FragmentSpreadNode, InlineFragmentNode

from content_models.models import (
    Contact,
    EventPage,
    GuidelinePage,
    Organisation,
    ProjectPage,
    RegionHomePage,
    StoryPage,
    StrategyPage,
)


@dataclass(frozen=True)
class Relations:
    joined: tuple[str, ...] = ()  # foreign keys, joined into the list's own query
    prefetched: tuple[str, ...] = ()  # many-to-many and reverse relations, one query each


PAGE_RELATIONS = {
    StrategyPage: Relations(("document", "contact"), ("themes", "municipalities")),
    GuidelinePage: Relations(("document", "author"), ("themes",)),
    StoryPage: Relations(
        ("image", "author"), ("themes", "municipalities", "tags", "image__renditions")
    ),
    EventPage: Relations(("image", "contact"), ("themes", "image__renditions")),
    ProjectPage: Relations(
        ("image", "contact"), ("themes", "partners", "municipalities", "image__renditions")
    ),
    # The hero image comes from the request's image loader (cms/api/loaders.py).
    RegionHomePage: Relations(("operator", "contact__organisation")),
}

# The snippets' own relations, for the directory lists and the snippets chooser blocks name.
# Renditions are prefetched (directory lists: when the query asks for the image) so that a
# photo costs no query per item in a fresh process either (a warm one finds them in the cache).
SNIPPET_RELATIONS = {
    Contact: Relations(("organisation", "photo"), ("photo__renditions",)),
    Organisation: Relations(("logo",), ("logo__renditions",)),
}


def with_relations(queryset, info=None, path=()):
    """A queryset of one page type or snippet model, set to load with it the relations the
    query asks for at `path` below the current field (all of them without `info`)."""
    model = queryset.model
    relations = PAGE_RELATIONS.get(model) or SNIPPET_RELATIONS.get(model) or Relations()
    asked = selected_field_names(info, path) if info is not None else None

    def wanted(lookups):
        return [
            lookup
            for lookup in lookups
            if asked is None or to_camel_case(lookup.split("__")[0]) in asked
        ]

    return queryset.select_related(*wanted(relations.joined)).prefetch_related(
        *wanted(relations.prefetched)
    )


def load_relations(pages, info, path=()) -> list:
    """Pages of any types, as a list, with the relations the query asks for loaded in one query
    each (a list of mixed types loads nothing it will not show). `path`: the fields from this
    field down to the pages, when they sit deeper (`siteSearch` → items → page)."""
    pages = list(pages)
    asked = selected_field_names(info, path)
    by_type = defaultdict(list)
    for page in pages:
        by_type[type(page)].append(page)
    for model, group in by_type.items():
        relations = PAGE_RELATIONS.get(model, Relations())
        lookups = [
            lookup
            for lookup in (*relations.joined, *relations.prefetched)
            if to_camel_case(lookup.split("__")[0]) in asked
        ]
        if lookups:
            prefetch_related_objects(group, *lookups)
    return pages


# Page fields answered from the base `Page` row alone: a list asking for nothing else loads
# its pages in one query, each as its own type with the type's own fields deferred.
BASE_PAGE_FIELDS = frozenset(
    {
        "__typename",
        "id",
        "title",
        "slug",
        "urlPath",
        "url",
        "pageType",
        "contentType",
        "seoTitle",
        "searchDescription",
        "lastPublishedAt",
        "firstPublishedAt",
        "showInMenus",
        "live",
        "depth",
    }
)


def asks_only_base_fields(info) -> bool:
    """Whether the items of this list are asked for `BASE_PAGE_FIELDS` only (no fragments)."""
    selections = [
        selection
        for node in info.field_nodes
        if node.selection_set
        for selection in node.selection_set.selections
    ]
    return all(
        isinstance(selection, FieldNode) and selection.name.value in BASE_PAGE_FIELDS
        for selection in selections
    )


def _fields(selection_sets, info):
    """The field nodes of these selection sets, through fragments too."""
    pending = list(selection_sets)
    while pending:
        for selection in pending.pop().selections:
            if isinstance(selection, FieldNode):
                yield selection
            elif isinstance(selection, InlineFragmentNode):
                pending.append(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                pending.append(info.fragments[selection.name.value].selection_set)


def selected_fields(info):
    """The field nodes asked for on this field's object (through fragments too)."""
    selection_sets = [node.selection_set for node in info.field_nodes if node.selection_set]
    return _fields(selection_sets, info)


def selected_field_names(info, path=()) -> set[str]:
    """The fields asked for on the items of this list (or at `path` below it)."""
    selection_sets = [node.selection_set for node in info.field_nodes if node.selection_set]
    for name in path:
        selection_sets = [
            node.selection_set
            for node in _fields(selection_sets, info)
            if node.name.value == name and node.selection_set
        ]
    return {node.name.value for node in _fields(selection_sets, info)}
