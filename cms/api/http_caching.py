"""HTTP caching of `/graphql/` answers, so that a CDN or reverse proxy can store them.

A GET answer to a query without errors and without a preview is the same for everyone: it is
`public` for `API_CACHE_MAX_AGE` seconds (and may be served stale while revalidating for
`API_CACHE_STALE_WHILE_REVALIDATE` more), carries a strong `ETag` over its body and media type,
and a matching `If-None-Match` gets 304 without a body. It varies only on `Accept` (which picks
the media type); CORS adds `Origin` where it answers one. Everything else (POST answers, errors,
previews, refused requests) is `no-store`: POST is not cacheable by URL, and errors must not
outlive their cause."""

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers

from .http import JSON


def respond(request, answer, media_type) -> HttpResponse:
    """The response of an `Answer` (cms.api.response_cache) with its caching headers."""
    response = HttpResponse(answer.content, status=answer.status, content_type=media_type)
    if answer.cache_status:
        response["X-Cache"] = answer.cache_status
    if not (answer.public and request.method == "GET"):
        return not_stored(response)
    patch_cache_control(
        response,
        public=True,
        max_age=settings.API_CACHE_MAX_AGE,
        stale_while_revalidate=settings.API_CACHE_STALE_WHILE_REVALIDATE,
    )
    patch_vary_headers(response, ["Accept"])
    etag = _etag(answer.digest, media_type)
    response["ETag"] = etag
    # Django's own evaluation of If-None-Match (lists, `*`, weak comparison as RFC 9110 says).
    return get_conditional_response(request, etag=etag, response=response) or response


def not_stored(response) -> HttpResponse:
    patch_cache_control(response, no_store=True)
    return response


def _etag(body_digest: str, media_type: str) -> str:
    # One body, two media types: two representations, two tags.
    suffix = "" if media_type == JSON else "-g"
    return f'"{body_digest[:40]}{suffix}"'
