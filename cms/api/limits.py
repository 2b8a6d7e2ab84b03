"""Size arguments (`limit`, `offset`, `page`, `perPage`) must not be negative, however they
arrive: grapple's `PositiveInt` checks literals in the query but not values in variables."""

from graphql import GraphQLError

SIZE_ARGUMENTS = ("limit", "offset", "page", "per_page")


class SizeArgumentsMiddleware:
    def resolve(self, next_resolver, root, info, **args):
        for name in SIZE_ARGUMENTS:
            value = args.get(name)
            if isinstance(value, int) and value < 0:
                raise GraphQLError(f"`{name}` must not be negative (got {value}).")
        return next_resolver(root, info, **args)
