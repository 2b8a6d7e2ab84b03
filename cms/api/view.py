"""The `/graphql/` endpoint: GET and POST, limits on size and depth, the visibility middleware,
GraphiQL only with DEBUG."""

import logging

from django.conf import settings
from django.views.decorators.csrf import csrf_exempt
from graphene.validation import depth_limit_validator
from graphene_django.views import GraphQLView
from graphql import ExecutionResult, GraphQLError, parse, specified_rules, validate
from graphql.validation import NoSchemaIntrospectionCustomRule

from .limits import ArgumentChecksMiddleware
from .middleware import VisibilityMiddleware

logger = logging.getLogger(__name__)


def extra_validation_rules():
    """Our rules, run after graphql-core's standard ones have passed: graphene's depth limit
    crashes on documents those reject (unknown fragments, fragment cycles)."""
    rules = [depth_limit_validator(max_depth=settings.GRAPHQL_MAX_DEPTH)]
    if not settings.GRAPHQL_INTROSPECTION:
        # Not graphene's DisableIntrospection: that one also refuses `__typename`.
        rules.append(NoSchemaIntrospectionCustomRule)
    return tuple(rules)


class ApiView(GraphQLView):
    # The API is read-only and uses no cookies: no CSRF cookie is set on responses
    # (graphene-django's dispatch sets one and adds `Vary: Cookie`, defeating every cache).
    dispatch = GraphQLView.dispatch.__wrapped__

    @staticmethod
    def format_error(error):
        """Errors we raise on purpose (GraphQLError) reach the client as they are; anything else
        is a bug whose message could show internals: it is logged, and the client is told only
        that it happened."""
        original = getattr(error, "original_error", None)
        if isinstance(error, GraphQLError) and original is not None:
            if not isinstance(original, GraphQLError):
                logger.error("GraphQL resolver failed", exc_info=original)
                masked = GraphQLError("Internal server error.", error.nodes, path=error.path)
                return masked.formatted
        return GraphQLView.format_error(error)

    def execute_graphql_request(self, request, data, query, variables, operation_name, *args):
        if query:
            try:
                document = parse(query, max_tokens=settings.GRAPHQL_MAX_QUERY_TOKENS)
            except GraphQLError as error:
                return ExecutionResult(errors=[error])
            # The standard rules first; graphene-django then runs only ours (`validation_rules`).
            errors = validate(self.schema.graphql_schema, document, specified_rules)
            if errors:
                return ExecutionResult(errors=errors)
        return super().execute_graphql_request(
            request, data, query, variables, operation_name, *args
        )


def _build_view():
    from .schema import schema

    return ApiView.as_view(
        schema=schema,
        graphiql=settings.DEBUG,
        middleware=[ArgumentChecksMiddleware(), VisibilityMiddleware()],
        validation_rules=extra_validation_rules(),
    )


@csrf_exempt  # no cookies, no session: a token would protect nothing
def graphql_view(request, *args, **kwargs):
    """Builds the view on first use, when grapple's types exist."""
    global _view
    if _view is None:
        _view = _build_view()
    return _view(request, *args, **kwargs)


_view = None
