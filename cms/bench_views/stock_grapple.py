"""Stock grapple: its own root fields (`pages`, ...) over our types, without our view, gate
middleware, relation loading or limits: what the API would cost with grapple as it comes.

grapple's schema module disables graphql-core's NoUnusedFragments rule process-wide as it is
imported; the rule is put back, so the API's validation is the same with or without this view."""

from graphene_django.views import GraphQLView
from graphql.validation import NoUnusedFragmentsRule

_view = None


def _stock_schema():
    leave_document = NoUnusedFragmentsRule.leave_document
    try:
        from grapple.schema import create_schema
    finally:
        NoUnusedFragmentsRule.leave_document = leave_document
    return create_schema()


def stock_grapple(request, *args, **kwargs):
    global _view
    if _view is None:
        _view = GraphQLView.as_view(schema=_stock_schema())
    return _view(request, *args, **kwargs)
