"""Per process: the most recently used entries of the response cache, in memory, so that a hit
needs no Redis round trip. An entry here is served only while the content versions it was
stored with are still current (cms.api.version_feed), exactly like one from Redis, and no
longer than its Redis twin lives (the entry says until when: `expires`, wall-clock time). Bounded by the total size of the
answers (`API_RESPONSE_CACHE_LOCAL_BYTES`), least recently used out first."""

import threading
import time
from collections import OrderedDict

from django.conf import settings

_lock = threading.Lock()
# {entry key: (expires at, entry)}; an entry is the dict stored in Redis.
_entries: OrderedDict[str, tuple[float, dict]] = OrderedDict()
_size = 0


def get(key: str) -> dict | None:
    with _lock:
        found = _entries.get(key)
        if found is None:
            return None
        if found[0] <= time.time():
            _remove(key)
            return None
        _entries.move_to_end(key)
        return found[1]


def put(key: str, entry: dict) -> None:
    global _size
    limit = settings.API_RESPONSE_CACHE_LOCAL_BYTES
    size = len(entry["content"])
    expires_at = entry.get("expires", 0)
    # One huge answer would push out everything else.
    if size > limit // 4 or expires_at <= time.time():
        return
    with _lock:
        _remove(key)
        _entries[key] = (expires_at, entry)
        _size += size
        while _size > limit:
            _remove(next(iter(_entries)))


def clear() -> None:
    global _size
    with _lock:
        _entries.clear()
        _size = 0


def _remove(key: str) -> None:
    global _size
    found = _entries.pop(key, None)
    if found is not None:
        _size -= len(found[1]["content"])
