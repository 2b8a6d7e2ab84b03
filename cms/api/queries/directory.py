"""The region's directory: contacts, organisations, municipalities, themes, and all snippets."""

import graphene
from graphql import GraphQLError
from grapple.registry import registry
from grapple.types.interfaces import get_snippet_interface

from content_models.models import Contact, Municipality, Organisation, Theme

from ..middleware import gate_for
from .arguments import site_argument


def snippet_list(model, description, **arguments):
    return graphene.List(
        graphene.NonNull(lambda: registry.snippets[model]),
        site=site_argument(),
        required=True,
        description=description,
        **arguments,
    )


class DirectoryQueries:
    contacts = snippet_list(Contact, "Contact persons of the region.")
    organisations = snippet_list(Organisation, "Organisations of the region.")
    municipalities = snippet_list(
        Municipality,
        "Municipalities of the region.",
        role=graphene.String(description="lead, pioneer, joining, member or district."),
    )
    themes = snippet_list(Theme, "Themes (Themenfelder) of the region and shared ones.")
    snippets = graphene.List(
        graphene.NonNull(get_snippet_interface),
        site=site_argument(),
        required=True,
        description="All published snippets of the region.",
    )

    def resolve_contacts(self, info, **_):
        return gate_for(info).snippets(Contact.objects.select_related("organisation", "photo"))

    def resolve_organisations(self, info, **_):
        return gate_for(info).snippets(Organisation.objects.select_related("logo"))

    def resolve_municipalities(self, info, role=None, **_):
        municipalities = gate_for(info).snippets(Municipality.objects.all())
        if role is not None:
            roles = {key for key, _label in Municipality.ROLE_CHOICES}
            if role not in roles:
                raise GraphQLError(
                    f"Unknown role '{role}'. Use one of: {', '.join(sorted(roles))}."
                )
            municipalities = municipalities.filter(role=role)
        return municipalities

    def resolve_themes(self, info, **_):
        return gate_for(info).snippets(Theme.objects.all())

    def resolve_snippets(self, info, **_):
        gate = gate_for(info)
        found = []
        for model in registry.snippets:
            found.extend(gate.snippets(model.objects.all()))
        return found
