"""CDN purges after a change event, through Wagtail's frontend cache backends
(`WAGTAILFRONTENDCACHE`: Varnish/HTTP, Cloudflare, CloudFront, Azure); without that setting
nothing is purged and nothing is called.

A GraphQL GET URL holds the whole document and its variables, so the URLs of one region's
answers cannot be listed: the API is purged by prefix, `<origin>/graphql/*` on the region's API
host (and on `PUBLIC_BASE_URL`, where `site` arguments reach every region). CloudFront and Azure
read the `*` as a wildcard; Varnish bans by prefix with the VCL in the README; a backend that
purges exact URLs only (Cloudflare's) cannot, and relies on `API_CACHE_MAX_AGE`. On the region's
frontend the page that changed is purged (its URL there), and the home page when the region's
settings change; pages that list it are the frontend's business (webhooks tell it)."""

from django.conf import settings
from wagtail.models import Site

from content_models.frontends import frontend_url_of, prefix_of_language

API_PREFIX = "/graphql/*"


def configured() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_for(event) -> None:
    if not configured() or not event.regions:
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    # Queued as Wagtail's background task: the worker talks to the CDN, not the editor's request.
    purge_urls_from_cache(sorted(stale_urls(event)))


def stale_urls(event) -> set[str]:
    urls = set()
    if settings.PUBLIC_BASE_URL:
        urls.add(settings.PUBLIC_BASE_URL.rstrip("/") + API_PREFIX)
    for site in Site.objects.filter(hostname__in=event.regions):
        urls.add(site.root_url + API_PREFIX)
        frontend = frontend_url_of(site.pk)
        if not frontend:
            continue
        if event.url_path:
            urls.add(frontend + prefix_of_language(event.locale) + event.url_path)
        elif event.event_type == event.Type.SETTINGS_SAVED:
            urls.add(frontend + "/")
    return urls
