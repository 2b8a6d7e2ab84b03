"""Paginated list fields: `items` plus `pagination`, with grapple's types for both.

grapple's own `PaginatedQuerySet` names its type with `name.lstrip("Stub")`, which strips
characters rather than a prefix ("StrategyPage" becomes "rategyPagePaginatedType"); this
builds the same shape under the model's real name. grapple's paginator also answers a page
beyond the last with the last page; `paginate` answers it with no items and the real totals."""

from math import ceil

import graphene
from django.conf import settings
from grapple.types.structures import BasePaginatedType, PaginationType, PositiveInt

_PAGINATED_TYPES = {}


def paginated_type(of_type, type_name: str):
    """The paginated type of `type_name`'s items: one per name, shared by every list of them."""
    if type_name not in _PAGINATED_TYPES:
        _PAGINATED_TYPES[type_name] = type(
            f"{type_name}PaginatedType",
            (BasePaginatedType,),
            {
                "items": graphene.List(graphene.NonNull(of_type), required=True),
                "pagination": graphene.Field(PaginationType, required=True),
            },
        )
    return _PAGINATED_TYPES[type_name]


def page_arguments():
    return {
        "page": PositiveInt(description="Page of results, from 1."),
        "per_page": PositiveInt(
            description=f"Items per page, at most {settings.GRAPPLE['MAX_PAGE_SIZE']}."
        ),
    }


def paginated_field(of_type, type_name: str, search=True, order=True, **arguments):
    """A root or nested list field: `items` and `pagination`, with the paging arguments."""
    extra = {}
    if order:
        extra["order"] = graphene.String(
            description="Comma-separated fields; prefix '-' for descending."
        )
    if search:
        extra["search_query"] = graphene.String(description="Full-text search within the list.")
    return graphene.Field(
        graphene.NonNull(paginated_type(of_type, type_name)),
        **page_arguments(),
        **extra,
        **arguments,
    )


def page_window(page=None, per_page=None) -> tuple[int, int]:
    """The page asked for (from 1) and its size, capped at the maximum."""
    per_page = min(per_page or settings.GRAPPLE["PAGE_SIZE"], settings.GRAPPLE["MAX_PAGE_SIZE"])
    return page or 1, per_page


def paginated(window, total, page, per_page) -> BasePaginatedType:
    """The items of one page with the totals of the whole list."""
    total_pages = max(1, ceil(total / per_page))
    return BasePaginatedType(
        items=window,
        pagination=PaginationType(
            total=total,
            count=len(window),
            per_page=per_page,
            current_page=page,
            prev_page=min(page - 1, total_pages) if page > 1 else None,
            next_page=page + 1 if page < total_pages else None,
            total_pages=total_pages,
        ),
    )


def paginate(items, page=None, per_page=None) -> BasePaginatedType:
    """One page of a queryset (or of search results): its items and the totals of the whole."""
    page, per_page = page_window(page, per_page)
    total = items.count()
    start = (page - 1) * per_page
    window = list(items[start : start + per_page]) if start < total else []
    return paginated(window, total, page, per_page)
