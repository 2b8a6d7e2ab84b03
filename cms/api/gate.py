"""The visibility gate: the one check every page, image, document and snippet passes before it
leaves the API.

Visible means: live, public (no view restriction on it or an ancestor; no private collection or
descendant of one), not expired, and inside the requested region. A region's pages live in one
tree per language (Wagtail keeps a translation under the translated home page, a sibling of the
German one), so the region is all of these trees; the gate checks a translation exactly as an
original. Lists are in the requested language: each page or snippet in its translation where a
visible one exists, else in German. Querysets are narrowed with
`pages()`, `media()` and `snippets()`; single objects and lists that other code resolved are checked with
`allows()`. Both read the same per-request facts, loaded once, so the gate's cost does not grow
with the number of objects it checks."""

from functools import cached_property

from django.conf import settings
from django.db.models import (
    Case,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.db.models.lookups import StartsWith
from django.utils import timezone
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    DraftStateMixin,
    Locale,
    Page,
    PageViewRestriction,
    Site,
    TranslatableMixin,
)

from content_models.tree_paths import at_or_below

from .site_facts import SiteFacts

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


def published_and_public(pages: QuerySet, now=None, restricted_paths=None) -> QuerySet:
    """Live, unexpired pages without a view restriction on them or an ancestor: the part of the
    gate that does not depend on the region. `restricted_paths`: the tree paths of the view
    restrictions, where the caller has loaded them already (else Wagtail loads them)."""
    now = now or timezone.now()
    pages = pages.live()
    if restricted_paths is None:
        pages = pages.public()
    else:
        for path in restricted_paths:
            pages = pages.exclude(path__startswith=path)
    return pages.filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now)).exclude(expired=True)


def _restricted_at_or_above() -> QuerySet:
    """The collection view restrictions on an outer collection or one of its ancestors."""
    return CollectionViewRestriction.objects.filter(
        StartsWith(OuterRef("path"), F("collection__path"))
    )


def _hidden_collections(root: Page) -> QuerySet:
    """Collections at or below a view-restricted one or another region's media collection."""
    from content_models.models import RegionHomePage

    restricted = _restricted_at_or_above()
    other_regions = (
        RegionHomePage.objects.exclude(translation_key=root.translation_key)
        .filter(media_collection__depth__gt=1)  # the root collection is everyone's
        .filter(StartsWith(OuterRef("path"), F("media_collection__path")))
    )
    return Collection.objects.annotate(private=Exists(restricted)).filter(
        Exists(restricted) | Exists(other_regions)
    )


def private_collection_ids() -> frozenset[int]:
    """Collections with a view restriction, and every collection below one."""
    private = Collection.objects.filter(Exists(_restricted_at_or_above()))
    return frozenset(private.values_list("id", flat=True))


class RequestFacts:
    """What the gate reads from the database once per request, however many root fields and
    objects ask: the view restrictions, the private collections, the locales, and per region
    its home page in every language and the collections hidden from it. Gates of the same
    region and language are shared by all root fields of the request (`gate`)."""

    def __init__(self):
        self.now = timezone.now()
        self._gates: dict[tuple[int, str], VisibilityGate] = {}
        self._hidden: dict[int, frozenset[int]] = {}
        self._private: frozenset[int] | None = None

    def gate(self, site: Site, language: str | None = None) -> "VisibilityGate":
        key = (site.pk, language or DEFAULT_LANGUAGE)
        if key not in self._gates:
            self._gates[key] = VisibilityGate(site, language, facts=self)
        return self._gates[key]

    @cached_property
    def restricted_paths(self) -> tuple[str, ...]:
        return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))

    @cached_property
    def language_codes(self) -> dict[int, str]:
        """Locale id -> language code, for every `locale` field: the locales of the regions'
        home pages (loaded with the sites), else all of them."""
        return self.sites.language_codes or dict(Locale.objects.values_list("id", "language_code"))

    @cached_property
    def sites(self) -> SiteFacts:
        """Every site with its home page in every language (and the process caches filled)."""
        return SiteFacts()

    def roots(self, root: Page) -> list[Page]:
        """The region's home page in every language: `root` (German) and its translations."""
        return self.sites.roots(root)

    def hidden_collection_ids(self, root: Page) -> frozenset[int]:
        """Private collections, and the media collections of the regions but `root`'s (and
        every collection below one of them), in one query that notes the private ones too."""
        if root.pk not in self._hidden:
            rows = list(_hidden_collections(root).values_list("id", "private"))
            self._hidden[root.pk] = frozenset(pk for pk, _ in rows)
            self._private = frozenset(pk for pk, private in rows if private)
        return self._hidden[root.pk]

    def private_collection_ids(self) -> frozenset[int]:
        """Collections with a view restriction and those below: noted with the hidden ones of
        a region the request addresses."""
        if self._private is None:
            if self._gates:
                self.hidden_collection_ids(next(iter(self._gates.values())).root)
            else:
                self._private = private_collection_ids()
        return self._private

    def in_private_collection(self, item) -> bool:
        """Whether an image or document is in a private collection."""
        return item.collection_id in self.private_collection_ids()

    def published_and_public(self, page: Page) -> bool:
        """`published_and_public` for one loaded page, without a query."""
        return (
            page.live
            and not page.expired
            and (page.expire_at is None or page.expire_at > self.now)
            and not any(page.path.startswith(path) for path in self.restricted_paths)
        )


