"""Local development: DEBUG on, GraphiQL on."""

from .base import *  # noqa: F403
from .env import env_bool

DEBUG = env_bool("DEBUG", True)
GRAPPLE["EXPOSE_GRAPHIQL"] = DEBUG  # noqa: F405
