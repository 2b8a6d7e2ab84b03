"""GraphQL enums for the choice fields of the content model, so that an unknown value is a
validation error naming the allowed ones, not an empty list.

Each enum is built from the model's own choices (the key upper-cased as the GraphQL name; the
German label in the description), so a new choice in the admin shows up in the API at once."""

from enum import Enum as PyEnum

import graphene

from content_models.models import (
    Contact,
    EventPage,
    Municipality,
    Organisation,
    ProjectPage,
    StrategyPage,
)


def choice_enum(name: str, choices, description: str):
    labels = dict(choices)
    python_enum = PyEnum(name, [(key.upper(), key) for key, _label in choices])

    def describe(member):
        if member is None:
            return description
        return f"„{labels[member.value]}“ (`{member.value}`)."

    return graphene.Enum.from_enum(python_enum, description=describe)


def enum_value(value):
    """The model's key of an enum argument (graphene hands resolvers the enum member)."""
    return getattr(value, "value", value)


StrategyKind = choice_enum(
    "StrategyKind",
    StrategyPage.KIND_CHOICES,
    "Art der Strategie. The kind of a strategy: the region's framework, a municipality's own, "
    "or an action plan.",
)
ProjectStatus = choice_enum(
    "ProjectStatus",
    ProjectPage.STATUS_CHOICES,
    "Eingereicht, laufend oder abgeschlossen. Where a project stands.",
)
FundingProgramme = choice_enum(
    "FundingProgramme",
    ProjectPage.PROGRAMME_CHOICES,
    "Förderprogramm. The programme a project is funded by.",
)
EventFormat = choice_enum(
    "EventFormat",
    EventPage.FORMAT_CHOICES,
    "Ob die Veranstaltung vor Ort, online oder hybrid stattfindet. How an event takes place.",
)
MunicipalityRole = choice_enum(
    "MunicipalityRole",
    Municipality.ROLE_CHOICES,
    "Rolle in der Region. The part a municipality plays in its region.",
)
OrganisationKind = choice_enum(
    "OrganisationKind",
    Organisation.KIND_CHOICES,
    "Welche Art von Organisation das ist. The kind of an organisation.",
)
ContactKind = choice_enum(
    "ContactKind",
    Contact.KIND_CHOICES,
    "Eine Person oder ein gemeinsames Postfach eines Teams. Whether a contact is a person or a "
    "team mailbox.",
)
