"""Paginated list fields: `items` plus `pagination`, with grapple's types for both.

grapple's own `PaginatedQuerySet` names its type with `name.lstrip("Stub")`, which strips
characters rather than a prefix ("StrategyPage" becomes "rategyPagePaginatedType"); this
builds the same shape under the model's real name."""

import graphene
from grapple.types.structures import BasePaginatedType, PaginationType, PositiveInt


def paginated_field(of_type, type_name: str, **arguments):
    paginated_type = type(
        f"{type_name}PaginatedType",
        (BasePaginatedType,),
        {
            "items": graphene.List(graphene.NonNull(of_type), required=True),
            "pagination": graphene.Field(PaginationType, required=True),
        },
    )
    return graphene.Field(
        graphene.NonNull(paginated_type),
        page=PositiveInt(description="Page of results, from 1."),
        per_page=PositiveInt(description="Items per page, at most 100."),
        order=graphene.String(description="Comma-separated fields; prefix '-' for descending."),
        search_query=graphene.String(description="Full-text search within the list."),
        **arguments,
    )
