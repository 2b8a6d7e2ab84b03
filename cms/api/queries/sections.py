"""The region's typed lists: strategies, guidelines, stories, events and projects, each
paginated, ordered from an allowlist and filtered by typed arguments."""

from grapple.registry import registry

from content_models.models import (
    EventPage,
    GuidelinePage,
    ProjectPage,
    StoryPage,
    StrategyPage,
)

from .. import enums
from ..filters import (
    choice_filter,
    date_filter,
    event_day_filter,
    event_time_filter,
    municipality_filter,
    tag_filter,
    theme_filter,
)
from ..ordering import PAGE_ORDER_FIELDS
from ..relations import with_relations
from .typed_list import TypedList


class Section(TypedList):
    """A typed page list of the region, with the relations its items show loaded per list."""

    def __init__(self, model, order_fields, default_order, filters, **options):
        super().__init__(
            model,
            lambda: registry.pages[model],
            PAGE_ORDER_FIELDS + tuple(order_fields),
            default_order,
            filters,
            **options,
        )

    def visible(self, gate):
        return gate.pages(self.model.objects.all())

    def load(self, items, info):
        return with_relations(items, info, path=("items",))


COMMON = {"theme": theme_filter()}

STRATEGIES = Section(
    StrategyPage,
    ("adopted_on", "revised_on", "period_start"),
    ["-adopted_on", "title"],
    {
        **COMMON,
        "kind": choice_filter("kind", enums.StrategyKind, "Nur Strategien dieser Art."),
        "municipality": municipality_filter(),
    },
)
GUIDELINES = Section(GuidelinePage, ("number", "published_on"), ["number", "title"], COMMON)
STORIES = Section(
    StoryPage,
    ("date",),
    ["-date", "title"],
    {
        **COMMON,
        "tag": tag_filter(),
        "municipality": municipality_filter(),
        "date_from": date_filter("date", "gte", "Stories from this day on (inclusive)."),
        "date_to": date_filter("date", "lte", "Stories up to this day (inclusive)."),
    },
)
EVENTS = Section(
    EventPage,
    ("starts_at",),
    ["starts_at", "title"],
    {
        **COMMON,
        "event_format": choice_filter(
            "event_format", enums.EventFormat, "Nur Veranstaltungen in diesem Format."
        ),
        "when": event_time_filter(),
        "starts_from": event_day_filter(
            "gte", "Events starting on this day (Europe/Berlin) or later."
        ),
        "starts_until": event_day_filter(
            "lte", "Events starting on this day (Europe/Berlin) or earlier."
        ),
    },
    default_orders={("when", "past"): ["-starts_at", "title"]},
)
PROJECTS = Section(
    ProjectPage,
    ("start_year", "status", "funding_amount"),
    ["title"],
    {
        **COMMON,
        "status": choice_filter("status", enums.ProjectStatus, "Nur Projekte mit diesem Status."),
        "funding_programme": choice_filter(
            "funding_programme", enums.FundingProgramme, "Nur Projekte aus diesem Programm."
        ),
        "municipality": municipality_filter(),
    },
)


class SectionQueries:
    strategies = STRATEGIES.field("Strategies of the region.")
    guidelines = GUIDELINES.field("Guidelines (Leitfäden) of the region.")
    stories = STORIES.field("Stories of the region, newest first.")
    events = EVENTS.field("Events of the region, earliest first (past ones: latest first).")
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
