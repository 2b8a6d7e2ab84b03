"""The response cache: answers to anonymous queries, kept in Django's cache (Redis when
`REDIS_URL` is set), so that a repeated query costs one cache round trip and no SQL.

An entry's key is the normalised document (parsed and printed: whitespace and comments do not
matter), the operation name, the variables (sorted), and the request's host (the region a root
field without `site` reads). Every region whose gate the answer opened (its host's, or any named
by `site`) is stored with the content version it had before its content was read; a hit is
valid only while all those versions still match, so a change event in one region leaves the
entries of the others valid. The locale is an argument of the document or its variables, so it
is part of the key already.

With Redis, each process also keeps the entries it used last in memory (cms.api.local_answers)
and knows the current versions from Redis pub/sub (cms.api.version_feed): a hit on such an
entry costs no round trip at all. Whenever the feed is not healthy, Redis is asked as before.

Each process also remembers which entry the very bytes of a request led to
(cms.api.request_fingerprint), so that a repeat is looked up without reading its JSON or
building its key (`repeat`).

Never stored: answers with errors, and answers that served a preview. Rate limiting charges a
hit the same points as the answer it repeats. `API_RESPONSE_CACHE=0` switches the cache off."""

import hashlib
import json
import time
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from graphql import GraphQLError, parse, print_ast

from . import content_version, local_answers, rate_limit, version_feed
from .bounded_memory import remember
from .preview import serves_preview
from .request_fingerprint import fingerprint

_ENTRY_KEY = "api-answer:{}"


def encode(body: dict) -> bytes:
    """The JSON text of an answer, as compact as it goes out."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass
class Answer:
    status: int
    content: bytes
    # An error-free answer to a query that served no preview: the same for every client.
    public: bool
    # "hit" or "miss" when the response cache was asked; None when it was off.
    cache_status: str | None = None
    stored_digest: str | None = None

    @cached_property
    def digest(self) -> str:
        return self.stored_digest or hashlib.sha256(self.content).hexdigest()


def repeat(request) -> Answer | None:
    """The cached answer to a request whose very bytes this process looked up before, while
    its entry is valid; None otherwise (then `serve` decides, from the parameters)."""
    if not settings.API_RESPONSE_CACHE:
        return None
    key = _KEYS_OF_REQUESTS.get(fingerprint(request) or "")
    entry = _valid_entry(key) if key is not None else None
    return _hit(request, entry) if entry is not None else None


def serve(request, params, run) -> Answer:
    """The answer to `params`: from the cache when a valid entry exists, else from `run()`
    (which returns status and body, or raises a refusal), stored when it may be."""
    key = _entry_key(request, params) if settings.API_RESPONSE_CACHE else None
    if key is None:
        return _answer(request, *run())
    entry = _valid_entry(key)
    if entry is not None:
        _remember_request(request, params, key)
        return _hit(request, entry)
    content_version.start_recording(request)
    points_before = rate_limit.points_charged(request)
    answer = _answer(request, *run())
    answer.cache_status = "miss"
    versions = content_version.read_by(request)
    if answer.public and None not in versions.values():
        entry = {
            "content": answer.content,
            "digest": answer.digest,
            "versions": versions,
            "points": rate_limit.points_charged(request) - points_before,
            # Wall-clock end of its life: a process's copy lives no longer than Redis's.
            "expires": time.time() + settings.API_RESPONSE_CACHE_TIMEOUT,
        }
        cache.set(key, entry, timeout=settings.API_RESPONSE_CACHE_TIMEOUT)
        if version_feed.feed() is not None:
            local_answers.put(key, entry)
        _remember(_REGIONS_OF_ENTRIES, key, tuple(versions))
        _remember_request(request, params, key)
    return answer


def _remember_request(request, params, key) -> None:
    # Not a request that registers a persisted query: each of its repeats must register it.
    found = fingerprint(request) if params.register_as is None else None
    if found is not None:
        _remember(_KEYS_OF_REQUESTS, found, key)


def _hit(request, entry) -> Answer:
    rate_limit.charge(request, entry["points"])
    return Answer(200, entry["content"], True, "hit", entry["digest"])


def _answer(request, status, body) -> Answer:
    public = status == 200 and not body.get("errors") and not serves_preview(request)
    return Answer(status, encode(body), public)


def _valid_entry(key) -> dict | None:
    """The entry under `key` if all its regions' versions still match: this process's copy
    when the version feed vouches for its versions, else from Redis. The regions an entry
    read are remembered per process, so that the entry and their versions come in one round
    trip; an entry this process has not seen yet takes a second one."""
    feed = version_feed.feed()
    if feed is not None:
        entry = local_answers.get(key)
        if entry is not None and feed.matches(entry["versions"]):
            return entry
    mark = feed.generation() if feed is not None else None
    regions = _REGIONS_OF_ENTRIES.get(key, ())
    found, versions = content_version.read_along([key], regions)
    entry = found.get(key)
    if entry is not None and set(entry["versions"]) != set(regions):
        _remember(_REGIONS_OF_ENTRIES, key, tuple(entry["versions"]))
        versions = content_version.current(entry["versions"])
    if feed is not None:
        feed.learn(versions, mark)
    if entry is None or versions != entry["versions"]:
        return None
    if feed is not None:
        local_answers.put(key, entry)
    return entry


def _entry_key(request, params) -> str | None:
    if not isinstance(params.query, str):
        return None
    document = _normalised_document(params.query)
    if document is None:  # not even parsable: the view refuses it, nothing to look up
        return None
    parts = [
        document,
        params.operation_name or "",
        params.variables,
        request.get_host().lower(),
    ]
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return _ENTRY_KEY.format(hashlib.sha256(text.encode()).hexdigest())


# Per process and bounded: {digest of a document's text: digest of its printed form} (clients
# send the same few documents again and again; parsing each time would cost more than a hit),
# {entry key: the regions its answer read}, and {request fingerprint: entry key}.
_NORMALISED_DOCUMENTS: dict[str, str | None] = {}
_REGIONS_OF_ENTRIES: dict[str, tuple[str, ...]] = {}
_KEYS_OF_REQUESTS: dict[str, str] = {}
_MAX_REMEMBERED = 1024


def _remember(memory: dict, key, value) -> None:
    remember(memory, key, value, _MAX_REMEMBERED)


def _normalised_document(query: str) -> str | None:
    text_digest = hashlib.sha256(query.encode()).hexdigest()
    try:
        return _NORMALISED_DOCUMENTS[text_digest]
    except KeyError:
        pass
    try:
        document = parse(query, max_tokens=settings.GRAPHQL_MAX_QUERY_TOKENS)
        normalised = hashlib.sha256(print_ast(document).encode()).hexdigest()
    except (GraphQLError, RecursionError):
        normalised = None
    _remember(_NORMALISED_DOCUMENTS, text_digest, normalised)
    return normalised
