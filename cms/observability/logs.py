"""Log configuration: one JSON object per line on stdout in production (what log collectors
read), readable text in development. Every line carries the request's id, method and path."""

import contextvars
import logging
import threading
import time

from django.core.signals import request_finished
from pythonjsonlogger.core import RESERVED_ATTRS

from .request_id import RequestIdLogFilter

_request_line = contextvars.ContextVar("request_line", default=None)

# The keys of every JSON line, in this order; python-json-logger renames the record's own.
# `time` is added by the formatter (ISO 8601, UTC).
JSON_FIELDS = "%(levelname)s %(name)s %(request_id)s %(method)s %(path)s %(message)s"
JSON_RENAMES = {"levelname": "level", "name": "logger"}


def remember_request_line(method: str | None, path: str | None):
    _request_line.set((method, path) if method else None)


class RequestLogFilter(RequestIdLogFilter):
    """The request id (from RequestIdLogFilter), plus method and path of the request being
    handled, on every record; access-log records bring their own status and duration."""

    def filter(self, record):
        super().filter(record)
        method, path = _request_line.get() or (None, None)
        if not hasattr(record, "method"):
            record.method = method
        if not hasattr(record, "path"):
            record.path = path
        return True


def logging_config(json_lines: bool, level: str = "INFO") -> dict:
    if json_lines:
        formatter = {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": JSON_FIELDS,
            "rename_fields": JSON_RENAMES,
            "timestamp": "time",
            # Django's 5xx records carry the request object: its repr says nothing more.
            "reserved_attrs": [*RESERVED_ATTRS, "request"],
        }
    else:
        formatter = {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request": {"()": RequestLogFilter},
            "once_a_minute": {"()": OncePerIntervalFilter, "seconds": 60},
        },
        "formatters": {"default": formatter},
        "handlers": {
            "stdout": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
                "filters": ["request"],
                "formatter": "default",
            }
        },
        "root": {"handlers": ["stdout"], "level": level},
        "loggers": {
            # Django's own handlers would print 5xx twice (and mail admins): ours only.
            "django": {"handlers": ["stdout"], "level": level, "propagate": False},
            # Each request is one access line already.
            "django.server": {"handlers": [], "propagate": False},
            # django-redis reports each cache call it could not make (IGNORE_EXCEPTIONS).
            "cms.cache": {"filters": ["once_a_minute"], "level": "WARNING"},
        },
    }


def _forget_request_line(**kwargs):
    _request_line.set(None)


request_finished.connect(_forget_request_line, dispatch_uid="forget_request_line")


class OncePerIntervalFilter(logging.Filter):
    """Lets one record per logger through every `seconds`: an outage of a dependency that every
    request touches (Redis) is reported, not repeated once per request."""

    def __init__(self, seconds: float = 60.0):
        super().__init__()
        self.seconds = seconds
        self._last = float("-inf")
        self._lock = threading.Lock()

    def filter(self, record):
        now = time.monotonic()
        with self._lock:
            if now - self._last < self.seconds:
                return False
            self._last = now
        return True
