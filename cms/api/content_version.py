"""The content version of each region: a token in Django's cache (Redis when `REDIS_URL` is
set) that changes whenever a change event touches the region. Cached answers are stored with
the versions of the regions they read and are valid only while those still match.

A version is a random token, not a counter: if Redis loses it (eviction, restart) the region
gets a new one, and no old entry can ever match it again by chance."""

import uuid

from django.core.cache import cache

from . import version_feed

_KEY = "content-version:{}"
_READ_ATTRIBUTE = "_content_versions_read"


def _key(hostname: str) -> str:
    return _KEY.format(hostname.lower())


def _new_token() -> str:
    return uuid.uuid4().hex


def current(hostnames) -> dict[str, str | None]:
    """{hostname: version} of the regions named; a region without one gets one now (None while
    the cache is unreachable: no entry is stored or served with it)."""
    hostnames = {hostname.lower() for hostname in hostnames}
    found = cache.get_many([_key(hostname) for hostname in hostnames])
    versions = {}
    for hostname in hostnames:
        key = _key(hostname)
        versions[hostname] = found.get(key) or _first_version(key)
    return versions


def _first_version(key) -> str | None:
    """Of two requests that both find no version, both take the one stored first; None when
    the cache cannot be reached (django-redis answers None for a failed call)."""
    token = _new_token()
    added = cache.add(key, token, timeout=None)
    if added:
        return token
    return cache.get(key) if added is False else None


def read_along(keys, hostnames) -> tuple[dict, dict[str, str | None]]:
    """In one cache round trip: the values of the other `keys` found, and the versions of the
    regions named (None for one that has none yet)."""
    version_keys = {_key(hostname): hostname.lower() for hostname in hostnames}
    found = cache.get_many([*keys, *version_keys])
    versions = {hostname: found.pop(key, None) for key, hostname in version_keys.items()}
    return found, versions


def bump(hostnames) -> None:
    """Gives the regions new versions: every answer cached from their content is stale. Told
    to every process's version feed once stored (cms.api.version_feed)."""
    versions = {hostname.lower(): _new_token() for hostname in hostnames}
    if not versions:
        return
    cache.set_many({_key(hostname): token for hostname, token in versions.items()}, timeout=None)
    feed = version_feed.feed()
    if feed is not None:
        feed.bumped(versions)
    version_feed.publish(versions)


def start_recording(request) -> None:
    """From now on, the request notes the version of every region whose gate it opens."""
    setattr(request, _READ_ATTRIBUTE, {})


def note_read(request, site) -> None:
    """Called as a root field opens a region's gate, before it reads the region's content: the
    version read now is the one an answer made of that content may be stored with."""
    versions = getattr(request, _READ_ATTRIBUTE, None)
    if versions is not None and site.hostname.lower() not in versions:
        versions.update(current([site.hostname]))


def read_by(request) -> dict[str, str]:
    """{hostname: version} of the regions the request read since `start_recording`."""
    return getattr(request, _READ_ATTRIBUTE, {})
