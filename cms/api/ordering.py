"""The `order` argument, checked against an allowlist: a client may sort by the fields listed
here and nothing else (stock grapple passes the argument straight into `order_by()`)."""

from django.db.models import F, OrderBy
from graphql import GraphQLError

PAGE_ORDER_FIELDS = ("title", "first_published_at", "last_published_at", "path")


def validated_order(order: str | None, allowed: tuple[str, ...]) -> list[str] | None:
    """Turn "-date, title" into ["-date", "title"], refusing any field not in `allowed`."""
    if order is None:
        return None
    terms = [term.strip() for term in order.split(",") if term.strip()]
    if not terms:
        raise GraphQLError("The `order` argument is empty.")
    for term in terms:
        if term.lstrip("-") not in allowed:
            choices = ", ".join(allowed)
            raise GraphQLError(
                f"Cannot order by '{term}'. Allowed fields (prefix '-' for descending): {choices}."
            )
    return terms


def nulls_last(terms) -> list[OrderBy]:
    """The order terms with empty values last in either direction, so that SQLite and
    PostgreSQL (which disagree on where NULL sorts) give the same order."""
    return [
        F(term[1:]).desc(nulls_last=True) if term.startswith("-") else F(term).asc(nulls_last=True)
        for term in terms
    ]
