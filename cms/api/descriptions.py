"""Every type, field, argument and enum value of the schema gets a description: the German help
text of the model field (or the German name of the model) where there is one, and an English
sentence for developers. Written into the built schema, so that grapple's generated types are
covered as well as ours; a test fails on anything left without one."""

from django.core.exceptions import FieldDoesNotExist
from graphene.utils.str_converters import to_snake_case
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
)
from grapple.registry import registry

from .descriptions_en import ARGUMENTS, ENUM_VALUES, FIELDS, TYPES


def _model_types() -> dict:
    """GraphQL type name -> the Django model or StreamField block it was built from."""
    found = {}
    for registered in (registry.pages, registry.snippets, registry.settings):
        for model, object_type in registered.items():
            found[object_type._meta.name] = model
    for block, object_type in registry.streamfield_blocks.items():
        if hasattr(object_type, "_meta"):
            found[object_type._meta.name] = block
    return found


def _german_of_model(source) -> str:
    meta = getattr(source, "_meta", None)
    if meta is not None and hasattr(meta, "verbose_name"):
        return str(meta.verbose_name)
    label = getattr(getattr(source, "meta", None), "label", None)
    return str(label) if label else ""


def _german_of_field(source, field_name: str) -> str:
    """The help text (else the label) of the model field or block child behind a field."""
    if source is None:
        return ""
    meta = getattr(source, "_meta", None)
    if meta is not None and hasattr(meta, "get_field"):
        try:
            field = meta.get_field(field_name)
        except FieldDoesNotExist:
            return ""
        text = getattr(field, "help_text", "") or getattr(field, "verbose_name", "")
        return str(text)
    child = getattr(source, "base_blocks", {}).get(field_name)
    if child is None:
        return ""
    return str(getattr(child.meta, "help_text", None) or child.label or "")


def _join(german: str, english: str) -> str:
    german = german.strip()
    if german and german[-1] not in ".!?“":
        german += "."
    return f"{german} {english}".strip()


def _english(table: dict, key: str, kind: str) -> str:
    if key not in table:
        raise KeyError(f"No English description for the {kind} '{key}' (descriptions_en.py).")
    return table[key]


def describe_schema(schema) -> None:
    """Fills in every missing description of the built schema (`schema.graphql_schema`)."""
    sources = _model_types()
    for name, graphql_type in schema.type_map.items():
        if name.startswith("__"):
            continue
        source = sources.get(name)
        if not graphql_type.description:
            graphql_type.description = _join(
                _german_of_model(source), _english(TYPES, name, "type")
            )
        if isinstance(
            graphql_type, GraphQLObjectType | GraphQLInterfaceType | GraphQLInputObjectType
        ):
            for field_name, field in graphql_type.fields.items():
                if not field.description:
                    german = _german_of_field(source, to_snake_case(field_name))
                    field.description = _join(german, _english(FIELDS, field_name, "field"))
                for argument_name, argument in getattr(field, "args", {}).items():
                    if not argument.description:
                        argument.description = _english(ARGUMENTS, argument_name, "argument")
        if isinstance(graphql_type, GraphQLEnumType):
            for value_name, value in graphql_type.values.items():
                if not value.description:
                    value.description = _english(ENUM_VALUES, f"{name}.{value_name}", "enum value")
