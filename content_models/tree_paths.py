"""Filters on tree paths (pages and collections are materialised-path trees)."""

from django.db.models import Q


def at_or_below(paths) -> Q:
    """Rows at one of `paths` or below it; no row when `paths` is empty."""
    below = Q(pk__in=[])
    for path in paths:
        below |= Q(path__startswith=path)
    return below
