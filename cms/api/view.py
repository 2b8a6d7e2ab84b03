"""The `/graphql/` endpoint: GraphQL-over-HTTP with its status codes (cms.api.http), limits on
size, depth, cost, aliases and root fields checked before anything executes, rate limiting,
masked errors; persisted queries and trusted documents (cms.api.persisted) before the text
is parsed; answers from the response cache (cms.api.response_cache) with HTTP caching headers
(cms.api.http_caching); GraphiQL (from our own static files) only with DEBUG. The gate and the
argument checks sit on the fields that need them (cms.api.field_guards).

graphene-django's view is kept for its schema plumbing; its `dispatch` is
replaced, since it answers malformed requests with HTML 500s and knows neither the
`application/graphql-response+json` media type nor its status codes."""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from graphene.validation import depth_limit_validator
from graphene_django.views import GraphQLView
from graphql import (
    ExecutionResult,
    GraphQLError,
    OperationType,
    execute,
    get_operation_ast,
    parse,
    specified_rules,
    validate,
)
from graphql.validation import NoSchemaIntrospectionCustomRule

from . import http_caching, persisted, rate_limit, response_cache, valid_documents
from .cost import measure
from .errors import formatted_error, message_error
from .http import (
    GRAPHQL_RESPONSE,
    Refusal,
    RequestProblem,
    read_params,
    response_media_type,
)
from .http_caching import not_stored
from .loaders import loading_for
from .response_cache import encode

MAX_VALIDATION_ERRORS = 20


def extra_validation_rules():
    """Our rules, run after graphql-core's standard ones have passed: graphene's depth limit
    crashes on documents those reject (unknown fragments, fragment cycles)."""
    rules = [depth_limit_validator(max_depth=settings.GRAPHQL_MAX_DEPTH)]
    if not settings.GRAPHQL_INTROSPECTION:
        # Not graphene's DisableIntrospection: that one also refuses `__typename`.
        rules.append(NoSchemaIntrospectionCustomRule)
    return tuple(rules)


class ApiView(GraphQLView):
    def dispatch(self, request, *args, **kwargs):
        media_type = response_media_type(request)
        try:
            if request.method not in ("GET", "POST"):
                raise RequestProblem(405, "Use GET or POST.", {"Allow": "GET, POST"})
            if self.graphiql and request.method == "GET" and self._wants_graphiql(request):
                return render(request, "api/graphiql.html")
            rate_limit.charge(request, 1)
            answer = response_cache.repeat(request) or self.read_and_answer(request, media_type)
        except RequestProblem as problem:
            error = message_error(problem.message, problem.code)
            body = {"errors": [error]}
            return not_stored(_json_response(body, problem.status, media_type, problem.headers))
        except Refusal as refusal:
            status = refusal.status if media_type == GRAPHQL_RESPONSE else 200
            body = {"errors": [formatted_error(error) for error in refusal.errors]}
            # Never stored: a refused hash may be an answer after registration or a deploy.
            return not_stored(_json_response(body, status, media_type))
        return http_caching.respond(request, answer, media_type)

    def read_and_answer(self, request, media_type):
        params = persisted.resolve(read_params(request))
        answer = response_cache.serve(
            request, params, lambda: self.answer(request, params, media_type)
        )
        persisted.register(params)
        return answer

    def _validation_errors(self, schema, document) -> list:
        # The standard rules first; ours only when those pass (see extra_validation_rules).
        errors = validate(schema, document, specified_rules, MAX_VALIDATION_ERRORS)
        return errors or validate(schema, document, self.validation_rules)

    def _wants_graphiql(self, request):
        return "raw" not in request.GET and self.request_wants_html(request)

    def answer(self, request, params, media_type):
        schema = self.schema.graphql_schema
        document = valid_documents.known(params.query)
        checked = document is not None
        if not checked:
            document = _parsed(params.query)
        operation = get_operation_ast(document, params.operation_name)
        if operation is None:
            raise Refusal(400, [GraphQLError(_no_operation_message(params.operation_name))])
        if request.method == "GET" and operation.operation != OperationType.QUERY:
            raise RequestProblem(
                405, f"A {operation.operation.value} cannot be sent with GET.", {"Allow": "POST"}
            )
        try:
            errors = [] if checked else self._validation_errors(schema, document)
            found = None if errors else measure(schema, document, operation, params.variables)
        except RecursionError as error:
            raise Refusal(400, [GraphQLError("The document is nested too deeply.")]) from error
        if errors:
            raise Refusal(422, errors)
        if not checked:
            valid_documents.remember(params.query, document)
        errors = _over_limits(found)
        if errors:
            raise Refusal(422, errors)
        rate_limit.charge(request, rate_limit.points_for(found.cost) - 1)
        try:
            with loading_for(request):
                result = execute(
                    schema,
                    document,
                    context_value=request,
                    variable_values=params.variables,
                    operation_name=params.operation_name,
                    middleware=self.get_middleware(request),
                    is_awaitable=_never_awaitable,
                )
        except Exception as error:  # a bug outside any resolver: masked, never a 500 page
            result = ExecutionResult(data=None, errors=[error])
        if result.data is None and result.errors and not any(e.path for e in result.errors):
            raise Refusal(422, result.errors)  # variables that do not fit their types
        body = {"data": result.data}
        if result.errors:
            body = {"errors": [formatted_error(error) for error in result.errors], **body}
        return 200, body


def _parsed(text):
    try:
        return parse(text, max_tokens=settings.GRAPHQL_MAX_QUERY_TOKENS)
    except GraphQLError as error:
        raise Refusal(400, [error]) from error
    except RecursionError as error:
        raise Refusal(400, [GraphQLError("The document is nested too deeply.")]) from error


def _never_awaitable(value) -> bool:
    """The view runs synchronously and no resolver is a coroutine: graphql-core need not
    inspect each of the thousands of values a list resolves to for one."""
    return False


def _over_limits(found) -> list:
    limits = (
        ("cost", found.cost, settings.GRAPHQL_MAX_COST, "GRAPHQL_MAX_COST"),
        ("aliases", found.aliases, settings.GRAPHQL_MAX_ALIASES, "GRAPHQL_MAX_ALIASES"),
        (
            "root fields",
            found.root_fields,
            settings.GRAPHQL_MAX_ROOT_FIELDS,
            "GRAPHQL_MAX_ROOT_FIELDS",
        ),
    )
    return [
        GraphQLError(
            f"The query's {what} is {figure}, over the maximum of {maximum} ({setting}).",
            extensions={"limit": setting, "figure": figure, "maximum": maximum},
        )
        for what, figure, maximum, setting in limits
        if figure > maximum
    ]


def _no_operation_message(operation_name):
    if operation_name:
        return f"Unknown operation named '{operation_name}'."
    return "Pass `operationName`: the document holds several operations (or none)."


def _json_response(body, status, media_type, headers=None):
    return HttpResponse(encode(body), status=status, content_type=media_type, headers=headers)


def _build_view():
    from .schema import schema

    return ApiView.as_view(
        schema=schema,
        graphiql=settings.DEBUG,
        # No per-field middleware: the gate and the argument checks wrap only the resolvers
        # that need them, once, as the schema is built (field_guards.py).
        middleware=[],
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
