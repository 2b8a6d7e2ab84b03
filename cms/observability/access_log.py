"""One access-log line per request: method, path, status and duration, with the request id."""

import logging
import time

from .logs import remember_request_line

logger = logging.getLogger("cms.access")


class AccessLogMiddleware:
    """Right inside RequestIdMiddleware, so every other line of the request knows its id,
    method and path, and the status logged is the one the client gets."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        remember_request_line(request.method, request.path)
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={"status": response.status_code, "duration_ms": duration_ms},
        )
        return response
