"""The visibility gate: the one check every page, image, document and snippet passes before it
leaves the API.

Visible means: live, public (no view restriction on it or an ancestor; no private collection or
descendant of one), not expired, and inside the requested region. Querysets are narrowed with
`pages()`, `media()` and `snippets()`; single objects and lists that other code resolved are checked with
`allows()`. Both read the same per-request facts, loaded once, so the gate's cost does not grow
with the number of objects it checks."""

from functools import cached_property

from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    DraftStateMixin,
    Page,
    PageViewRestriction,
    Site,
)


def published_and_public(pages: QuerySet, now=None) -> QuerySet:
    """Live, unexpired pages without a view restriction on them or an ancestor: the part of the
    gate that does not depend on the region (rich-text links use it alone)."""
    now = now or timezone.now()
    return (
        pages.live()
        .public()
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        .exclude(expired=True)
    )


def _collections_under(paths) -> frozenset[int]:
    """Ids of the collections at `paths` and of every collection below them."""
    if not paths:
        return frozenset()
    below = Q()
    for path in paths:
        below |= Q(path__startswith=path)
    return frozenset(Collection.objects.filter(below).values_list("id", flat=True))


def private_collection_paths() -> list[str]:
    return list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))


def other_regions_collection_paths(region_pk: int) -> list[str]:
    """The media collections of every region but this one. Media outside any region's
    collection is shared by all regions."""
    from content_models.models import RegionHomePage

    paths = (
        RegionHomePage.objects.exclude(pk=region_pk)
        .filter(media_collection__depth__gt=1)  # the root collection is everyone's
        .values_list("media_collection__path", flat=True)
    )
    return list(paths)


def private_collection_ids() -> frozenset[int]:
    """Collections with a view restriction, and every collection below one."""
    return _collections_under(private_collection_paths())


class VisibilityGate:
    def __init__(self, site: Site):
        self.site = site
        self.now = timezone.now()
        self._parents: dict[str, Page | None] = {}

    # ---- per-request facts ---------------------------------------------------------------
    @cached_property
    def root(self) -> Page:
        return self.site.root_page

    @cached_property
    def restricted_paths(self) -> tuple[str, ...]:
        return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))

    @cached_property
    def hidden_collection_ids(self) -> frozenset[int]:
        """Private collections, and the media collections of the other regions."""
        paths = private_collection_paths() + other_regions_collection_paths(self.root.pk)
        return _collections_under(paths)

    def parent_of(self, page: Page) -> Page | None:
        """The visible parent, loaded once per request for all pages that share it (the items
        of a list usually do)."""
        parent_path = page.path[: -Page.steplen]
        if parent_path not in self._parents:
            parent = Page.objects.filter(path=parent_path).specific().first()
            self._parents[parent_path] = parent if parent and self.allows_page(parent) else None
        return self._parents[parent_path]

    # ---- querysets -----------------------------------------------------------------------
    def pages(self, queryset: QuerySet) -> QuerySet:
        return published_and_public(queryset, self.now).descendant_of(self.root, inclusive=True)

    def media(self, queryset: QuerySet) -> QuerySet:
        """Images or documents outside private collections and other regions' collections."""
        return queryset.exclude(collection_id__in=self.hidden_collection_ids)

    def snippets(self, queryset: QuerySet) -> QuerySet:
        model = queryset.model
        if issubclass(model, DraftStateMixin):
            queryset = queryset.filter(live=True)
        if _is_region_scoped(model):
            queryset = queryset.filter(model.of_regions_or_shared([self.root.pk]))
        return queryset

    # ---- single objects ------------------------------------------------------------------
    def allows_page(self, page: Page) -> bool:
        return (
            page.live
            and not page.expired
            and (page.expire_at is None or page.expire_at > self.now)
            and page.path.startswith(self.root.path)
            and not any(page.path.startswith(path) for path in self.restricted_paths)
        )

    def allows_media(self, item) -> bool:
        return item.collection_id not in self.hidden_collection_ids

    def allows_snippet(self, obj) -> bool:
        if isinstance(obj, DraftStateMixin) and not obj.live:
            return False
        if _is_region_scoped(type(obj)):
            return obj.region_id is None or obj.region_id == self.root.pk
        return True

    def allows(self, obj) -> bool:
        """Whether `obj` may leave the API; objects the gate does not govern pass."""
        if isinstance(obj, Page):
            return self.allows_page(obj)
        if isinstance(obj, AbstractImage | AbstractDocument):
            return self.allows_media(obj)
        if governed(obj):
            return self.allows_snippet(obj)
        return True


def governed_model(model: type) -> bool:
    """Whether the gate has a say about objects of `model` at all."""
    return issubclass(model, Page | AbstractImage | AbstractDocument | DraftStateMixin) or (
        _is_region_scoped(model)
    )


def governed(obj) -> bool:
    return governed_model(type(obj))


def _is_region_scoped(model) -> bool:
    from content_models.models.snippets import RegionScoped

    return issubclass(model, RegionScoped)
