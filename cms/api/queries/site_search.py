"""`siteSearch`: one search over every page type and the directory snippets of a region."""

import graphene
from graphql import GraphQLError
from grapple.types.interfaces import get_page_interface, get_snippet_interface
from wagtail.models import Page

from content_models.models import Theme

from ..enums import enum_value
from ..filters import naming, visible_by_slug
from ..middleware import gate_for
from ..page_urls import relative_url_path
from ..relations import load_relations
from ..site_search import search, searchable_models
from .arguments import site_argument
from .pagination import page_arguments, page_window, paginated, paginated_type

SEARCH_TYPES = {model.__name__: model for model in searchable_models()}
# Where the pages of the hits sit in the query, for loading their relations per list.
PAGE_PATH = ("items", "page")


def _type_name(model_name: str) -> str:
    return "".join(f"_{c}" if c.isupper() else c for c in model_name).lstrip("_").upper()


SearchType = graphene.Enum(
    "SearchType",
    [(_type_name(name), name) for name in SEARCH_TYPES],
    description=lambda value: (
        "Inhaltsart. What kinds of content a search covers."
        if value is None
        else f"„{SEARCH_TYPES[value.value]._meta.verbose_name}“ (`{value.value}`)."
    ),
)


class SearchHit(graphene.ObjectType):
    """Suchtreffer. One hit of a search across all content: a page or a directory entry."""

    title = graphene.String(required=True, description="Titel. The page's title or the name.")
    excerpt = graphene.String(
        required=True,
        description="Auszug. A passage with the search terms marked by <mark>, as HTML.",
    )
    type = graphene.String(required=True, description="Art. The model, e.g. 'StrategyPage'.")
    score = graphene.Float(required=True, description="Relevanz. The rank; higher is better.")
    url_path = graphene.String(
        description="Pfad. For a page: its path relative to the region's home page."
    )
    page = graphene.Field(get_page_interface, description="Seite. The page, if the hit is one.")
    snippet = graphene.Field(
        get_snippet_interface, description="Eintrag. The directory entry, if the hit is one."
    )


def _candidates(gate, models, theme):
    """Each model's gated queryset; with a theme, only the models filed under themes."""
    found = {}
    for model in models:
        if issubclass(model, Page):
            queryset = gate.pages(model.objects.all())
        else:
            queryset = gate.snippets(model.objects.all())
        if theme is not None:
            if not any(field.name == "themes" for field in model._meta.get_fields()):
                continue
            queryset = queryset.filter(**naming("themes", theme))
        found[model] = queryset
    return found


class SiteSearchQueries:
    site_search = graphene.Field(
        graphene.NonNull(paginated_type(SearchHit, "SearchHit")),
        query=graphene.String(required=True, description="Suchbegriffe. The search terms."),
        types=graphene.List(
            graphene.NonNull(SearchType), description="Nur diese Arten. Only these kinds."
        ),
        theme=graphene.String(
            description="Slug eines Themenfelds. Only content filed under this theme."
        ),
        site=site_argument(),
        **page_arguments(),
        description="Suche über alles. Ranked full-text search over every page type and the "
        "contacts, organisations and municipalities of the region, with highlighted excerpts.",
    )

    def resolve_site_search(
        self, info, query, types=None, theme=None, page=None, per_page=None, **_
    ):
        query = query.strip()
        if not query:
            raise GraphQLError("The search `query` is empty.")
        gate = gate_for(info)
        models = [SEARCH_TYPES[enum_value(t)] for t in types] if types else SEARCH_TYPES.values()
        theme_obj = visible_by_slug(gate, Theme, theme, "theme") if theme else None
        page, per_page = page_window(page, per_page)
        start = (page - 1) * per_page
        total, hits = search(_candidates(gate, models, theme_obj), query, start, start + per_page)
        load_relations([hit.obj for hit in hits if isinstance(hit.obj, Page)], info, PAGE_PATH)
        items = [_hit(gate, hit) for hit in hits]
        return paginated(items, total, page, per_page)


def _hit(gate, hit) -> SearchHit:
    obj = hit.obj
    is_page = isinstance(obj, Page)
    return SearchHit(
        title=obj.title if is_page else str(getattr(obj, "name", obj)),
        excerpt=hit.excerpt or "",
        type=type(obj).__name__,
        score=float(hit.score or 0),
        url_path=relative_url_path(gate, obj) if is_page else None,
        page=obj if is_page else None,
        snippet=None if is_page else obj,
    )
