"""One id per request, so a client's error report, the response and every log line of that
request can be matched up.

The id is taken from the incoming `X-Request-ID` header when it is well formed (a proxy or load
balancer may have set it already), else generated. It is kept on `request.request_id` and in a
context variable, so that code without the request (log filters, GraphQL error formatting) can
reach it."""

import contextvars
import logging
import re
import uuid

from django.core.signals import request_finished

HEADER = "X-Request-ID"
# Ids from outside are echoed in headers and logs: only a short, harmless alphabet is accepted.
_WELL_FORMED = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$")

_current = contextvars.ContextVar("request_id", default=None)


def current_request_id() -> str | None:
    """The id of the request being handled on this thread or task, if any."""
    return _current.get()


def request_id_from(header_value: str | None) -> str:
    if header_value and _WELL_FORMED.match(header_value):
        return header_value
    return uuid.uuid4().hex


class RequestIdMiddleware:
    """Outermost middleware. The id stays set until the response is closed, because Django logs
    4xx and 5xx answers ("Not Found: ...") after the middleware chain has returned."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_from(request.headers.get(HEADER))
        _current.set(request.request_id)
        response = self.get_response(request)
        response[HEADER] = request.request_id
        return response


def _forget_request_id(**kwargs):
    _current.set(None)


request_finished.connect(_forget_request_id, dispatch_uid="forget_request_id")


class RequestIdLogFilter(logging.Filter):
    """Adds `request_id` to every log record ("-" outside a request)."""

    def filter(self, record):
        record.request_id = _current.get() or "-"
        return True
