"""Full-text search over what the gate lets through.

Wagtail's search backends accept only filters on indexed fields, and the gate filters on
several that are not (expiry, view restrictions, the region's subtree). So the gate narrows
the queryset in the database first, and the search runs over those primary keys alone."""

from django.db.models import QuerySet


def searchable(queryset: QuerySet) -> QuerySet:
    return queryset.model._default_manager.filter(
        pk__in=list(queryset.values_list("pk", flat=True))
    )
