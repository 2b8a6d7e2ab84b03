"""Search and order over a queryset the gate has already narrowed: one sequence for every
list of the API."""

from django.db.models import QuerySet

from .ordering import validated_order


def searchable(queryset: QuerySet) -> QuerySet:
    """Wagtail's search backends accept filters on indexed fields only, and the gate filters on
    several that are not (expiry, view restrictions, the region's subtree). So the gate narrows
    in the database first, and the search runs over those primary keys alone."""
    return queryset.model._default_manager.filter(
        pk__in=list(queryset.values_list("pk", flat=True))
    )


def prepare_listing(queryset, order, allowed, default=(), search_query=None):
    """Returns the queryset and the `order` to hand to grapple's resolvers: when searching they
    apply the order themselves (and rank by relevance without one)."""
    terms = validated_order(order, allowed)
    if search_query:
        return searchable(queryset), ",".join(terms) if terms else None
    return queryset.order_by(*(terms or default)), None
