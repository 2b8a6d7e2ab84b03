"""Persisted queries: a request may name its document instead of sending it.

- Apollo's automatic persisted queries (APQ): `extensions.persistedQuery`
  (`{"version": 1, "sha256Hash": "<hex>"}`) without `query` runs the document stored under
  that hash, or answers `PersistedQueryNotFound` (`extensions.code`
  `PERSISTED_QUERY_NOT_FOUND`); the client then sends `query` with the hash, which registers
  it. Stored in Django's default cache (Redis with `REDIS_URL`) for
  `GRAPHQL_PERSISTED_QUERY_TTL` seconds, and only once the document has passed every check.
- The trusted documents of graphql/operations/ (cms.api.trusted_documents) by their hash (as
  above, or `documentId: "sha256:<hex>"` of the GraphQL-over-HTTP persisted-documents
  appendix) or by `operationName` alone. With `GRAPHQL_TRUSTED_DOCUMENTS` they are all that
  runs: any other document, and any registration, is refused (`PERSISTED_QUERY_NOT_ALLOWED`).

Only the document's text comes from here; the view parses, validates, limits and executes it
exactly as a text the client sent."""

import re
from dataclasses import replace

from django.conf import settings
from django.core.cache import cache
from graphql import GraphQLError

from .http import GraphQLParams, Refusal, RequestProblem
from .trusted_documents import document_hash, trusted_documents

NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
NOT_ALLOWED = "PERSISTED_QUERY_NOT_ALLOWED"
HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH"
SHA256_HEX = re.compile(r"[0-9a-f]{64}")
DOCUMENT_ID = re.compile(r"sha256:([0-9a-f]{64})")


def resolve(params: GraphQLParams) -> GraphQLParams:
    """The params with the text of the document they name; refuses what may not run."""
    wanted = _wanted_hash(params)
    trusted = trusted_documents()
    if params.query is not None:
        return _sent(params, wanted, trusted)
    if wanted is not None:
        document = trusted.by_hash.get(wanted)
        text = document.text if document else None
        if text is None and not settings.GRAPHQL_TRUSTED_DOCUMENTS:
            text = cache.get(_key(wanted))
        if text is None:
            if settings.GRAPHQL_TRUSTED_DOCUMENTS:
                raise _not_allowed(404, f"no trusted document has the hash {wanted}.")
            raise Refusal(
                404,
                [GraphQLError("PersistedQueryNotFound", extensions={"code": NOT_FOUND})],
            )
        return replace(params, query=text)
    document = trusted.by_name.get(params.operation_name)
    if document is None:
        if settings.GRAPHQL_TRUSTED_DOCUMENTS:
            raise _not_allowed(404, f"no trusted operation is named {params.operation_name!r}.")
        raise RequestProblem(
            400,
            f"Provide a `query` string: no trusted operation is named {params.operation_name!r} "
            "(see graphql/trusted-documents.json).",
        )
    return replace(params, query=document.text)


def register(params: GraphQLParams) -> None:
    """Stores an APQ registration; called once its document has been answered, so that only
    documents that parse, validate and keep within the limits are kept. A Redis outage is
    logged by the cache and costs only the registration."""
    if params.register_as:
        cache.set(_key(params.register_as), params.query, settings.GRAPHQL_PERSISTED_QUERY_TTL)


def _sent(params, wanted, trusted) -> GraphQLParams:
    """A request with a `query` text: checked against its hash; registered under it (APQ)
    unless it is a trusted document anyway, or only trusted documents may run."""
    if params.document_id is not None:
        raise RequestProblem(400, "Send either `query` or `documentId`, not both.")
    sent = document_hash(params.query)
    if wanted is not None and wanted != sent:
        raise RequestProblem(
            400,
            "provided sha does not match query: `extensions.persistedQuery.sha256Hash` must be "
            "the lower-case hex SHA-256 of the UTF-8 text of `query`.",
            code=HASH_MISMATCH,
        )
    if sent in trusted.by_hash:
        return params
    if settings.GRAPHQL_TRUSTED_DOCUMENTS:
        if wanted is not None:
            raise _not_allowed(403, "registering persisted queries is off.")
        raise _not_allowed(403, "send a trusted document's hash, or its exact text.")
    return replace(params, register_as=wanted)


def _wanted_hash(params: GraphQLParams) -> str | None:
    """The hash named by `extensions.persistedQuery` or `documentId` (they must agree)."""
    persisted_hash = _persisted_query_hash(params.extensions)
    document_id_hash = None
    if params.document_id is not None:
        match = DOCUMENT_ID.fullmatch(params.document_id)
        if match is None:
            raise RequestProblem(
                400,
                "`documentId` must be `sha256:` followed by 64 lower-case hexadecimal "
                "characters (the SHA-256 of the document's text).",
            )
        document_id_hash = match.group(1)
    if persisted_hash and document_id_hash and persisted_hash != document_id_hash:
        raise RequestProblem(
            400, "`documentId` and `extensions.persistedQuery.sha256Hash` name different documents."
        )
    return persisted_hash or document_id_hash


def _persisted_query_hash(extensions: dict) -> str | None:
    if "persistedQuery" not in extensions:
        return None
    persisted_query = extensions["persistedQuery"]
    if not isinstance(persisted_query, dict):
        raise RequestProblem(
            400,
            "`extensions.persistedQuery` must be a JSON object with `version` 1 and a "
            "`sha256Hash`.",
        )
    version = persisted_query.get("version")
    if type(version) is not int or version != 1:  # `true` is no version
        raise RequestProblem(
            400,
            "Unsupported persisted query version: `extensions.persistedQuery.version` must be 1.",
        )
    sha256_hash = persisted_query.get("sha256Hash")
    if not isinstance(sha256_hash, str) or not SHA256_HEX.fullmatch(sha256_hash):
        raise RequestProblem(
            400,
            "`extensions.persistedQuery.sha256Hash` must be 64 lower-case hexadecimal "
            "characters (the SHA-256 of the query's text).",
        )
    return sha256_hash


def _not_allowed(status: int, reason: str) -> Refusal:
    error = GraphQLError(
        f"Only trusted documents may run (GRAPHQL_TRUSTED_DOCUMENTS): {reason}",
        extensions={"code": NOT_ALLOWED},
    )
    return Refusal(status, [error])


def _key(sha256_hash: str) -> str:
    return f"apq:{sha256_hash}"
