"""The page interface of the API: grapple's, with every relation put through the gate and
`urlPath` given relative to the region's home page (what a region's frontend routes by)."""

from grapple.types.interfaces import PageInterface
from grapple.utils import resolve_queryset

from .listing import prepare_listing
from .middleware import gate_for
from .ordering import PAGE_ORDER_FIELDS
from .relations import load_relations


def _gated_list(queryset, info, order=None, search_query=None, **kwargs):
    pages, order = prepare_listing(
        gate_for(info).pages(queryset), order, PAGE_ORDER_FIELDS, search_query=search_query
    )
    found = resolve_queryset(
        pages.specific(), info, order=order, search_query=search_query, **kwargs
    )
    return load_relations(found, info)


class GatedPageInterface(PageInterface):
    class Meta:
        name = "PageInterface"

    def resolve_url_path(self, info, **kwargs):
        root_path = gate_for(info).root.url_path
        if self.url_path.startswith(root_path):
            return "/" + self.url_path[len(root_path) :]
        return self.url_path

    def resolve_parent(self, info, **kwargs):
        return gate_for(info).parent_of(self)

    def resolve_children(self, info, **kwargs):
        return _gated_list(self.get_children(), info, **kwargs)

    def resolve_siblings(self, info, **kwargs):
        return _gated_list(self.get_siblings().exclude(pk=self.pk), info, **kwargs)

    def resolve_next_siblings(self, info, **kwargs):
        return _gated_list(self.get_next_siblings(), info, **kwargs)

    def resolve_previous_siblings(self, info, **kwargs):
        return _gated_list(self.get_prev_siblings(), info, **kwargs)

    def resolve_descendants(self, info, **kwargs):
        return _gated_list(self.get_descendants(), info, **kwargs)

    def resolve_ancestors(self, info, **kwargs):
        return _gated_list(self.get_ancestors(), info, **kwargs)
