"""Checks of arguments that every field shares, before any resolver runs, so that bad input
gets a clear error instead of a crash deep inside a library:

- size arguments (`limit`, `offset`, `page`, `perPage`) must not be negative, however they
  arrive (grapple's `PositiveInt` checks literals in the query but not values in variables);
- `id` arguments must be numbers;
- image renditions must be on the allowlist (grapple checks too, but with an exception that
  would reach the client only as an internal error)."""

from django.conf import settings
from graphql import GraphQLError

SIZE_ARGUMENTS = ("limit", "offset", "page", "per_page")


def _check_sizes(args):
    for name in SIZE_ARGUMENTS:
        value = args.get(name)
        if isinstance(value, int) and value < 0:
            raise GraphQLError(f"`{name}` must not be negative (got {value}).")


def _check_id(args):
    value = args.get("id")
    if value is not None and not str(value).isdigit():
        raise GraphQLError(f"`id` must be a number (got '{value}').")


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
        _check_sizes(args)
        _check_id(args)
        _check_rendition(info.field_name, args)
        return next_resolver(root, info, **args)
