"""The sites, their home pages in every language and the content types, loaded in three fixed
queries per request, so that a fresh worker costs the same queries as a warm one.

Several facts the API reads are kept per process or in Django's cache, and cost queries
only where they are missing: Django's content types (each page type's `ContentType`, needed to
turn a page into its own type), Wagtail's site root paths (every page URL) and the regions'
frontends (content_models/frontends.py). A fresh worker, or one after a cache flush, would pay
for them in its first requests, some per page type, and a region's home pages in every
language would cost one query per site. Instead every request loads them here, in the same
three queries whether the caches are warm or cold, and fills the caches where they lack them;
the gate then finds the requested region among the loaded sites without a query of its own."""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail.models import Page, Site
from wagtail.models.sites import (
    SITE_ROOT_PATHS_CACHE_KEY,
    SITE_ROOT_PATHS_CACHE_VERSION,
    SiteRootPath,
)

from content_models import frontends

from .regions import site_by_hostname

SITE_ROOT_PATHS_TIMEOUT = 3600  # as Wagtail's own


class SiteFacts:
    def __init__(self):
        self.sites = list(
            Site.objects.select_related("root_page", "root_page__locale", "regionsettings")
        )
        keys = {site.root_page.translation_key for site in self.sites}
        self._translations = list(
            Page.objects.filter(translation_key__in=keys).select_related("locale").order_by("path")
        )
        self._content_types = list(ContentType.objects.all())
        self._fill_process_caches()

    def site_by_hostname(self, hostname: str) -> Site:
        """The site a `site` argument names, found among the loaded."""
        return site_by_hostname(self.sites, hostname)

    @property
    def language_codes(self) -> dict[int, str]:
        """Locale id -> language code of every locale a region's home page is in."""
        return {page.locale_id: page.locale.language_code for page in self._translations}

    def same_site(self, site: Site) -> Site:
        """The loaded row of `site` (with its home page joined)."""
        return next((loaded for loaded in self.sites if loaded.pk == site.pk), site)

    def roots(self, root: Page) -> list[Page]:
        """`root` (a region's German home page) and its translations, in tree order."""
        return [root] + [
            page
            for page in self._translations
            if page.translation_key == root.translation_key and page.pk != root.pk
        ]

    def _fill_process_caches(self):
        for content_type in self._content_types:
            # Django's own cache of content types, filled as `get_for_id` fills it (Django
            # offers no public way to hand it rows loaded already).
            ContentType.objects._add_to_cache(ContentType.objects.db, content_type)
        if cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION) is None:
            cache.set(
                SITE_ROOT_PATHS_CACHE_KEY,
                self._site_root_paths(),
                SITE_ROOT_PATHS_TIMEOUT,
                version=SITE_ROOT_PATHS_CACHE_VERSION,
            )
        frontends.remember(
            (site.pk, found.frontend_url, found.preview_url)
            for site in self.sites
            if (found := getattr(site, "regionsettings", None)) is not None
        )

    def _site_root_paths(self) -> list[SiteRootPath]:
        """Wagtail's `Site.get_site_root_paths()` (with WAGTAIL_I18N_ENABLED, as here: one
        entry per language tree), in its order, built from the loaded rows."""
        ordered = sorted(self.sites, key=lambda site: (site.hostname,))
        ordered.sort(key=lambda site: site.is_default_site, reverse=True)
        ordered.sort(key=lambda site: site.root_page.url_path, reverse=True)
        return [
            SiteRootPath(site.id, page.url_path, site.root_url, page.locale.language_code)
            for site in ordered
            for page in self._translations
            if page.translation_key == site.root_page.translation_key
        ]
