"""Model fields that are plain values resolve by reading the attribute.

grapple resolves every field declared in a model's `graphql_fields` with one general resolver
(grapple.actions.model_resolver): on each call it imports a helper, checks whether the value
is a manager or callable, and looks the model field up to see whether it is rich text. For a
column that holds a plain value (text, a number, a date) all that ends in returning the
attribute; a list of 100 stories calls it some 1,200 times. Where the schema is built, such
fields get a resolver that reads the attribute directly: the same value, decided once.

Anything else (relations, managers, methods, rich text, grapple's `extract_key`, fields
without a model column) keeps grapple's resolver."""

from operator import attrgetter

from django.core.exceptions import FieldDoesNotExist
from graphql import GraphQLObjectType, GraphQLSchema
from grapple.types.rich_text import RichText as RichTextType
from wagtail.fields import RichTextField, StreamField

from .field_guards import model_of


def resolve_plain_fields(schema: GraphQLSchema) -> None:
    """Swaps grapple's resolver for an attribute read where that is the same."""
    for graphql_type in schema.type_map.values():
        if not isinstance(graphql_type, GraphQLObjectType):
            continue
        model = model_of(graphql_type)
        if model is None:
            continue
        for field in graphql_type.fields.values():
            source = _plain_source(model, field.resolve)
            if source is not None:
                field.resolve = _attribute_resolver(source)


def _attribute_resolver(source: str):
    read = attrgetter(source)

    def resolve_plain(root, info, **args):
        return read(root)

    resolve_plain.source = source
    return resolve_plain


def _plain_source(model, resolver) -> str | None:
    """The model column grapple's resolver would return unchanged, or None."""
    declared = _grapple_field_of(resolver)
    if declared is None or getattr(declared, "extract_key", None):
        return None
    if declared.field_type is RichTextType:
        return None
    source = declared.field_source
    try:
        model_field = model._meta.get_field(source)
    except FieldDoesNotExist:
        return None  # a property or method: grapple calls or returns it
    plain = (
        model_field.concrete
        and not model_field.is_relation
        and not isinstance(model_field, RichTextField | StreamField)
        and model_field.attname == source
    )
    return source if plain else None


def _grapple_field_of(resolver):
    """The grapple field a grapple model resolver was made for (its closure holds it)."""
    function = getattr(resolver, "__func__", resolver)
    if getattr(function, "__qualname__", "") != "model_resolver.<locals>.mixin":
        return None
    cells = dict(zip(function.__code__.co_freevars, function.__closure__ or (), strict=True))
    cell = cells.get("field")
    return cell.cell_contents if cell is not None else None
