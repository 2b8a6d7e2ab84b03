"""Generic page access: one page by id, slug or URL path; page lists; full-text search."""

import graphene
from django.contrib.contenttypes.models import ContentType
from graphql import GraphQLError
from grapple.types.interfaces import get_page_interface
from grapple.types.structures import QuerySetList
from grapple.utils import resolve_queryset
from wagtail.models import Page

from ..listing import prepare_listing
from ..middleware import gate_for
from ..ordering import PAGE_ORDER_FIELDS
from ..page_search import ranked_page_ids
from ..preview import previewed_page
from ..relations import asks_only_base_fields, load_relations, with_relations
from .arguments import site_argument

MAX_SEARCH_RESULTS = 50


def content_type_filter(content_type: str) -> list[int]:
    """ContentType ids of page types named "app.Model[,app.Model]"; an unknown name or one
    that is no page type is an error, not an empty result, so a typo shows up at once."""
    ids = []
    for name in (part.strip() for part in content_type.split(",")):
        app_label, _, model = name.lower().partition(".")
        try:
            found = ContentType.objects.get_by_natural_key(app_label, model)
        except ContentType.DoesNotExist:
            found = None
        model_class = found.model_class() if found else None
        if model_class is None or not issubclass(model_class, Page):
            raise GraphQLError(
                f"Unknown page type '{name}'; use 'app.Model', e.g. 'content_models.StrategyPage'."
            )
        ids.append(found.pk)
    return ids


def region_url_paths(gate, url_path: str) -> list[str]:
    """The tree paths of a path given relative to the region's home page, in the tree of each
    language the query may answer in."""
    relative = url_path.strip().strip("/")
    return [root.url_path + (relative + "/" if relative else "") for root in gate.language_roots]


class PageQueries:
    page = graphene.Field(
        get_page_interface,
        id=graphene.ID(),
        slug=graphene.String(),
        url_path=graphene.String(
            description="Path relative to the region's home page, e.g. `/strategie/`."
        ),
        content_type=graphene.String(),
        token=graphene.String(
            description="Preview token from the region's preview URL: answers the previewed "
            "draft of that one page; such answers are never cached."
        ),
        site=site_argument(),
        description="One published page of the region, by id, slug or URL path; or a "
        "page's preview state by `token`.",
    )
    pages = QuerySetList(
        graphene.NonNull(get_page_interface),
        content_type=graphene.String(description="`app.Model`, comma-separated for several."),
        site=site_argument(),
        enable_in_menu=True,
        required=True,
        description="Published pages of the region.",
    )
    search = graphene.List(
        graphene.NonNull(get_page_interface),
        query=graphene.String(required=True),
        site=site_argument(),
        limit=graphene.Int(description=f"At most {MAX_SEARCH_RESULTS}."),
        required=True,
        description="Full-text search over the region's published pages.",
    )

    def resolve_page(
        self, info, id=None, slug=None, url_path=None, content_type=None, token=None, **_
    ):
        if token is not None:
            return previewed_page(info, token, id=id, slug=slug, url_path=url_path)
        gate = gate_for(info)
        # Found in German or in the language asked for; answered in that language where the
        # page is translated.
        pages = gate.pages_in_reach(Page.objects.all())
        if content_type:
            pages = pages.filter(content_type_id__in=content_type_filter(content_type))
        if id is not None:
            pages = pages.filter(pk=id)
        elif slug:
            pages = pages.filter(slug=slug)
        elif url_path is not None:
            pages = pages.filter(url_path__in=region_url_paths(gate, url_path))
        else:
            raise GraphQLError("Pass one of `id`, `slug` or `urlPath`.")
        page = gate.translated(pages).order_by("language_preference", "path").first()
        if page is None:
            return None
        # As its own type, with the relations the query asks for joined or prefetched.
        model = page.specific_class or type(page)
        specific = model._default_manager.filter(pk=page.pk)
        return with_relations(specific, info).first()

    def resolve_pages(self, info, content_type=None, order=None, search_query=None, **kwargs):
        pages = gate_for(info).pages(Page.objects.all())
        if content_type:
            pages = pages.filter(content_type_id__in=content_type_filter(content_type))
        pages, order = prepare_listing(
            pages, order, PAGE_ORDER_FIELDS, default=["path"], search_query=search_query
        )
        kwargs.pop("site", None)
        kwargs.pop("locale", None)
        # Only base fields asked for: each page as its own type, one query for all types.
        pages = pages.specific(defer=asks_only_base_fields(info))
        found = resolve_queryset(pages, info, order=order, search_query=search_query, **kwargs)
        return load_relations(found, info)

    def resolve_search(self, info, query, limit=None, **_):
        query = query.strip()
        if not query:
            raise GraphQLError("The search `query` is empty.")
        limit = max(1, min(limit or 20, MAX_SEARCH_RESULTS))
        ranked_ids = ranked_page_ids(gate_for(info).pages(Page.objects.all()), query, limit)
        by_id = {page.pk: page for page in Page.objects.filter(pk__in=ranked_ids).specific()}
        return load_relations((by_id[pk] for pk in ranked_ids if pk in by_id), info)
