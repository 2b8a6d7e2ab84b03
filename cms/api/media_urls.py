"""Absolute media URLs in API answers, wherever the CMS is reached.

grapple turns a relative media URL into an absolute one by prefixing the fixed
`WAGTAILADMIN_BASE_URL`, in one function (`grapple.utils.get_media_item_url`) that its image,
rendition and document types import by name. We replace that one function with ours, which
asks `cms.media.public_url` for the origin (PUBLIC_BASE_URL, else the request's own). Files
in local storage already have absolute URLs (cms.media.storage); this covers documents, whose
URL is Wagtail's `serve_view` path."""

from grapple.types import documents, images

from cms.media.public_url import absolute_url


def media_item_url(item) -> str:
    url = item.url if hasattr(item, "url") else item.file.url
    return absolute_url(url)


def install():
    for module in (documents, images):
        module.get_media_item_url = media_item_url
