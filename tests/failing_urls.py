"""A URL configuration for the error tests: the real one, plus an API path whose view fails the
way a bug outside GraphQL would, one whose statement fails in the database (the database still
answers), and one that loses the database."""

from django.db import OperationalError, connection
from django.urls import path

from cms.urls import handler500  # noqa: F401
from cms.urls import urlpatterns as cms_urlpatterns


def failing_view(request):
    raise RuntimeError("a bug outside any resolver")


def failing_statement_view(request):
    # Inside a transaction (the test's, or any atomic block) PostgreSQL aborts it: the
    # connection answers no statement until the rollback, yet the database is there. A NOT
    # NULL violation is an IntegrityError on every backend (SQLite reports a missing table as
    # an OperationalError, which would rightly look like an outage).
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO django_content_type (app_label, model) VALUES ('x', NULL)")


def database_gone_view(request):
    raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


urlpatterns = [
    path("graphql/failing/", failing_view),
    path("graphql/failing-statement/", failing_statement_view),
    path("graphql/database-gone/", database_gone_view),
    path("admin-failing/", failing_view),
    *cms_urlpatterns,
]
