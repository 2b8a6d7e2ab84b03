"""Search and order over a queryset the gate has already narrowed: one sequence for every
list of the API."""

from django.db.models import QuerySet

from .ordering import nulls_last, validated_order


def searchable(queryset: QuerySet) -> QuerySet:
    """Wagtail's search backends accept filters on indexed fields only, and the gate filters on
    several that are not (expiry, view restrictions, the region's subtree). So the search runs
    over the primary keys the gate lets through, given as a subquery (`id` is an indexed filter
    field): the database backends put it inside the one search statement, so no list of ids is
    loaded first and other regions' pages cost nothing. Keeps the relations the queryset was
    set to load."""
    found = queryset.model._default_manager.filter(pk__in=queryset.order_by().values("pk"))
    found.query.select_related = queryset.query.select_related
    return found.prefetch_related(*queryset._prefetch_related_lookups)


def prepare_listing(queryset, order, allowed, default=(), search_query=None):
    """Returns the queryset and the `order` to hand to grapple's resolvers: when searching they
    apply the order themselves (and rank by relevance without one)."""
    terms = validated_order(order, allowed)
    if search_query:
        return searchable(queryset), ",".join(terms) if terms else None
    return _ordered(queryset, terms or default), None


def _ordered(queryset, terms):
    # No terms keep the queryset's own order (e.g. the tree order of `children`); an empty
    # order_by() would drop it.
    return queryset.order_by(*nulls_last(terms)) if terms else queryset


def ordered_or_searched(queryset, order, allowed, default=(), search_query=None):
    """The queryset in the asked (or default) order; with a search query, the search results,
    ranked by relevance unless an order is asked for. Either can be counted and sliced."""
    terms = validated_order(order, allowed)
    if not search_query:
        return _ordered(queryset, terms or default)
    found = searchable(queryset)
    if terms:
        found = found.order_by(*terms)
    return found.search(search_query, operator="and", order_by_relevance=not terms)
