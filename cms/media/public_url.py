"""The origin in front of every media URL the API hands out.

`PUBLIC_BASE_URL` (production, behind a proxy or CDN) wins; otherwise each request's own scheme,
host and port, so that a URL loads wherever the CMS was reached (`PORT=8080 make run`,
`owl.localhost`, a port forward); outside a request `WAGTAILADMIN_BASE_URL`."""

import contextvars

from django.conf import settings
from django.core.signals import request_finished

_current_request = contextvars.ContextVar("media_request", default=None)


def public_base_url() -> str:
    if settings.PUBLIC_BASE_URL:
        return settings.PUBLIC_BASE_URL.rstrip("/")
    request = _current_request.get()
    if request is not None:
        # get_host() has been validated against ALLOWED_HOSTS by the time anything is resolved.
        return f"{request.scheme}://{request.get_host()}"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(url: str) -> str:
    """A site-relative URL ("/media/…", "/documents/…") made absolute; absolute ones (a bucket,
    a CDN) stay as they are."""
    if url.startswith("/") and not url.startswith("//"):
        return public_base_url() + url
    return url


class PublicBaseUrlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _current_request.set(request)
        return self.get_response(request)


def _forget_request(**kwargs):
    _current_request.set(None)


request_finished.connect(_forget_request, dispatch_uid="forget_media_request")
