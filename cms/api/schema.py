"""The GraphQL schema, assembled in one place.

Only the root fields below exist: each runs through the visibility gate, as does every field
that may return a page, image, document or snippet (field_guards.py). Stock grapple's own
root fields (which leak drafts and private content through `search` and `snippets`) are not
part of this schema; its types are."""

import graphene
from grapple.registry import registry
from grapple.types.pages import Page as BasePageType

from .backlinks import add_backlinks
from .descriptions import describe_schema
from .field_allowlist import restrict_schema_fields
from .field_guards import guard_fields
from .json_ld import add_json_ld_fields
from .languages import add_locale_arguments, add_locale_fields
from .plain_fields import resolve_plain_fields
from .queries.directory import DirectoryQueries
from .queries.media import MediaQueries
from .queries.navigation import NavigationQueries
from .queries.pages import PageQueries
from .queries.region import RegionQueries
from .queries.sections import SectionQueries
from .queries.seo import SeoQueries
from .queries.site_search import SiteSearchQueries


class Query(
    RegionQueries,
    NavigationQueries,
    SeoQueries,
    SiteSearchQueries,
    PageQueries,
    SectionQueries,
    DirectoryQueries,
    MediaQueries,
    graphene.ObjectType,
):
    pass


restrict_schema_fields()
add_backlinks()
add_json_ld_fields()
add_locale_fields()
add_locale_arguments(Query)
schema = graphene.Schema(
    query=Query, types=[*registry.models.values(), BasePageType], auto_camelcase=True
)
describe_schema(schema.graphql_schema)
resolve_plain_fields(schema.graphql_schema)
guard_fields(schema.graphql_schema)