class VisibilityGate:
    def __init__(self, site: Site, language: str | None = None, facts: RequestFacts | None = None):
        self.site = site
        # The language lists and single objects are answered in; German where none is asked.
        self.language = language or DEFAULT_LANGUAGE
        # Shared with the request's other gates; a gate of its own (feeds) loads its own.
        self.facts = facts or RequestFacts()
        self.now = self.facts.now
        self._originals: dict[int, Page] = {}
        # Pages by tree path, loaded once per request: visible (specific) or None.
        self._by_path: dict[str, Page | None] = {}
        self.preview: Page | None = None

    def admit_preview(self, page: Page):
        """Lets exactly this page object (a preview state whose token was verified) pass."""
        self.preview = page

    # ---- per-request facts ---------------------------------------------------------------
    @cached_property
    def root(self) -> Page:
        return self.site.root_page

    @property
    def roots(self) -> list[Page]:
        """The region's home page in every language: the site's root page (German) and its
        translations, each the top of one tree of the region."""
        return self.facts.roots(self.root)

    @property
    def language_roots(self) -> list[Page]:
        """The trees a list in the requested language draws from: German alone needs no
        look-up of the other trees."""
        return [self.root] if self.language == DEFAULT_LANGUAGE else self.roots

    @property
    def language_codes(self) -> dict[int, str]:
        """Locale id -> language code, loaded once per request for every `locale` field."""
        return self.facts.language_codes

    def language_of(self, obj) -> str:
        return self.language_codes.get(obj.locale_id, DEFAULT_LANGUAGE)

    @property
    def restricted_paths(self) -> tuple[str, ...]:
        return self.facts.restricted_paths

    @property
    def hidden_collection_ids(self) -> frozenset[int]:
        """Private collections, and the media collections of the other regions."""
        return self.facts.hidden_collection_ids(self.root)

    def parent_of(self, page: Page) -> Page | None:
        """The visible parent, loaded once per request for all pages that share it (the items
        of a list usually do)."""
        parent_path = page.path[: -Page.steplen]
        self._load_paths([parent_path])
        return self._by_path[parent_path]

    def ancestors_of(self, page: Page) -> list[Page]:
        """The visible pages from the region's home page down to `page` itself: the ancestors
        are loaded once per request for all pages that share them (one query for those not yet
        known), so breadcrumbs of a list cost the same for 1 item as for 100."""
        paths = [page.path[:end] for end in range(Page.steplen, len(page.path), Page.steplen)]
        self._load_paths(paths)
        steps = [self._by_path[path] for path in paths if self._by_path[path] is not None]
        return steps + ([page] if self.allows_page(page) else [])

    def _load_paths(self, paths):
        missing = [path for path in paths if path not in self._by_path]
        if not missing:
            return
        # Each page as its own type in one query (their own fields load when first read).
        pages = Page.objects.filter(path__in=missing).specific(defer=True)
        found = {page.path: page for page in pages}
        for path in missing:
            page = found.get(path)
            self._by_path[path] = page if page is not None and self.allows_page(page) else None

    # ---- querysets -----------------------------------------------------------------------
    def _in_trees(self, queryset: QuerySet, roots) -> QuerySet:
        return queryset.filter(at_or_below(root.path for root in roots))

    def _not_aliases(self, pages: QuerySet) -> QuerySet:
        """wagtail-localize keeps untranslated pages of a translated tree as aliases of the
        German page (German text in the English tree): no translation, so the German original
        stands for them."""
        if self.language == DEFAULT_LANGUAGE:
            return pages
        return pages.exclude(alias_of__isnull=False, locale__language_code=self.language)

    def pages_in_reach(self, queryset: QuerySet) -> QuerySet:
        """Visible pages of the region in German and in the requested language, either one:
        where single-object queries look before choosing the translation to answer with."""
        visible = published_and_public(queryset, self.now, self.restricted_paths)
        return self._not_aliases(self._in_trees(visible, self.language_roots))

    def pages(self, queryset: QuerySet) -> QuerySet:
        """Visible pages of the region in the requested language: each page's visible
        translation, else the German page. An invisible translation (a draft, private,
        expired) counts as none."""
        visible = self._in_trees(
            published_and_public(queryset, self.now, self.restricted_paths), self.language_roots
        )
        if self.language == DEFAULT_LANGUAGE:
            return visible.filter(locale__language_code=DEFAULT_LANGUAGE)
        translations = self._in_trees(
            published_and_public(Page.objects.all(), self.now, self.restricted_paths), self.roots
        )
        return self._in_language(self._not_aliases(visible), self._not_aliases(translations))

    def media(self, queryset: QuerySet) -> QuerySet:
        """Images or documents outside private collections and other regions' collections."""
        return queryset.exclude(collection_id__in=self.hidden_collection_ids)

    def snippets_in_any_language(self, queryset: QuerySet) -> QuerySet:
        model = queryset.model
        if issubclass(model, DraftStateMixin):
            queryset = queryset.filter(live=True)
        if _is_region_scoped(model):
            # A translation keeps the region of its original: the German home page.
            queryset = queryset.filter(model.of_regions_or_shared([self.root.pk]))
        return queryset

    def snippets(self, queryset: QuerySet) -> QuerySet:
        """Visible snippets in the requested language, each falling back to German."""
        visible = self.snippets_in_any_language(queryset)
        if not issubclass(queryset.model, TranslatableMixin):
            return visible
        if self.language == DEFAULT_LANGUAGE:
            return visible.filter(locale__language_code=DEFAULT_LANGUAGE)
        translations = self.snippets_in_any_language(queryset.model._default_manager.all())
        return self._in_language(visible, translations)

    def _in_language(self, visible: QuerySet, translations: QuerySet) -> QuerySet:
        """Of `visible`, the ones in the requested language, and the German ones for which
        `translations` (gated the same way) hold none in it: one subquery, no cost per item."""
        translated = translations.filter(
            translation_key=OuterRef("translation_key"), locale__language_code=self.language
        )
        return visible.filter(
            Q(locale__language_code=self.language)
            | Q(locale__language_code=DEFAULT_LANGUAGE) & ~Exists(translated)
        )

    def in_language(self, pages: QuerySet) -> QuerySet:
        """The pages of `pages` (from any language's tree), each as its visible translation in
        the requested language, else the German page: what tree relations and menus show."""
        model = pages.model
        keys = pages.values("translation_key")
        found = self.pages(model._default_manager.filter(translation_key__in=keys))
        if self.language == DEFAULT_LANGUAGE:
            return found.order_by("path")
        # In the German tree's order, which is the complete one and the editors' order.
        german_path = Page.objects.filter(
            translation_key=OuterRef("translation_key"), locale__language_code=DEFAULT_LANGUAGE
        ).values("path")[:1]
        return found.annotate(tree_order=Coalesce(Subquery(german_path), F("path"))).order_by(
            "tree_order"
        )

    def original_of(self, page: Page) -> Page:
        """The German original of a translated page (the German tree is the complete one),
        loaded once per page and request; the page itself where it is German or has none."""
        if page.path.startswith(self.root.path):  # the German tree: no look-up
            return page
        if page.pk not in self._originals:
            original = Page.objects.filter(
                translation_key=page.translation_key, locale__language_code=DEFAULT_LANGUAGE
            ).first()
            self._originals[page.pk] = original or page
        return self._originals[page.pk]

    def translated(self, matching: QuerySet) -> QuerySet:
        """The visible translations of the objects in `matching` (which may be in any
        language), the requested language first, then German: `.first()` is the one object a
        single-object query answers with."""
        model = matching.model
        if issubclass(model, Page):
            everything = self.pages_in_reach(model._default_manager.all())
        else:
            everything = self.snippets_in_any_language(model._default_manager.all())
        preference = Case(
            When(locale__language_code=self.language, then=Value(0)),
            When(locale__language_code=DEFAULT_LANGUAGE, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
        return (
            everything.filter(translation_key__in=matching.values("translation_key"))
            .annotate(language_preference=preference)
            .order_by("language_preference")
        )

    # ---- single objects ------------------------------------------------------------------
    def allows_page(self, page: Page) -> bool:
        if page is self.preview and page is not None:
            return True
        return self.facts.published_and_public(page) and self._in_region(page)

    def _in_region(self, page: Page) -> bool:
        # The German tree needs no look-up; the other languages' trees are loaded once.
        return page.path.startswith(self.root.path) or any(
            page.path.startswith(root.path) for root in self.roots
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
