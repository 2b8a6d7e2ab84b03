"""Settings shared by every environment; each value that differs per machine comes from the
environment (see README, "Configuration")."""

import json
from pathlib import Path

import dj_database_url

from cms.observability.logs import logging_config

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEFAULT_SECRET_KEY = "insecure-development-key-change-me"
SECRET_KEY = env_str("SECRET_KEY", DEFAULT_SECRET_KEY)
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", ".localhost", "127.0.0.1", "[::1]"])
# Origin of the public CMS (scheme://host[:port]) in front of every media URL the API hands
# out; unset, each request's own origin is used (cms/media/public_url.py).
PUBLIC_BASE_URL = env_str("PUBLIC_BASE_URL")

INSTALLED_APPS = [
    "content_models",
    # Preview states, change events and webhooks: the editors' workflow, beside the content.
    "cms.editorial",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    # Translations: the locales and the translation workflow in the admin.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "corsheaders",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "storages",
    "graphene_django",
    # Sets the models' GraphQL fields; must come before grapple, whose ready() reads them.
    "cms.api",
    "cms.backup",
    # Last: grapple builds its types in ready() and needs every snippet registered by then.
    "grapple",
]

MIDDLEWARE = [
    # First: every response and every log line inside carries the request's id.
    "cms.observability.request_id.RequestIdMiddleware",
    # Load balancers' checks: before host validation, sessions and the access log.
    "cms.observability.health.HealthCheckMiddleware",
    "cms.observability.access_log.AccessLogMiddleware",
    "cms.observability.errors.DatabaseOutageMiddleware",
    "cms.media.public_url.PublicBaseUrlMiddleware",
    # Before the session and CSRF middleware: they never see a cookie on /graphql/.
    "cms.api.cookieless.CookielessApiMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # `/graphql/` leaves here for its view: what follows serves HTML pages and sessions.
    "cms.api.lane.ApiLaneMiddleware",
    "cms.content_security.ContentSecurityPolicyMiddleware",
    # Static files (hashed, compressed, cached for a year) straight from the app server.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite next to the project unless DATABASE_URL names another database (PostgreSQL in CI and
# production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
# Every SQL statement is bounded, so a slow query cannot hold a worker (PostgreSQL only).
DATABASE_STATEMENT_TIMEOUT_MS = int(env_str("DATABASE_STATEMENT_TIMEOUT_MS", "5000"))
# A database that does not answer fails a request in seconds instead of holding it (503).
DATABASE_CONNECT_TIMEOUT_S = int(env_str("DATABASE_CONNECT_TIMEOUT_S", "3"))
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT_MS}"
    )
    DATABASES["default"]["OPTIONS"]["connect_timeout"] = DATABASE_CONNECT_TIMEOUT_S
    # A connection kept across requests is checked before reuse, so that one broken by a
    # database restart is replaced instead of failing the request.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "cms"),
            "OPTIONS": {
                # Redis down: answers go on uncached; the outage is logged once a minute.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    DJANGO_REDIS_LOGGER = "cms.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Wagtail writes every rendition it hands out to its rendition cache, prefetched or not: one
# Redis round trip per picture. The API prefetches renditions with their images, so that cache
# would only cost time; without it a rendition not prefetched is one database query.
CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# German first: the editors and the readers speak it. English is offered in the admin.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch"), ("en", "English")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Content in German (the default) and English: pages and snippets are translated with
# wagtail-localize; the API falls back to German where no translation is published.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Local media are served by the CMS itself unless a web server or a bucket does it.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "cms.media.storage.PublicFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# S3-compatible object storage for originals, renditions and documents when a bucket is named
# (django-storages reads the other AWS_* variables itself: keys, region).
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME") or None
    # A CDN or the bucket's public host in front of the media URLs the API hands out.
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN") or None
    # Plain, stable URLs (cacheable, equal across app servers); the bucket grants public read
    # on images. Documents go through the CMS (serve_view) so their privacy check applies.
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None
    SERVE_MEDIA = False

# Text lines with the request id in development; JSON lines in production (LOG_FORMAT=json).
LOG_FORMAT = env_str("LOG_FORMAT", "text")
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOGGING = logging_config(json_lines=LOG_FORMAT == "json", level=LOG_LEVEL)

WAGTAIL_SITE_NAME = "Smart-Region CMS"
WAGTAILIMAGES_IMAGE_FORM_BASE = "content_models.image_forms.AltTextImageForm"
# Dates in the admin in German notation.
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
# Workflow notifications (moderators are mailed when an editor submits).
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "cms@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# German stemming on PostgreSQL ("Kommunen" finds "Kommune"); other databases ignore it.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "german"}
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "csv", "txt"]
# Protected documents are served through Django so that their permission check applies.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_ALLOW_METHODS = ["GET", "POST", "OPTIONS"]
CORS_URLS_REGEX = r"^/graphql/?$"

