"""A digest of everything of a `/graphql/` request that its GraphQL parameters are read from:
method, host, Content-Type and the body (POST) or the query string (GET).

Two requests with the same fingerprint carry the same parameters, so the response cache can
remember which entry a fingerprint led to and answer a repeat without parsing its JSON,
normalising its document or building its key again (clients send the very same bytes again
and again). The host is the validated one, as in the cache's key."""

import hashlib

from django.conf import settings


def fingerprint(request) -> str | None:
    """None for a request the parameters could not be read from unchanged (another method, or
    a body whose declared length is missing or over the limit): the full path decides it."""
    meta = request.META
    if request.method == "GET":
        payload = meta.get("QUERY_STRING", "").encode("utf-8", "surrogateescape")
    elif request.method == "POST":
        declared = meta.get("CONTENT_LENGTH") or ""
        if not (declared.isdigit() and 0 < int(declared) <= settings.GRAPHQL_MAX_BODY_BYTES):
            return None
        payload = request.body
    else:
        return None
    digest = hashlib.sha256()
    for part in (request.method, request.get_host().lower(), meta.get("CONTENT_TYPE", "")):
        text = part.encode("utf-8", "surrogateescape")
        # Length-prefixed: no two different sequences of parts digest the same bytes.
        digest.update(len(text).to_bytes(4, "big") + text)
    digest.update(payload)
    return digest.hexdigest()
