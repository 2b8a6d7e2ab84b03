"""Checks of arguments that every field shares, by argument name and type, before any resolver
runs, so that bad input gets a clear error instead of a crash deep inside a library. They apply
to every field that takes such an argument, including those added later (field_guards.py finds
them when the schema is built):

- size arguments (`perPage`, `limit`) between 1 and the field's maximum (an error names it;
  no silent clamp), `page` at least 1, `offset` not negative, however they arrive (grapple's
  `PositiveInt` checks literals in the query but not values in variables);
- every string argument (search strings, slugs, URL paths, `order`, `site`, ...) at most
  `GRAPHQL_MAX_STRING_ARGUMENT_LENGTH` characters and free of control characters (a NUL byte
  breaks PostgreSQL's text type and the search backends);
- search strings (`query`, `searchQuery`) lose double quotes: SQLite's full-text syntax reads
  them as phrase marks, and an unbalanced one is a database error;
- `id` arguments must be numbers;
- image renditions must be on the allowlist (grapple checks too, but with an exception that
  would reach the client only as an internal error)."""

import re

from django.conf import settings
from graphene.utils.str_converters import to_camel_case
from graphql import GraphQLError

# Python names of the arguments, as graphene hands them to resolvers.
SIZE_ARGUMENTS = ("per_page", "limit")
# The same in the schema (the cost rule reads the document).
SIZE_ARGUMENTS_GRAPHQL = ("perPage", "limit")
# Fields whose maximum is below the general one (`GRAPPLE["MAX_PAGE_SIZE"]`).
FIELD_MAXIMA = {"search": 50}
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
SEARCH_ARGUMENTS = ("query", "search_query")


def maximum_size(field_name: str) -> int:
    """The most items one list field with a size argument gives at once: also what it counts as
    in the cost of a query when no size is asked for."""
    return FIELD_MAXIMA.get(field_name, settings.GRAPPLE["MAX_PAGE_SIZE"])


def assumed_list_size() -> int:
    """What a list without a size argument counts as in the cost of a query: relations
    (`themes`, `partners`), stream-field blocks and the directory lists have no page size, but
    are bounded by what editors enter."""
    return settings.GRAPHQL_COST_LIST_SIZE


def _check_sizes(field_name, args):
    maximum = maximum_size(field_name)
    for name in SIZE_ARGUMENTS:
        value = args.get(name)
        if value is None:
            continue
        if value < 1 or value > maximum:
            raise GraphQLError(
                f"`{to_camel_case(name)}` must be between 1 and {maximum} (got {value})."
            )
    page = args.get("page")
    if page is not None and page < 1:
        raise GraphQLError(f"`page` must be at least 1 (got {page}).")
    offset = args.get("offset")
    if offset is not None and offset < 0:
        raise GraphQLError(f"`offset` must not be negative (got {offset}).")


def _check_strings(args):
    limit = settings.GRAPHQL_MAX_STRING_ARGUMENT_LENGTH
    for name, value in args.items():
        for text in value if isinstance(value, list) else (value,):
            if not isinstance(text, str):
                continue
            if len(text) > limit:
                raise GraphQLError(
                    f"`{to_camel_case(name)}` is longer than {limit} characters "
                    "(GRAPHQL_MAX_STRING_ARGUMENT_LENGTH)."
                )
            if _CONTROL_CHARACTERS.search(text):
                raise GraphQLError(f"`{to_camel_case(name)}` must not contain control characters.")


def _plain_search(args):
    for name in SEARCH_ARGUMENTS:
        if isinstance(args.get(name), str):
            args[name] = args[name].replace('"', " ")


def _check_id(args):
    value = args.get("id")
    if value is not None and not str(value).isdigit():
        raise GraphQLError("`id` must be a number.")


def _check_rendition(field_name, args):
    if field_name != "rendition":
        return
    # The filter spec exactly as grapple builds it from the arguments.
    spec = "|".join(f"{key}-{value}" for key, value in args.items() if key != "preserve_svg")
    if spec not in settings.IMAGE_RENDITION_FILTERS:
        raise GraphQLError(
            f"Rendition '{spec}' is not allowed (ALLOWED_IMAGE_FILTERS); use one of: "
            + ", ".join(settings.IMAGE_RENDITION_FILTERS)
        )


class ArgumentChecksMiddleware:
    def resolve(self, next_resolver, root, info, **args):
        _check_rendition(info.field_name, args)  # also without arguments
        if args:
            _check_strings(args)
            _check_sizes(info.field_name, args)
            _check_id(args)
            _plain_search(args)
        return next_resolver(root, info, **args)
