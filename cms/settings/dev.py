"""Local development: DEBUG on, GraphiQL on."""

from .base import *  # noqa: F403
from .env import env_bool

DEBUG = env_bool("DEBUG", True)
GRAPPLE["EXPOSE_GRAPHIQL"] = DEBUG  # noqa: F405
# Development: the schema may be explored, and misspelt fields get suggestions.
GRAPHQL_INTROSPECTION = env_bool("GRAPHQL_INTROSPECTION", True)
GRAPHQL_SUGGESTIONS = env_bool("GRAPHQL_SUGGESTIONS", True)

# Moderators' notifications appear in the terminal of `make run`.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
