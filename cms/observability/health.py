"""Health checks for load balancers: cheap, JSON, no cookies, no host check.

`/healthz`: the process answers (touches nothing else). `/readyz`: the database answers and
has every migration applied, and Redis answers when it is configured; else 503."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse

logger = logging.getLogger("cms.health")

PATHS = {"/healthz", "/healthz/", "/readyz", "/readyz/"}


_migrated = False  # once true it stays true: new migrations come with new code, a restart


def _database_ready() -> str:
    global _migrated
    connection = connections[DEFAULT_DB_ALIAS]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        if not _migrated:
            executor = MigrationExecutor(connection)
            _migrated = not executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as error:
        logger.warning("Readiness: database unavailable: %s", error)
        return "unavailable"
    return "ok" if _migrated else "unmigrated"


def _cache_ready() -> str:
    if not settings.REDIS_URL:
        return "not configured"
    try:
        cache.client.get_client().ping()
    except Exception as error:  # any failure to reach Redis means "not ready"
        logger.warning("Readiness: Redis unavailable: %s", error)
        return "unavailable"
    return "ok"


def readiness() -> tuple[int, dict]:
    checks = {"database": _database_ready(), "cache": _cache_ready()}
    ready = all(state in ("ok", "not configured") for state in checks.values())
    return (200 if ready else 503), {"status": "ok" if ready else "unavailable", **checks}


class HealthCheckMiddleware:
    """Outermost but for the request id: answers before host validation, sessions and
    redirects, so a load balancer may call it by IP every second."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path not in PATHS:
            return self.get_response(request)
        if request.path.startswith("/healthz"):
            status, body = 200, {"status": "ok"}
        else:
            status, body = readiness()
        response = JsonResponse(body, status=status)
        response["Cache-Control"] = "no-store"
        return response
