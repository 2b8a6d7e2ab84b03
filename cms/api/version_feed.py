"""Per process: the content versions of the regions, known without a Redis round trip.

Every bump (cms.api.content_version) is published on a Redis channel after it is stored; each
app process listens on that channel and keeps a table {hostname: version}. A request reads
whatever has arrived on the subscription's socket before it looks at the table (a
non-blocking read, no round trip), so once the bump's publish has returned, the next request
of every listening process sees the new version. Versions the table does not hold yet are
learned from what the request read from Redis anyway, and only when no bump arrived
meanwhile (a read from before a bump must not overwrite the bump).

The table is trusted only while the subscription is healthy: before its subscription is
confirmed, after any error on it (Redis restarted or down) the table is emptied and every
request asks Redis as before; a new subscription is tried at most once a second. A learned
version is trusted for `API_RESPONSE_CACHE_LOCAL_TRUST_SECONDS` only, then read from Redis
again: that bounds what a subscription that silently stopped hearing (a half-open connection)
could serve late.

Only with django-redis: with another cache (the tests' and `make run`'s process memory) there
is no other process to hear from, and `feed()` is None."""

import logging
import os
import threading
import time

from django.conf import settings

logger = logging.getLogger("cms.cache")

CHANNEL = "content-versions"
RETRY_SECONDS = 1.0


class VersionFeed:
    def __init__(self, client_factory, channel: str):
        self._client_factory = client_factory
        self._channel = channel
        self._lock = threading.Lock()
        self._pubsub = None
        self._pid = None
        self._retry_at = 0.0
        # {hostname: (version, learned at)}; `_generation` counts what changed the table.
        self._versions: dict[str, tuple[str, float]] = {}
        self._generation = 0

    # -- what the response cache asks ---------------------------------------------------------

    def matches(self, versions: dict) -> bool:
        """Whether every region of `versions` is known here and still at that version."""
        with self._lock:
            if not self._listen():
                return False
            oldest = time.monotonic() - settings.API_RESPONSE_CACHE_LOCAL_TRUST_SECONDS
            for hostname, version in versions.items():
                known = self._versions.get(hostname)
                if known is None or known[0] != version or known[1] < oldest:
                    return False
            return True

    def generation(self) -> int | None:
        """A mark to pass to `learn`; None while the feed is not healthy."""
        with self._lock:
            return self._generation if self._listen() else None

    def learn(self, versions: dict, generation: int | None) -> None:
        """Versions read from Redis after `generation()` returned `generation`: kept unless the
        table changed meanwhile (a bump may have overtaken the read)."""
        if generation is None:
            return
        with self._lock:
            if not self._listen() or self._generation != generation:
                return
            now = time.monotonic()
            for hostname, version in versions.items():
                if version is not None:
                    self._versions[hostname] = (version, now)

    def bumped(self, versions: dict) -> None:
        """This process's own bump, before (and besides) its message comes back."""
        with self._lock:
            self._apply(versions)

    # -- the subscription ---------------------------------------------------------------------

    def _apply(self, versions: dict) -> None:
        now = time.monotonic()
        for hostname, version in versions.items():
            self._versions[hostname] = (version, now)
        self._generation += 1

    def _listen(self) -> bool:
        """Subscribes where needed and applies what has arrived; False when not healthy."""
        if self._pid != os.getpid():  # a forked worker has no subscription of its own yet
            self._drop()
            self._pid = os.getpid()
        if self._pubsub is None and not self._subscribe():
            return False
        try:
            while True:
                message = self._pubsub.get_message(timeout=0)
                if message is None:
                    return True
                if message["type"] == "message":
                    self._apply(_decoded(message["data"]))
        except Exception as error:  # noqa: BLE001 - any failure: ask Redis until it is back
            self._fail(error)
            return False

    def _subscribe(self) -> bool:
        now = time.monotonic()
        if now < self._retry_at:
            return False
        try:
            pubsub = self._client_factory().pubsub()
            pubsub.subscribe(self._channel)
            # Healthy only once Redis confirms: a version read before that could miss a bump.
            deadline = now + RETRY_SECONDS
            while True:
                message = pubsub.get_message(timeout=max(0.0, deadline - time.monotonic()))
                if message is not None and message["type"] == "subscribe":
                    break
                if time.monotonic() >= deadline:
                    raise TimeoutError("no confirmation of the subscription")
        except Exception as error:  # noqa: BLE001
            self._fail(error)
            return False
        self._pubsub = pubsub
        self._versions.clear()
        self._generation += 1
        return True

    def _fail(self, error) -> None:
        if self._pubsub is not None:
            logger.warning("Content version feed lost (%s); asking Redis meanwhile.", error)
        self._drop()
        self._retry_at = time.monotonic() + RETRY_SECONDS

    def _drop(self) -> None:
        if self._pubsub is not None:
            try:
                self._pubsub.close()
            except Exception:  # noqa: BLE001, S110 - closing a broken connection
                pass
        self._pubsub = None
        self._versions.clear()
        self._generation += 1


def message_of(versions: dict) -> str:
    return " ".join(f"{hostname}={version}" for hostname, version in versions.items())


def _decoded(data) -> dict:
    text = data.decode() if isinstance(data, bytes) else str(data)
    return dict(part.split("=", 1) for part in text.split() if "=" in part)


def channel_name() -> str:
    """The channel of this cache's key prefix: two installations on one Redis stay apart."""
    prefix = settings.CACHES["default"].get("KEY_PREFIX", "")
    return f"{prefix}:{CHANNEL}"


def uses_redis() -> bool:
    return settings.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"


def redis_client():
    from django_redis import get_redis_connection

    return get_redis_connection("default")


_feeds: dict[tuple, VersionFeed] = {}


def feed() -> VersionFeed | None:
    """This process's feed for the configured Redis, or None without Redis or with the
    process-local layer switched off (`API_RESPONSE_CACHE_LOCAL=0`)."""
    if not (settings.API_RESPONSE_CACHE_LOCAL and uses_redis()):
        return None
    # Per location: a test that points the cache at another Redis gets a feed of its own.
    default = settings.CACHES["default"]
    where = (default["LOCATION"], default.get("KEY_PREFIX", ""))
    found = _feeds.get(where)
    if found is None:
        found = _feeds.setdefault(where, VersionFeed(redis_client, channel_name()))
    return found


def publish(versions: dict) -> None:
    """Tells every listening process of a bump; a failure is logged (the bump itself, in
    Redis, is what a process without the feed reads)."""
    if not uses_redis():
        return
    try:
        redis_client().publish(channel_name(), message_of(versions))
    except Exception as error:  # noqa: BLE001
        logger.warning("Could not publish a content version bump: %s", error)
