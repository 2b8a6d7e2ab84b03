"""GraphQL-over-HTTP: what a request to `/graphql/` must look like, which media type the answer
takes and which status code goes with it (https://graphql.github.io/graphql-over-http/).

Anything that is not a well-formed GraphQL request is refused here with a `RequestProblem`,
before a document is parsed: the view turns it into a JSON error with the status code."""

import json
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import RequestDataTooBig

GRAPHQL_RESPONSE = "application/graphql-response+json"
JSON = "application/json"
GRAPHQL_DOCUMENT = "application/graphql"
# Deeper `variables` or `extensions` than this cannot be a real request: no input type of the
# schema nests, and walking them must stay cheap.
MAX_JSON_NESTING = 32


class RequestProblem(Exception):
    """Not a well-formed GraphQL request: this status code under either media type."""

    def __init__(
        self, status: int, message: str, headers: dict | None = None, code: str | None = None
    ):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}
        self.code = code  # `extensions.code` of the error, for the errors clients act on


class Refusal(Exception):
    """A GraphQL request error: no data, the errors, and the status code for
    `application/graphql-response+json` (`application/json` answers them all with 200)."""

    def __init__(self, status: int, errors: list):
        self.status = status
        self.errors = errors


@dataclass
class GraphQLParams:
    """`query` is None until cms.api.persisted has found the text a hash or name stands for."""

    query: str | None
    variables: dict
    operation_name: str | None
    extensions: dict = field(default_factory=dict)
    document_id: str | None = None
    # Set by cms.api.persisted: the APQ hash to store `query` under once it has passed.
    register_as: str | None = None


def response_media_type(request) -> str:
    """`application/graphql-response+json` when the client prefers it over `application/json`;
    `application/json` otherwise, also when the client names neither (legacy clients)."""
    accepted = [(entry.main_type + "/" + entry.sub_type) for entry in request.accepted_types]
    if GRAPHQL_RESPONSE in accepted:
        if JSON not in accepted or accepted.index(GRAPHQL_RESPONSE) <= accepted.index(JSON):
            return GRAPHQL_RESPONSE
    return JSON


def read_params(request) -> GraphQLParams:
    if request.method == "GET":
        keys = ("query", "variables", "operationName", "documentId")
        raw = {key: request.GET.get(key) for key in keys}
        if len(request.META.get("QUERY_STRING", "")) > settings.GRAPHQL_MAX_BODY_BYTES:
            raise _too_large()
        for key in ("variables", "extensions"):
            if request.GET.get(key):
                raw[key] = _json(request.GET[key], key)
        return _shaped(raw)
    return _shaped(_body(request))


def _body(request):
    declared = request.META.get("CONTENT_LENGTH") or "0"
    if not declared.isdigit():
        raise RequestProblem(400, "Content-Length is not a number.")
    if int(declared) > settings.GRAPHQL_MAX_BODY_BYTES:
        raise _too_large()
    if int(declared) == 0:
        raise RequestProblem(400, "The body is empty: send a JSON object with a `query` string.")
    media_type = (request.content_type or "").lower()
    if media_type not in (JSON, GRAPHQL_DOCUMENT):
        # Form posts are refused: a browser sends them cross-site without a preflight (CSRF).
        raise RequestProblem(
            415,
            f"Unsupported Content-Type '{media_type or '(none)'}': send `{JSON}` "
            f"(or `{GRAPHQL_DOCUMENT}`).",
        )
    charset = (request.content_params or {}).get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise RequestProblem(415, f"Unsupported charset '{charset}': send UTF-8.")
    try:
        body = request.body
    except RequestDataTooBig as error:
        raise _too_large() from error
    if len(body) > settings.GRAPHQL_MAX_BODY_BYTES:
        raise _too_large()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RequestProblem(400, "The body is not valid UTF-8.") from error
    if media_type == GRAPHQL_DOCUMENT:
        return {"query": text}
    return _json(text, "body")


def _json(text: str, what: str):
    try:
        return json.loads(text)
    except RecursionError as error:
        raise RequestProblem(400, f"The JSON of `{what}` is nested too deeply.") from error
    except ValueError as error:
        raise RequestProblem(400, f"The JSON of `{what}` is not valid.") from error


def _shaped(raw) -> GraphQLParams:
    if isinstance(raw, list):
        raise RequestProblem(400, "Batched requests (a JSON array) are not supported.")
    if not isinstance(raw, dict):
        raise RequestProblem(400, "The body must be a JSON object with a `query` string.")
    query = raw.get("query")
    if query is not None and not isinstance(query, str):
        raise RequestProblem(400, "`query` must be a string.")
    for key in ("variables", "extensions"):
        value = raw.get(key)
        if value is not None and not isinstance(value, dict):
            raise RequestProblem(400, f"`{key}` must be a JSON object.")
        if value and _nesting(value) > MAX_JSON_NESTING:
            raise RequestProblem(400, f"`{key}` is nested deeper than {MAX_JSON_NESTING} levels.")
    operation_name = raw.get("operationName")
    if operation_name is not None and not isinstance(operation_name, str):
        raise RequestProblem(400, "`operationName` must be a string.")
    document_id = raw.get("documentId")
    if document_id is not None and not isinstance(document_id, str):
        raise RequestProblem(400, "`documentId` must be a string.")
    extensions = raw.get("extensions") or {}
    if not (query or document_id or "persistedQuery" in extensions or operation_name):
        raise RequestProblem(
            400,
            "Provide a `query` string (or a persisted query's hash in "
            "`extensions.persistedQuery`, a `documentId`, or a trusted operation's "
            "`operationName`).",
        )
    return GraphQLParams(
        query or None,
        raw.get("variables") or {},
        operation_name or None,
        extensions,
        document_id or None,
    )


def _nesting(value) -> int:
    """Depth of nested objects and arrays, without recursion (it may be thousands deep)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_JSON_NESTING:
            return deepest
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return deepest


def _too_large():
    return RequestProblem(
        413, f"The request is larger than {settings.GRAPHQL_MAX_BODY_BYTES} bytes."
    )
