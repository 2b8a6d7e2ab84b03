"""The region's directory: contacts, organisations, municipalities, themes (each paginated like
the page lists), and all snippets."""

import graphene
from django.db.models import F
from grapple.registry import registry
from grapple.types.interfaces import get_snippet_interface

from content_models.models import Contact, Municipality, Organisation, Theme

from .. import enums
from ..filters import choice_filter
from ..middleware import gate_for
from ..relations import with_relations
from .arguments import site_argument
from .typed_list import TypedList


class Directory(TypedList):
    """A directory list: the region's and the shared published entries of one snippet model,
    loaded with the relations (relations.SNIPPET_RELATIONS) its items show."""

    def __init__(self, model, filters=None, order_fields=("name",)):
        super().__init__(
            model, lambda: registry.snippets[model], order_fields, ["name"], filters or {}
        )

    def visible(self, gate):
        return gate.snippets(self.model.objects.all())

    def load(self, items, info):
        return with_relations(items, info, path=("items",))


CONTACTS = Directory(
    Contact,
    {"kind": choice_filter("kind", enums.ContactKind, "Nur Personen oder nur Team-Postfächer.")},
)
ORGANISATIONS = Directory(
    Organisation,
    {"kind": choice_filter("kind", enums.OrganisationKind, "Nur Organisationen dieser Art.")},
)
MUNICIPALITIES = Directory(
    Municipality,
    filters={
        "role": choice_filter("role", enums.MunicipalityRole, "Nur Kommunen mit dieser Rolle.")
    },
    order_fields=("name", "population"),
)
THEMES = Directory(Theme)


class DirectoryQueries:
    contacts = CONTACTS.field("Contact persons and team mailboxes of the region.")
    organisations = ORGANISATIONS.field("Organisations of the region.")
    municipalities = MUNICIPALITIES.field("Municipalities of the region.")
    themes = THEMES.field("Themes (Themenfelder) of the region and shared ones.")
    theme = graphene.Field(
        lambda: registry.snippets[Theme],
        slug=graphene.String(required=True, description="Kurzname. The theme's slug."),
        site=site_argument(),
        description="Ein Themenfeld. One theme of the region (or a shared one) by its slug, "
        "with its strategies, guidelines, stories, events and projects.",
    )
    municipality = graphene.Field(
        lambda: registry.snippets[Municipality],
        slug=graphene.String(required=True, description="Kurzname. The municipality's slug."),
        site=site_argument(),
        description="Eine Kommune. One municipality of the region by its slug, with its "
        "projects, strategies and stories.",
    )
    snippets = graphene.List(
        graphene.NonNull(get_snippet_interface),
        site=site_argument(),
        required=True,
        description="All published snippets of the region.",
    )

    def resolve_contacts(self, info, **kwargs):
        return CONTACTS.resolve(info, **kwargs)

    def resolve_organisations(self, info, **kwargs):
        return ORGANISATIONS.resolve(info, **kwargs)

    def resolve_municipalities(self, info, **kwargs):
        return MUNICIPALITIES.resolve(info, **kwargs)

    def resolve_themes(self, info, **kwargs):
        return THEMES.resolve(info, **kwargs)

    def resolve_theme(self, info, slug, **_):
        # The region's own theme wins over a shared one with the same slug.
        # Found by its slug in any language, answered in the one asked for where translated.
        gate = gate_for(info)
        themes = gate.translated(gate.snippets_in_any_language(Theme.objects.filter(slug=slug)))
        return themes.order_by("language_preference", F("region_id").asc(nulls_last=True)).first()

    def resolve_municipality(self, info, slug, **_):
        gate = gate_for(info)
        found = gate.snippets_in_any_language(Municipality.objects.filter(slug=slug))
        return gate.translated(found).first()

    def resolve_snippets(self, info, **_):
        gate = gate_for(info)
        found = []
        for model in registry.snippets:
            found.extend(gate.snippets(model.objects.all()))
        return found
