"""Plain model columns resolve by reading the attribute (cms.api.plain_fields); relations,
managers, rich text and StreamFields keep grapple's resolver, and the answers stay the
models' values."""

import pytest
from graphql import default_field_resolver

from cms.api.field_guards import guards_of
from cms.api.schema import schema

from .graphql_client import data_of

TYPES = schema.graphql_schema.type_map


def read_directly(type_name: str, field_name: str) -> str | None:
    """The attribute a field reads directly, or None when another resolver answers it."""
    resolver = TYPES[type_name].fields[field_name].resolve or default_field_resolver
    while guards_of(resolver):
        resolver = resolver.__wrapped__
    return getattr(resolver, "source", None)


@pytest.mark.parametrize(
    "type_name, field_name, source",
    [
        ("StoryPage", "intro", "intro"),
        ("StoryPage", "date", "date"),
        ("StoryPage", "authorName", "author_name"),
        ("StrategyPage", "kind", "kind"),
        ("Contact", "email", "email"),
    ],
)
def test_plain_columns_read_the_attribute(type_name, field_name, source):
    assert read_directly(type_name, field_name) == source


@pytest.mark.parametrize(
    "type_name, field_name",
    [
        ("StoryPage", "tags"),  # a manager
        ("StoryPage", "themes"),  # many-to-many
        ("StoryPage", "image"),  # a foreign key
        ("StoryPage", "body"),  # a StreamField
        ("RegionHomePage", "intro"),  # rich text
        ("Contact", "organisation"),
    ],
)
def test_everything_else_keeps_its_resolver(type_name, field_name):
    assert read_directly(type_name, field_name) is None


@pytest.mark.django_db
def test_the_answers_are_the_models_values(client, regions):
    page = regions.framework.specific
    data = data_of(client, f"{{ page(id: {page.pk}) {{ ... on StrategyPage {{ intro kind }} }} }}")
    assert data["page"] == {"intro": page.intro, "kind": page.kind.upper()}
