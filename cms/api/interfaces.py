"""The page interface of the API: grapple's, with every relation put through the gate and
`urlPath` given relative to the region's home page (what a region's frontend routes by)."""

import graphene
from grapple.types.interfaces import PageInterface
from grapple.utils import resolve_queryset

from .json_ld import page_json_ld
from .languages import locale_field
from .listing import prepare_listing
from .middleware import gate_for
from .ordering import PAGE_ORDER_FIELDS
from .page_meta import Breadcrumb, Seo, breadcrumbs_of, seo_of
from .page_urls import relative_url_path
from .relations import asks_only_base_fields, load_relations


def _tree_of(page, info):
    return gate_for(info).original_of(page)


def _gated_list(queryset, info, order=None, search_query=None, **kwargs):
    pages, order = prepare_listing(
        gate_for(info).in_language(queryset), order, PAGE_ORDER_FIELDS, search_query=search_query
    )
    # Only base fields asked for: each page as its own type, one query for all types.
    pages = pages.specific(defer=asks_only_base_fields(info))
    found = resolve_queryset(pages, info, order=order, search_query=search_query, **kwargs)
    return load_relations(found, info)


class GatedPageInterface(PageInterface):
    class Meta:
        name = "PageInterface"

    seo = graphene.Field(
        graphene.NonNull(Seo),
        description="SEO der Seite. SEO title, description, social image, canonical URL and "
        "the noindex switch.",
    )
    breadcrumbs = graphene.List(
        graphene.NonNull(Breadcrumb),
        required=True,
        description="Brotkrumen. The path from the region's home page to this page, inclusive.",
    )

    locale = locale_field()

    json_ld = graphene.JSONString(
        required=True,
        description="schema.org-Daten. The page as schema.org JSON-LD (GovernmentOrganization, "
        "Event, NewsArticle, Article or WebPage) with its BreadcrumbList, ready to embed.",
    )

    def resolve_json_ld(self, info, **kwargs):
        language = gate_for(info).language_of(self)
        return page_json_ld(self, info.context, breadcrumbs_of(self, info), language)

    def resolve_seo(self, info, **kwargs):
        return seo_of(self, info.context)

    def resolve_breadcrumbs(self, info, **kwargs):
        return breadcrumbs_of(self, info)

    def resolve_url_path(self, info, **kwargs):
        return relative_url_path(gate_for(info), self)

    def resolve_parent(self, info, **kwargs):
        return gate_for(info).parent_of(self)

    # Tree relations are those of the German tree (the complete one), each page in the
    # requested language: an English page lists its untranslated children in German too.
    def resolve_children(self, info, **kwargs):
        return _gated_list(_tree_of(self, info).get_children(), info, **kwargs)

    def resolve_siblings(self, info, **kwargs):
        page = _tree_of(self, info)
        return _gated_list(page.get_siblings().exclude(pk=page.pk), info, **kwargs)

    def resolve_next_siblings(self, info, **kwargs):
        return _gated_list(_tree_of(self, info).get_next_siblings(), info, **kwargs)

    def resolve_previous_siblings(self, info, **kwargs):
        return _gated_list(_tree_of(self, info).get_prev_siblings(), info, **kwargs)

    def resolve_descendants(self, info, **kwargs):
        return _gated_list(_tree_of(self, info).get_descendants(), info, **kwargs)

    def resolve_ancestors(self, info, **kwargs):
        return _gated_list(_tree_of(self, info).get_ancestors(), info, **kwargs)
