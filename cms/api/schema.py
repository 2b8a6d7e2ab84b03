"""The GraphQL schema, assembled in one place.

Only the root fields below exist: each runs through the visibility gate. Stock grapple's own
root fields (which leak drafts and private content through `search` and `snippets`) are not
part of this schema; its types are."""

import graphene
from grapple.registry import registry
from grapple.types.pages import Page as BasePageType

from .field_allowlist import restrict_schema_fields
from .queries.directory import DirectoryQueries
from .queries.media import MediaQueries
from .queries.pages import PageQueries
from .queries.region import RegionQueries
from .queries.sections import SectionQueries


class Query(
    RegionQueries,
    PageQueries,
    SectionQueries,
    DirectoryQueries,
    MediaQueries,
    graphene.ObjectType,
):
    pass


restrict_schema_fields()
schema = graphene.Schema(
    query=Query, types=[*registry.models.values(), BasePageType], auto_camelcase=True
)
