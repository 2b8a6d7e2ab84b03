"""How errors reach the client: errors we raise on purpose (GraphQLError) as they are, anything
else masked; "Did you mean ...?" suggestions only in development (they name the schema's fields
even with introspection off); and every error carries the request's id, as its log line and the
`X-Request-ID` header do."""

import logging
import re

from django.conf import settings
from graphql import GraphQLError

from cms.observability.request_id import current_request_id

logger = logging.getLogger("cms.api")

INTERNAL_ERROR = "Internal server error."
_SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?")


def formatted_error(error) -> dict:
    if isinstance(error, GraphQLError):
        original = error.original_error
        if original is not None and not isinstance(original, GraphQLError):
            logger.error("GraphQL resolver failed", exc_info=original)
            error = GraphQLError(INTERNAL_ERROR, error.nodes, path=error.path)
        result = error.formatted
    else:
        logger.error("GraphQL request failed", exc_info=error)
        result = {"message": INTERNAL_ERROR}
    if not settings.GRAPHQL_SUGGESTIONS:
        result["message"] = _SUGGESTION.sub("", result["message"])
    result["extensions"] = {**(result.get("extensions") or {}), "requestId": current_request_id()}
    return result


def message_error(message: str, code: str | None = None) -> dict:
    return formatted_error(GraphQLError(message, extensions={"code": code} if code else None))
