"""Languages in the API: every root field takes a `locale` (German by default), and pages and
snippets say in which language their content actually is, so a client sees where a missing or
unpublished translation fell back to German. Which object a query answers with is the gate's
business (cms/api/gate.py); this module only shapes the schema."""

from enum import Enum as PyEnum

import graphene
from django.conf import settings
from grapple.registry import registry
from wagtail.models import TranslatableMixin

from .middleware import gate_for

LANGUAGE_NAMES = dict(settings.WAGTAIL_CONTENT_LANGUAGES)

Locale = graphene.Enum.from_enum(
    PyEnum("Locale", [(code.upper(), code) for code in LANGUAGE_NAMES]),
    description=lambda member: (
        "Sprache. A content language; German is the default, English is translated."
        if member is None
        else f"{LANGUAGE_NAMES[member.value]} (`{member.value}`)."
    ),
)


def locale_argument():
    return graphene.Argument(
        Locale,
        default_value=settings.LANGUAGE_CODE,
        description="Sprache. The language to answer in; a page or entry without a published "
        "translation in it is answered in German (see its `locale` field).",
    )


def locale_field():
    return graphene.Field(
        graphene.NonNull(Locale),
        description="Sprache des Inhalts. The language this content is in: the one asked for, "
        "or German where it has no published translation.",
        resolver=lambda obj, info, **_: gate_for(info).language_of(obj),
    )


def add_locale_arguments(query_type):
    """`locale` on every root field of `query_type`."""
    for field in query_type._meta.fields.values():
        field.args["locale"] = locale_argument()


def add_locale_fields():
    """`locale` on every translatable snippet type (pages have it through the interface)."""
    for model, object_type in registry.snippets.items():
        if issubclass(model, TranslatableMixin):
            object_type._meta.fields["locale"] = locale_field()
