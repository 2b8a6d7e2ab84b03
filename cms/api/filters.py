"""Typed filters of the lists: each one argument of the schema and what it does to a queryset.

A filter that names something (a theme, a municipality) refuses a name the region does not
know, so a typo is an error that says so instead of an empty list."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import graphene
from django.db.models import Q
from django.db.models.functions import Coalesce
from graphql import GraphQLError

from content_models.models import Municipality, Theme

from .enums import enum_value

BERLIN = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True)
class Filter:
    argument: Callable[[], graphene.Argument]
    apply: Callable  # (queryset, gate, value) -> queryset


def choice_filter(field: str, enum, description: str) -> Filter:
    return Filter(
        lambda: graphene.Argument(enum, description=description),
        lambda pages, gate, value: pages.filter(**{field: enum_value(value)}),
    )


def naming(relation: str, entry) -> dict:
    """The filter for items whose `relation` names `entry` in any of its languages: pages keep
    pointing at the German entry when they or it are translated."""
    return {f"{relation}__translation_key": entry.translation_key}


def visible_by_slug(gate, model, slug: str, noun: str):
    """The visible entry with this slug in the region (or shared), else an error naming it."""
    found = gate.snippets(model.objects.filter(slug=slug)).first()
    if found is None:
        raise GraphQLError(f"Unknown {noun} '{slug}' in this region.")
    return found


def theme_filter() -> Filter:
    return Filter(
        lambda: graphene.String(
            description="Slug eines Themenfelds. Only items of the theme with this slug, "
            "e.g. `mobilitaet`; an unknown slug is an error."
        ),
        lambda pages, gate, slug: pages.filter(
            **naming("themes", visible_by_slug(gate, Theme, slug, "theme"))
        ),
    )


def municipality_filter() -> Filter:
    return Filter(
        lambda: graphene.String(
            description="Slug einer Kommune. Only items about the municipality with this "
            "slug, e.g. `arnsberg`; an unknown slug is an error."
        ),
        lambda pages, gate, slug: pages.filter(
            **naming("municipalities", visible_by_slug(gate, Municipality, slug, "municipality"))
        ),
    )


def tag_filter() -> Filter:
    return Filter(
        lambda: graphene.String(description="Schlagwort. Only items with this tag (name or slug)."),
        lambda pages, gate, tag: pages.filter(
            Q(tags__name__iexact=tag) | Q(tags__slug=tag)
        ).distinct(),
    )


def date_filter(field: str, lookup: str, description: str) -> Filter:
    return Filter(
        lambda: graphene.Date(description=description),
        lambda pages, gate, day: pages.filter(**{f"{field}__{lookup}": day}),
    )


def berlin_midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=BERLIN)


class EventTime(graphene.Enum):
    """Ob eine Veranstaltung bevorsteht oder vorbei ist. Whether an event is still to come
    (or running) or over, at the time of the request."""

    UPCOMING = "upcoming"
    PAST = "past"

    @property
    def description(self):
        if self.value == "upcoming":
            return "Bevorstehend. Events that have not ended yet, earliest first."
        return "Vergangen. Events that have ended, latest first."


def event_end():
    """When an event is over: its end, or its start when it has no end."""
    return Coalesce("ends_at", "starts_at")


def upcoming_or_past(events, now, upcoming: bool = True):
    """Events not over at `now` (upcoming), or over before it (past)."""
    events = events.alias(over_at=event_end())
    return events.filter(over_at__gte=now) if upcoming else events.filter(over_at__lt=now)


def event_time_filter() -> Filter:
    def apply(events, gate, value):
        return upcoming_or_past(events, gate.now, upcoming=enum_value(value) == "upcoming")

    return Filter(
        lambda: graphene.Argument(
            EventTime, description="Bevorstehend oder vergangen. Upcoming or past events only."
        ),
        apply,
    )


def event_day_filter(lookup: str, description: str) -> Filter:
    """Days in Europe/Berlin: `startsFrom` from that day's midnight, `startsUntil` up to the
    end of that day."""

    def apply(events, gate, day):
        if lookup == "gte":
            return events.filter(starts_at__gte=berlin_midnight(day))
        next_day = day + datetime.timedelta(days=1)
        return events.filter(starts_at__lt=berlin_midnight(next_day))

    return Filter(lambda: graphene.Date(description=description), apply)
