"""The URLs the API hands out for a page, in one place: Wagtail's own URL methods (so that a
site's frontend URL, once configured, applies everywhere) and the path relative to the region's
home page that frontends route by."""

from wagtail.models import Page


def relative_url_path(gate, page: Page) -> str:
    """The path below the region's home page in the page's own language."""
    for root in gate.language_roots:
        if page.url_path.startswith(root.url_path):
            return "/" + page.url_path[len(root.url_path) :]
    return page.url_path


def page_url(page: Page, request) -> str | None:
    """The page's URL as Wagtail gives it (relative when the request is on the page's site)."""
    return page.get_url(request=request)


def full_page_url(page: Page, request) -> str | None:
    """The page's absolute URL: canonical links, sitemaps, feeds."""
    return page.get_full_url(request=request)