GRAPHENE = {"SCHEMA": "cms.api.schema.schema"}

# Renditions a client may ask for, exactly as grapple joins the arguments of `rendition`
# (e.g. `rendition(fill: "400x300", format: "webp")` is "fill-400x300|format-webp"); `srcSet`
# skips sizes not listed. Anything else is refused, so no client can make the server render
# arbitrary sizes.
_RENDITION_SIZES = [
    "fill-160x160",
    "fill-400x300",
    "fill-800x600",
    "fill-1200x630",
    "width-400",
    "width-800",
    "width-1200",
    "width-1600",
    "max-1600x1600",
]
IMAGE_RENDITION_FILTERS = _RENDITION_SIZES + [f"{size}|format-webp" for size in _RENDITION_SIZES]

GRAPPLE = {
    "APPS": ["content_models"],
    "EXPOSE_GRAPHIQL": False,
    "ALLOWED_IMAGE_FILTERS": IMAGE_RENDITION_FILTERS,
    "PAGE_SIZE": 10,
    "MAX_PAGE_SIZE": 100,
    "RICHTEXT_FORMAT": "html",
}

# Upper bounds for one GraphQL request, enforced in cms.api (view, http, cost, limits) before
# anything executes; see README, "Configuration".
GRAPHQL_MAX_QUERY_TOKENS = env_int("GRAPHQL_MAX_QUERY_TOKENS", 5000)
GRAPHQL_MAX_DEPTH = env_int("GRAPHQL_MAX_DEPTH", 12)
GRAPHQL_MAX_BODY_BYTES = env_int("GRAPHQL_MAX_BODY_BYTES", 65536)
GRAPHQL_MAX_COST = env_int("GRAPHQL_MAX_COST", 100000)
# What a list without a page-size argument (relations, stream-field blocks) counts as.
GRAPHQL_COST_LIST_SIZE = env_int("GRAPHQL_COST_LIST_SIZE", 20)
GRAPHQL_MAX_ALIASES = env_int("GRAPHQL_MAX_ALIASES", 20)
GRAPHQL_MAX_ROOT_FIELDS = env_int("GRAPHQL_MAX_ROOT_FIELDS", 20)
GRAPHQL_MAX_STRING_ARGUMENT_LENGTH = env_int("GRAPHQL_MAX_STRING_ARGUMENT_LENGTH", 200)
# Off in production (the schema is public in graphql/schema.graphql anyway); dev turns it on.
GRAPHQL_INTROSPECTION = env_bool("GRAPHQL_INTROSPECTION", False)
# "Did you mean ...?" in error messages names fields of the schema: development only.
GRAPHQL_SUGGESTIONS = env_bool("GRAPHQL_SUGGESTIONS", False)
# Persisted queries (cms.api.persisted): how long an APQ registration is kept, and whether
# only the trusted documents of graphql/trusted-documents.json may run.
GRAPHQL_PERSISTED_QUERY_TTL = env_int("GRAPHQL_PERSISTED_QUERY_TTL", 86400)
GRAPHQL_TRUSTED_DOCUMENTS = env_bool("GRAPHQL_TRUSTED_DOCUMENTS", False)

# Requests per client (cms.api.rate_limit): points per window; a request costs 1 point plus 1
# per RATE_LIMIT_COST_PER_POINT of its query's cost.
RATE_LIMIT_ENABLED = env_bool("RATE_LIMIT_ENABLED", True)
RATE_LIMIT_POINTS = env_int("RATE_LIMIT_POINTS", 120)
RATE_LIMIT_WINDOW_SECONDS = env_int("RATE_LIMIT_WINDOW_SECONDS", 60)
RATE_LIMIT_COST_PER_POINT = env_int("RATE_LIMIT_COST_PER_POINT", 1000)
RATE_LIMIT_TRUSTED_PROXIES = env_list("RATE_LIMIT_TRUSTED_PROXIES")
API_KEY_HEADER = "X-API-Key"
API_KEYS = env_list("API_KEYS")
RATE_LIMIT_API_KEY_POINTS = env_int("RATE_LIMIT_API_KEY_POINTS", 1200)

