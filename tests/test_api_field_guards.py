"""The visibility gate and the argument checks wrap the resolvers of exactly the fields that need
them (cms/api/field_guards.py), decided once when the schema is built.

Which fields must be guarded is worked out here on its own terms, from Wagtail's registries
rather than from the gate's: a field that can return a page, image, document or snippet (by its
type, the types an interface or union may resolve to, the Django model behind a type, or a
relation or chooser block a scalar is read from) must pass the gate; a field with a string or
size argument must pass the argument checks. The behaviour itself is proven path by path in
test_api_visibility.py and test_api_inputs.py."""

import pytest
from graphene.utils.str_converters import to_snake_case
from graphql import (
    GraphQLID,
    GraphQLObjectType,
    GraphQLString,
    get_named_type,
    is_abstract_type,
    is_leaf_type,
    is_object_type,
)
from grapple.registry import registry
from wagtail.blocks import ChooserBlock
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from cms.api import middleware
from cms.api.field_guards import ARGUMENT_CHECKS, GATE, guards_of
from cms.api.schema import schema

from .graphql_client import data_of

GRAPHQL_SCHEMA = schema.graphql_schema


def object_fields():
    for graphql_type in GRAPHQL_SCHEMA.type_map.values():
        if isinstance(graphql_type, GraphQLObjectType) and not graphql_type.name.startswith("__"):
            for name, field in graphql_type.fields.items():
                yield graphql_type, name, field


def model_of(graphql_type):
    graphene_type = getattr(graphql_type, "graphene_type", None)
    return getattr(getattr(graphene_type, "_meta", None), "model", None)


def is_page_image_document_or_snippet(model) -> bool:
    return model is not None and (
        issubclass(model, Page | AbstractImage | AbstractDocument) or model in get_snippet_models()
    )


def possible_object_types(graphql_type):
    named = get_named_type(graphql_type)
    if is_abstract_type(named):
        return GRAPHQL_SCHEMA.get_possible_types(named)
    return [named] if is_object_type(named) else []


def block_class_of(graphql_type):
    graphene_type = getattr(graphql_type, "graphene_type", None)
    return next(
        (block for block, found in registry.streamfield_blocks.items() if found is graphene_type),
        None,
    )


def scalar_read_from_governed_object(parent, name) -> bool:
    attribute = to_snake_case(name)
    model = model_of(parent)
    if model is not None:
        related = {
            field.name: field.related_model
            for field in model._meta.get_fields()
            if field.is_relation
        }
        return attribute in related and is_page_image_document_or_snippet(related[attribute])
    block = block_class_of(parent)
    child = getattr(block, "base_blocks", {}).get(attribute)
    return isinstance(child, ChooserBlock)


def can_return_governed(parent, name, field) -> bool:
    if parent is GRAPHQL_SCHEMA.query_type:
        return True  # root fields open the gate
    if is_leaf_type(get_named_type(field.type)):
        return scalar_read_from_governed_object(parent, name)
    return any(
        is_page_image_document_or_snippet(model_of(candidate))
        for candidate in possible_object_types(field.type)
    )


def has_checked_arguments(name, field) -> bool:
    return name == "rendition" or any(
        argument_name in ("perPage", "limit", "page", "offset", "id")
        or get_named_type(argument.type) in (GraphQLString, GraphQLID)
        for argument_name, argument in field.args.items()
    )


MUST_BE_GATED = {
    (parent.name, name)
    for parent, name, field in object_fields()
    if can_return_governed(parent, name, field)
}
MUST_BE_CHECKED = {
    (parent.name, name)
    for parent, name, field in object_fields()
    if has_checked_arguments(name, field)
}


def test_every_field_that_can_return_a_page_image_document_or_snippet_passes_the_gate():
    missing = [
        f"{parent.name}.{name}"
        for parent, name, field in object_fields()
        if (parent.name, name) in MUST_BE_GATED and GATE not in guards_of(field.resolve)
    ]
    assert missing == []


def test_every_field_with_checked_arguments_passes_the_argument_checks():
    missing = [
        f"{parent.name}.{name}"
        for parent, name, field in object_fields()
        if (parent.name, name) in MUST_BE_CHECKED
        and ARGUMENT_CHECKS not in guards_of(field.resolve)
    ]
    assert missing == []


@pytest.mark.parametrize(
    "field",
    [
        "Query.stories",
        "Query.page",
        "StoryPagePaginatedType.items",
        "StoryPage.image",
        "StoryPage.author",
        "StoryPage.themes",
        "StoryPage.parent",
        "StoryPage.children",
        "RegionSettings.imprintPage",
        "ImageRenditionObjectType.image",
        "Breadcrumb.page",
        "MenuItem.page",
        "SearchHit.snippet",
        "CallToActionBlock.page",
        "ContactReferenceBlock.contact",
        "DocumentDownloadBlock.document",
        "PageChooserBlock.page",
        "ImageChooserBlock.image",
        "SnippetChooserBlock.snippet",
    ],
)
def test_the_walk_finds_the_known_paths_out(field):
    """The independent computation is not empty: it names the paths stock grapple leaks
    through (foreign keys, `parent`, chooser blocks) and our own."""
    assert tuple(field.split(".")) in MUST_BE_GATED


@pytest.mark.parametrize(
    "field",
    [
        "StoryPage.title",
        "StoryPage.date",
        "StoryPage.urlPath",
        "StoryPage.tags",
        "ImageObjectType.width",
        "ImageRenditionObjectType.url",
        "Theme.name",
        "PaginationType.total",
        "HeadingBlock.text",
    ],
)
def test_scalars_resolve_directly(field):
    type_name, name = field.split(".")
    resolver = GRAPHQL_SCHEMA.type_map[type_name].fields[name].resolve
    assert guards_of(resolver) == frozenset()


def test_no_scalar_without_arguments_or_a_governed_source_is_wrapped():
    wrapped = [
        f"{parent.name}.{name}"
        for parent, name, field in object_fields()
        if is_leaf_type(get_named_type(field.type))
        and not field.args
        and (parent.name, name) not in MUST_BE_GATED
        and guards_of(field.resolve)
    ]
    # A generic block's value could be any object: the one scalar guarded by doubt.
    assert wrapped == ["StreamFieldBlock.value"]


@pytest.mark.django_db
def test_the_items_scalars_of_a_list_pass_no_gate(client, regions, monkeypatch):
    """Only the root field and its `items` pass the gate, however many scalars each item has;
    its themes pass it once per item."""
    seen = []
    through_gate = middleware._through_gate

    def counting(result, info):
        seen.append(".".join(str(key) for key in info.path.as_list()))
        return through_gate(result, info)

    monkeypatch.setattr(middleware, "_through_gate", counting)
    data = data_of(client, "{ strategies { items { title slug urlPath kind motto } } }")
    assert [item["title"] for item in data["strategies"]["items"]] == ["Rahmenstrategie Nord"]
    assert seen == ["strategies", "strategies.items"]

    seen.clear()
    data = data_of(client, "{ strategies { items { title themes { name slug } } } }")
    assert sorted(theme["name"] for theme in data["strategies"]["items"][0]["themes"]) == [
        "Bildung",
        "Mobilität",
    ]
    assert seen == ["strategies", "strategies.items", "strategies.items.0.themes"]
