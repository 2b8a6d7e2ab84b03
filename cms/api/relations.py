"""The relations each page type's API fields follow, loaded for a whole list at once, so that a
list costs the same number of queries for 1 item as for 100."""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import prefetch_related_objects

from content_models.models import (
    EventPage,
    GuidelinePage,
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
    StrategyPage: Relations(("document", "contact"), ("themes",)),
    GuidelinePage: Relations(("document", "author"), ("themes",)),
    StoryPage: Relations(("image", "author"), ("themes", "tags", "image__renditions")),
    EventPage: Relations(("image", "contact"), ("themes", "image__renditions")),
    ProjectPage: Relations(("image", "contact"), ("themes", "partners", "image__renditions")),
    RegionHomePage: Relations(("hero_image", "operator", "contact")),
}


def with_relations(queryset):
    """A queryset of one page type, set to load its relations with it."""
    relations = PAGE_RELATIONS.get(queryset.model, Relations())
    return queryset.select_related(*relations.joined).prefetch_related(*relations.prefetched)


def load_relations(pages) -> list:
    """Pages of any types, as a list, with each type's relations loaded in one query each."""
    pages = list(pages)
    by_type = defaultdict(list)
    for page in pages:
        by_type[type(page)].append(page)
    for model, group in by_type.items():
        relations = PAGE_RELATIONS.get(model)
        if relations:
            prefetch_related_objects(group, *relations.joined, *relations.prefetched)
    return pages
