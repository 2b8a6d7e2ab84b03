"""Errors that escape the views. On the API's paths the client gets JSON naming the request id,
never Django's HTML page; the traceback goes to the log (Django logs every 500 with it).

A database that cannot be reached is not a bug: the answer is 503 with `Retry-After`, so load
balancers and clients back off, and the process recovers by itself once the database is back
(Django opens a new connection on the next request)."""

import logging
import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import JsonResponse
from django.views import defaults

from .request_id import current_request_id

logger = logging.getLogger("cms.errors")

JSON_PATHS = ("/graphql", "/healthz", "/readyz")
RETRY_AFTER_SECONDS = 5
UNAVAILABLE = (OperationalError, InterfaceError)


def wants_json(request) -> bool:
    return request.path.startswith(JSON_PATHS)


def json_error(status: int, message: str, **headers) -> JsonResponse:
    body = {"errors": [{"message": message, "extensions": {"requestId": current_request_id()}}]}
    response = JsonResponse(body, status=status)
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def database_unavailable() -> JsonResponse:
    return json_error(
        503, "The database is unavailable; try again shortly.", Retry_After=RETRY_AFTER_SECONDS
    )


def server_error(request, *args, **kwargs):
    """handler500: called by Django for any exception no view or middleware handled."""
    _, exception, _ = sys.exc_info()
    if isinstance(exception, UNAVAILABLE):
        return database_unavailable()
    if wants_json(request):
        return json_error(500, "Internal server error.")
    return defaults.server_error(request, *args, **kwargs)


def _unreachable(connection) -> bool:
    """Whether the database behind `connection` is out of reach, rather than one statement
    having failed. A plain failure (IntegrityError, DataError, a bad statement) inside a
    transaction leaves PostgreSQL's transaction aborted, so `is_usable()` fails although the
    server answers: psycopg's own flag tells a lost connection from that."""
    raw = connection.connection
    if raw is None:
        return True  # the connection could not be opened
    if hasattr(raw, "broken"):  # psycopg 3
        return raw.broken or raw.closed
    return not connection.is_usable()


def _connection_lost() -> bool:
    """A database error happened during this request and the database no longer answers.

    GraphQL resolvers catch exceptions and turn them into `errors` of a 200 answer; this is
    how such an answer is recognised as an outage rather than as a client's mistake or a bug."""
    return any(
        connection.errors_occurred and _unreachable(connection)
        for connection in connections.all(initialized_only=True)
    )


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # A connection Django closed after an earlier request's error keeps its error flag
        # until it reconnects: that error is not this request's.
        for connection in connections.all(initialized_only=True):
            if connection.connection is None:
                connection.errors_occurred = False
        response = self.get_response(request)
        if response.status_code < 500 and _connection_lost():
            logger.warning("Database connection lost during %s %s", request.method, request.path)
            return database_unavailable()
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, UNAVAILABLE) or (
            isinstance(exception, DatabaseError) and _connection_lost()
        ):
            logger.warning("Database unavailable: %s", exception)
            return database_unavailable()
        return None
