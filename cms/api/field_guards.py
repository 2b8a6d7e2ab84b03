"""The visibility gate and the argument checks on exactly the fields that need them, decided
once when the schema is built.

As graphene middleware both ran on every field of every item: a list of 100 stories passed
about 1,900 resolutions through each, nearly all of them titles, dates and other scalars that
can hold no page. Instead each field's resolver is wrapped here, once, in what it needs:

- the gate (`VisibilityMiddleware.resolve`) on root fields, which open it, and on every field
  that may return a page, image, document or snippet: any field returning an object,
  interface or union, except object types of a Django model the gate does not govern
  (graphene-django refuses any other model's instance for those, so nothing governed can come
  out of them), and scalars whose source is a relation to a governed model or a chooser
  block. When in doubt a field is guarded: the gate stays the only way out;
- the argument checks (`ArgumentChecksMiddleware.resolve`, outside the gate, so arguments are
  checked before the gate reads `site`) on fields that take a string, a size, a page, an
  offset or an id, and on `rendition`.

Everything else resolves directly."""

from django.core.exceptions import FieldDoesNotExist
from graphene.utils.str_converters import to_snake_case
from graphql import (
    GraphQLBoolean,
    GraphQLField,
    GraphQLFloat,
    GraphQLInt,
    GraphQLObjectType,
    GraphQLSchema,
    default_field_resolver,
    get_named_type,
    is_abstract_type,
    is_leaf_type,
    is_scalar_type,
)
from grapple.registry import registry
from wagtail.blocks import ChooserBlock

from .gate import governed_model
from .limits import SIZE_ARGUMENTS_GRAPHQL, ArgumentChecksMiddleware
from .middleware import VisibilityMiddleware

GATE = "gate"
ARGUMENT_CHECKS = "argument checks"
# Arguments checked by name, whatever their type.
CHECKED_ARGUMENT_NAMES = frozenset((*SIZE_ARGUMENTS_GRAPHQL, "page", "offset", "id"))
# Scalars whose values cannot be strings: the string checks have nothing to look at.
NUMERIC_SCALARS = frozenset((GraphQLInt.name, GraphQLFloat.name, GraphQLBoolean.name))

_visibility = VisibilityMiddleware()
_argument_checks = ArgumentChecksMiddleware()


def guard_fields(schema: GraphQLSchema):
    """Wraps the resolvers of the fields that need the gate or the argument checks."""
    roots = {schema.query_type, schema.mutation_type, schema.subscription_type}
    for graphql_type in schema.type_map.values():
        if not isinstance(graphql_type, GraphQLObjectType) or graphql_type.name.startswith("__"):
            continue
        is_root = graphql_type in roots
        for name, field in graphql_type.fields.items():
            if guards_of(field.resolve):
                continue  # already wrapped: the schema is guarded once
            gated = is_root or may_return_governed(schema, graphql_type, name, field)
            _wrap(field, gated, takes_checked_arguments(name, field))


def guards_of(resolver) -> frozenset[str]:
    """What a resolver was wrapped in: GATE, ARGUMENT_CHECKS, both or nothing."""
    return getattr(resolver, "guards", frozenset())


def _wrap(field: GraphQLField, gated: bool, checked: bool):
    if not gated and not checked:
        return  # resolves directly
    resolve = field.resolve or default_field_resolver
    if gated:
        resolve = _guarded(resolve, _visibility, GATE)
    if checked:
        resolve = _guarded(resolve, _argument_checks, ARGUMENT_CHECKS)
    field.resolve = resolve


def _guarded(resolve, middleware, guard):
    """`resolve` run through one middleware's `resolve`, marked with the guard it carries."""

    def resolve_guarded(root, info, **args):
        return middleware.resolve(resolve, root, info, **args)

    resolve_guarded.guards = guards_of(resolve) | {guard}
    resolve_guarded.__wrapped__ = resolve
    return resolve_guarded


# ---- which fields may return governed objects -------------------------------------------------
def may_return_governed(schema, parent, name: str, field: GraphQLField) -> bool:
    returned = get_named_type(field.type)
    if is_leaf_type(returned):
        return _source_may_be_governed(parent, name)
    if is_abstract_type(returned):
        candidates = schema.get_possible_types(returned)
        return not candidates or any(_may_be_governed(candidate) for candidate in candidates)
    return _may_be_governed(returned)


def _may_be_governed(object_type) -> bool:
    """False only for types of a Django model the gate does not govern (renditions, settings,
    tags): graphene-django refuses any other model's instance for them."""
    model = model_of(object_type)
    return model is None or governed_model(model)


def model_of(graphql_type):
    """The Django model a graphene-django type stands for, or None."""
    graphene_type = getattr(graphql_type, "graphene_type", None)
    return getattr(getattr(graphene_type, "_meta", None), "model", None)


def _source_may_be_governed(parent, name: str) -> bool:
    """A scalar fed from a relation or a chooser would serialise the object itself (a page's
    string is its title)."""
    python_name = to_snake_case(name)
    model = model_of(parent)
    if model is not None:
        return any(_relation_is_governed(model, source) for source in _sources(model, python_name))
    block = _block_of(parent)
    if block is None:
        return False
    if python_name == "value":
        # A block's own value: a chooser's object, or anything in a block grapple has no
        # type for ("generic-block").
        return not isinstance(block, type) or issubclass(block, ChooserBlock)
    return isinstance(getattr(block, "base_blocks", {}).get(python_name), ChooserBlock)


def _sources(model, python_name: str) -> set[str]:
    """The model attributes a field reads: its own name, or the `source` grapple was given."""
    sources = {python_name}
    for declared in getattr(model, "graphql_fields", ()):
        declared = declared() if callable(declared) else declared
        if getattr(declared, "field_name", None) == python_name:
            sources.add(declared.field_source)
    return sources


def _relation_is_governed(model, attribute: str) -> bool:
    try:
        model_field = model._meta.get_field(attribute)
    except FieldDoesNotExist:
        return False
    if not model_field.is_relation:
        return False
    related = model_field.related_model
    return related is None or governed_model(related)  # None: a generic foreign key


def _block_of(object_type):
    graphene_type = getattr(object_type, "graphene_type", None)
    for block, block_type in registry.streamfield_blocks.items():
        if block_type is graphene_type:
            return block
    return None


# ---- which fields take checked arguments ------------------------------------------------------
def takes_checked_arguments(name: str, field: GraphQLField) -> bool:
    # The rendition filter is checked even when no argument is given.
    return name == "rendition" or any(
        _argument_is_checked(argument_name, argument)
        for argument_name, argument in field.args.items()
    )


def _argument_is_checked(name: str, argument) -> bool:
    if name in CHECKED_ARGUMENT_NAMES:
        return True
    argument_type = get_named_type(argument.type)
    return is_scalar_type(argument_type) and argument_type.name not in NUMERIC_SCALARS
