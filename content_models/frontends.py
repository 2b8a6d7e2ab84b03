"""Each region's frontend: where its pages live for readers and where drafts are previewed.

The CMS serves no pages itself. Every page URL Wagtail hands out ("Live ansehen", the admin's
page URLs, the API's `url` fields, rich-text links) is built by `get_url_parts`, so the
frontend base URL is put in there, once, for every page type (`FrontendUrlMixin`)."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import Http404, HttpResponseRedirect

_CACHE_KEY = "region-frontends:v1"


def frontends() -> dict[int, tuple[str, str]]:
    """{site id: (frontend base URL, preview URL)} of every region, from the cache."""
    found = cache.get(_CACHE_KEY)
    if found is None:
        from .models import RegionSettings

        found = remember(
            RegionSettings.objects.values_list("site_id", "frontend_url", "preview_url")
        )
    return found


def remember(rows) -> dict[int, tuple[str, str]]:
    """Caches the frontends from (site id, frontend URL, preview URL) rows of every region's
    settings, loaded by whoever had them at hand, unless the cache holds them already."""
    found = {site_id: (frontend.rstrip("/"), preview) for site_id, frontend, preview in rows}
    cache.add(_CACHE_KEY, found, None)
    return found


def frontend_url_of(site_id) -> str:
    return frontends().get(site_id, ("", ""))[0]


def preview_url_of(site_id) -> str:
    return frontends().get(site_id, ("", ""))[1]


def forget_frontends(**_):
    cache.delete(_CACHE_KEY)


def connect_signals():
    from wagtail.models import Site

    from .models import RegionSettings

    for model in (RegionSettings, Site):
        post_save.connect(forget_frontends, sender=model, dispatch_uid=f"frontends-{model}")
        post_delete.connect(forget_frontends, sender=model, dispatch_uid=f"frontends-d-{model}")


def language_prefix(page) -> str:
    """The prefix "/en" for a page of a translated tree, nothing for German: the frontend serves each
    language under its own path, and a page's translations must not share one URL. Read from
    Wagtail's cached site root paths, so it costs no query per page."""
    from wagtail.models import Site

    for root in Site.get_site_root_paths():
        if page.url_path.startswith(root.root_path):
            return prefix_of_language(root.language_code)
    return ""


def prefix_of_language(language: str | None) -> str:
    """The frontend's path prefix of a language: none for German, "/en" for English."""
    from django.conf import settings

    return "" if language in (None, "", settings.LANGUAGE_CODE) else f"/{language}"


class FrontendUrlMixin:
    """Page URLs on the region's frontend; the CMS's own host only redirects there."""

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request=request)
        if not parts or parts[2] is None:
            return parts
        site_id, root_url, page_path = parts
        return site_id, frontend_url_of(site_id) or root_url, language_prefix(self) + page_path

    def serve(self, request, *args, **kwargs):
        """A page URL on the CMS's host: to the frontend if the region has one, else 404."""
        parts = self.get_url_parts(request)
        if parts and frontend_url_of(parts[0]):
            return HttpResponseRedirect(parts[1] + parts[2])
        raise Http404(
            "Diese Region hat kein Frontend; Seiten werden nur über die API ausgeliefert."
        )

    def serve_preview(self, request, mode_name):
        """The preview panel: the region's preview URL with a token for exactly this state of
        the page, or, without one or while it does not answer, a plain rendering of the
        page's fields."""
        from cms.editorial.preview import create_preview, frontend_preview_url

        from .frontend_check import preview_frontend_answers

        parts = self.get_url_parts(request)
        preview_url = preview_url_of(parts[0]) if parts else ""
        if preview_url and preview_frontend_answers(preview_url):
            token = create_preview(self)
            return HttpResponseRedirect(frontend_preview_url(preview_url, self, token))
        request.unreachable_preview_url = preview_url
        return super().serve_preview(request, mode_name)

    def get_preview_template(self, request, mode_name):
        return "content_models/preview/builtin.html"

    def get_preview_context(self, request, mode_name):
        from .preview_rendering import field_rows

        context = super().get_preview_context(request, mode_name)
        context["rows"] = field_rows(self)
        context["unreachable_preview_url"] = getattr(request, "unreachable_preview_url", "")
        return context
