from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api.preview import never_cache_previews
from cms.api.view import graphql_view
from cms.media.serve import serve_media

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("graphql/", never_cache_previews(graphql_view), name="graphql"),
    path("feeds/", include("cms.feeds.urls")),
    # Comparison views of `make bench`: 404 unless BENCH_VIEWS=1 (cms.bench_views.guard).
    path("bench/", include("cms.bench_views.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(
            rf"^{media_prefix}(?P<path>.+)$",
            serve_media,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [path("", include(wagtail_urls))]

# JSON naming the request id on the API's paths (never HTML); 503 while the database is down.
handler500 = "cms.observability.errors.server_error"
