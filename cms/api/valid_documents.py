"""Per process: the documents that parsed and passed validation, by their text.

Clients send the same few operations again and again; parsing and validating one (the
standard rules, the depth limit, introspection) costs about 2.5 ms of a StoryList answer's
100 ms each time, and the answer depends on neither. Validity depends only on the text, the
schema and the settings, which a process does not change, so a document is checked once.
What depends on the request (the operation picked, GET or POST, the variables, the cost) is
still checked every time. Only documents that passed are kept, and only short ones, at most
`MAX_DOCUMENTS` (cms.api.bounded_memory: all are dropped when full)."""

from django.conf import settings
from graphql import DocumentNode

from .bounded_memory import remember as remember_bounded

MAX_DOCUMENTS = 256
MAX_TEXT_LENGTH = 16 * 1024

_documents: dict[tuple, DocumentNode] = {}


def _key(text: str) -> tuple:
    # The settings a document's validity depends on: a test (or a reload) that changes one
    # must not find a document checked under the old value.
    return (
        text,
        settings.GRAPHQL_MAX_QUERY_TOKENS,
        settings.GRAPHQL_MAX_DEPTH,
        settings.GRAPHQL_INTROSPECTION,
    )


def known(text: str) -> DocumentNode | None:
    return _documents.get(_key(text))


def remember(text: str, document: DocumentNode) -> None:
    if len(text) <= MAX_TEXT_LENGTH:
        remember_bounded(_documents, _key(text), document, MAX_DOCUMENTS)
