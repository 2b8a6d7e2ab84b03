"""Production: refuses to start with the development secret key or with DEBUG on."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DEFAULT_SECRET_KEY, LOG_LEVEL, SECRET_KEY
from .env import env_bool, env_int, env_str

if env_bool("DEBUG", False):
    raise ImproperlyConfigured("DEBUG must be off in production (unset DEBUG or set it to 0).")
DEBUG = False
if not SECRET_KEY or SECRET_KEY == DEFAULT_SECRET_KEY or len(SECRET_KEY) < 32:
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random value of at least 32 characters for production."
    )

# The header by which the TLS-terminating proxy says a request came over HTTPS (it must strip
# the header from clients); empty when the CMS is reached without such a proxy.
_proxy_ssl_header = env_str("SECURE_PROXY_SSL_HEADER", "X-Forwarded-Proto")
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_" + _proxy_ssl_header.upper().replace("-", "_"), "https") if _proxy_ssl_header else None
)
# Sent on HTTPS responses only (as SECURE_PROXY_SSL_HEADER tells them).
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True

# The admin's static files with content hashes in their names, pre-compressed, cached a year.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
LOGGING = logging_config(  # noqa: F405
    json_lines=env_str("LOG_FORMAT", "json") == "json", level=LOG_LEVEL
)
