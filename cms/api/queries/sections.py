"""The region's typed lists: strategies, guidelines, stories, events and projects, each
paginated, ordered from an allowlist and filterable by theme."""

import graphene
from grapple.registry import registry
from grapple.utils import resolve_paginated_queryset

from content_models.models import (
    EventPage,
    GuidelinePage,
    ProjectPage,
    StoryPage,
    StrategyPage,
    Theme,
)

from ..listing import prepare_listing
from ..middleware import gate_for
from ..ordering import PAGE_ORDER_FIELDS
from ..relations import with_relations
from .arguments import site_argument
from .pagination import paginated_field


class Section:
    """How one typed list is fetched: its model, sort fields, default order and filters."""

    def __init__(self, model, order_fields, default_order, filters=None):
        self.model = model
        self.order_fields = PAGE_ORDER_FIELDS + tuple(order_fields)
        self.default_order = default_order
        self.filters = filters or {}

    def field(self, description):
        arguments = {name: graphene.String(description=text) for name, text in self.filters.items()}
        return paginated_field(
            lambda: registry.pages[self.model],
            self.model.__name__,
            site=site_argument(),
            theme=graphene.String(description="Slug of a theme (Themenfeld)."),
            description=f"{description} Order by: {', '.join(self.order_fields)}.",
            **arguments,
        )

    def resolve(self, info, theme=None, order=None, search_query=None, site=None, **kwargs):
        gate = gate_for(info)
        pages = gate.pages(self.model.objects.all())
        for name in self.filters:
            value = kwargs.pop(name, None)
            if value is not None:
                pages = pages.filter(**{name: value})
        if theme:
            # Only a visible theme filters; a draft theme's pages are not revealed through it.
            visible_themes = gate.snippets(Theme.objects.filter(slug=theme))
            pages = pages.filter(themes__in=visible_themes).distinct()
        pages, order = prepare_listing(
            pages, order, self.order_fields, self.default_order, search_query
        )
        pages = with_relations(pages)
        return resolve_paginated_queryset(
            pages, info, order=order, search_query=search_query, **kwargs
        )


STRATEGIES = Section(
    StrategyPage,
    ("adopted_on", "period_start"),
    ["-adopted_on", "title"],
    filters={"kind": "framework, municipal or action_plan."},
)
GUIDELINES = Section(GuidelinePage, ("number", "published_on"), ["number", "title"])
STORIES = Section(StoryPage, ("date",), ["-date", "title"])
EVENTS = Section(
    EventPage,
    ("starts_at",),
    ["starts_at", "title"],
    filters={"event_format": "onsite, online or hybrid."},
)
PROJECTS = Section(
    ProjectPage,
    ("start_year", "status"),
    ["title"],
    filters={"status": "submitted, running or completed."},
)


class SectionQueries:
    strategies = STRATEGIES.field("Strategies of the region.")
    guidelines = GUIDELINES.field("Guidelines (Leitfäden) of the region.")
    stories = STORIES.field("Stories of the region, newest first.")
    events = EVENTS.field("Events of the region, earliest first.")
    projects = PROJECTS.field("Projects of the region.")

    def resolve_strategies(self, info, **kwargs):
        return STRATEGIES.resolve(info, **kwargs)

    def resolve_guidelines(self, info, **kwargs):
        return GUIDELINES.resolve(info, **kwargs)

    def resolve_stories(self, info, **kwargs):
        return STORIES.resolve(info, **kwargs)

    def resolve_events(self, info, **kwargs):
        return EVENTS.resolve(info, **kwargs)

    def resolve_projects(self, info, **kwargs):
        return PROJECTS.resolve(info, **kwargs)