# The response cache (cms.api.response_cache): anonymous answers in the cache, valid while the
# content versions of the regions they read are unchanged; entries live at most this long
# (answers that depend on the time of day, like upcoming events, are at most this late).
API_RESPONSE_CACHE = env_bool("API_RESPONSE_CACHE", True)
API_RESPONSE_CACHE_TIMEOUT = env_int("API_RESPONSE_CACHE_TIMEOUT", 300)
# With Redis, each process keeps the answers it served last in memory too (at most this many
# bytes of answers per process) and hears of content version bumps over Redis pub/sub, so a
# hit needs no Redis round trip (cms.api.local_answers, cms.api.version_feed).
API_RESPONSE_CACHE_LOCAL = env_bool("API_RESPONSE_CACHE_LOCAL", True)
API_RESPONSE_CACHE_LOCAL_BYTES = env_int("API_RESPONSE_CACHE_LOCAL_BYTES", 32 * 1024 * 1024)
# How long a version the process learned stays trusted before Redis is asked again: the most a
# subscription that silently stopped hearing (a half-open connection) could serve late.
API_RESPONSE_CACHE_LOCAL_TRUST_SECONDS = env_int("API_RESPONSE_CACHE_LOCAL_TRUST_SECONDS", 2)
# HTTP caching of GET answers (cms.api.http_caching): how long browsers and CDNs may keep them,
# and how much longer a CDN may serve one stale while it fetches the next.
API_CACHE_MAX_AGE = env_int("API_CACHE_MAX_AGE", 60)
API_CACHE_STALE_WHILE_REVALIDATE = env_int("API_CACHE_STALE_WHILE_REVALIDATE", 300)
# CDN purges through Wagtail's frontend cache backends (cms.api.cdn_purge), as JSON, e.g.
# {"cdn": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
#          "LOCATION": "http://varnish:6081"}}. Unset: nothing is purged, nothing is called.
if env_str("WAGTAILFRONTENDCACHE"):
    WAGTAILFRONTENDCACHE = json.loads(env_str("WAGTAILFRONTENDCACHE"))
# Our URLs carry their language already (/en/...): Wagtail is not to invent /de/ variants.
WAGTAILFRONTENDCACHE_LANGUAGES = []

GRAPPLE["PAGE_INTERFACE"] = "cms.api.interfaces.GatedPageInterface"

# The comparison views of `make bench` under /bench/ (cms.bench_views); off: they answer 404.
BENCH_VIEWS = env_bool("BENCH_VIEWS", False)

# Security headers (README, "Security headers"). X-Content-Type-Options comes from
# SecurityMiddleware (SECURE_CONTENT_TYPE_NOSNIFF defaults to on); HSTS in production.py.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Every page of the admin and GraphiQL loads only from this origin: no CDN, no Gravatar, no
# inline script. Inline styles stay allowed: Wagtail's admin sets style attributes.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *env_list("CSP_EXTRA_IMG_SOURCES")],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
}
# No avatar images from gravatar.com with a hash of the editor's e-mail address.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the admin ask releases.wagtail.org for new versions.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Lifetime of a preview token in seconds (content_models.preview).
PREVIEW_TOKEN_MAX_AGE = int(env_str("PREVIEW_TOKEN_MAX_AGE", "3600"))
# Before the preview panel sends an editor to the region's preview URL, the CMS checks that
# it answers (within PREVIEW_FRONTEND_TIMEOUT seconds; the result is kept for
# PREVIEW_FRONTEND_CHECK_SECONDS); if not, it shows its own plain preview with a note.
PREVIEW_FRONTEND_CHECK = env_bool("PREVIEW_FRONTEND_CHECK", True)
PREVIEW_FRONTEND_TIMEOUT = float(env_str("PREVIEW_FRONTEND_TIMEOUT", "1"))
PREVIEW_FRONTEND_CHECK_SECONDS = int(env_str("PREVIEW_FRONTEND_CHECK_SECONDS", "15"))

# Background tasks (Wagtail 8's, and ours) wait in the database for the worker process
# (`manage.py run_worker`, see README "Processes").
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# How often the worker publishes scheduled pages and sends due webhooks, in seconds.
WORKER_TICK_SECONDS = float(env_str("WORKER_TICK_SECONDS", "5"))
# How long a webhook delivery is retried (exponential backoff) before it is given up.
WEBHOOK_RETRY_HOURS = float(env_str("WEBHOOK_RETRY_HOURS", "30"))
WEBHOOK_TIMEOUT_SECONDS = float(env_str("WEBHOOK_TIMEOUT_SECONDS", "10"))
# First pause after a failed webhook delivery; each further one doubles it (at most an hour).
WEBHOOK_RETRY_BASE_SECONDS = float(env_str("WEBHOOK_RETRY_BASE_SECONDS", "30"))
