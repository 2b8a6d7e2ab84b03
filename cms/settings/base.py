"""Settings shared by every environment; each value that differs per machine comes from the
environment (see README, "Configuration")."""

from pathlib import Path

import dj_database_url

from .env import env_bool, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEFAULT_SECRET_KEY = "insecure-development-key-change-me"
SECRET_KEY = env_str("SECRET_KEY", DEFAULT_SECRET_KEY)
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", ".localhost", "127.0.0.1", "[::1]"])

INSTALLED_APPS = [
    "content_models",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
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
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "graphene_django",
    # Sets the models' GraphQL fields; must come before grapple, whose ready() reads them.
    "cms.api",
    # Last: grapple builds its types in ready() and needs every snippet registered by then.
    "grapple",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
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
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "cms"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# German first: the editors and the readers speak it. English is offered in the admin.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch"), ("en", "English")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))

WAGTAIL_SITE_NAME = "Smart-Region CMS"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
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

# Upper bounds for one GraphQL request, enforced in cms.api.view.
GRAPHQL_MAX_QUERY_TOKENS = 5000
GRAPHQL_MAX_DEPTH = 12
GRAPHQL_INTROSPECTION = env_bool("GRAPHQL_INTROSPECTION", True)

GRAPPLE["PAGE_INTERFACE"] = "cms.api.interfaces.GatedPageInterface"
