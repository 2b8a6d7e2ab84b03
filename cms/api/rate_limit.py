"""How often one client may ask: a budget of points per time window, counted in the cache (Redis
when `REDIS_URL` is set, so every app process shares the count; process memory otherwise).

Every request costs one point when it arrives, and its query's cost adds more before anything
executes (one point per `RATE_LIMIT_COST_PER_POINT`), so a few expensive queries use up the
budget as fast as many cheap ones. A client is its API key when it sends a configured one, else
its IP address; `X-Forwarded-For` is believed only from the proxies in
`RATE_LIMIT_TRUSTED_PROXIES`. Only `/graphql/` is limited: health checks never are."""

import functools
import hashlib
import ipaddress
import time

from django.conf import settings
from django.core.cache import cache

from .http import RequestProblem

_CHARGED_ATTRIBUTE = "_rate_limit_points"
_CLIENT_ATTRIBUTE = "_rate_limit_client"


def points_for(cost: int) -> int:
    return 1 + cost // settings.RATE_LIMIT_COST_PER_POINT


def charge(request, points: int) -> None:
    """Counts `points` against the client's budget; over it, raises a 429 problem."""
    client, budget = _client(request)  # an unknown API key is refused even with limits off
    if points <= 0:
        return
    # What the request has cost so far: the response cache charges a hit as much.
    setattr(request, _CHARGED_ATTRIBUTE, points_charged(request) + points)
    if not settings.RATE_LIMIT_ENABLED:
        return
    window = settings.RATE_LIMIT_WINDOW_SECONDS
    now = time.time()
    key = f"ratelimit:{client}:{int(now // window)}"
    cache.add(key, 0, timeout=window + 1)
    try:
        used = cache.incr(key, points)
    except ValueError:  # the window's key expired between add and incr
        cache.add(key, points, timeout=window + 1)
        used = points
    if used is None:  # Redis is down (django-redis logs it): nothing is counted meanwhile
        return
    if used > budget:
        retry_after = max(1, int(window - now % window) + 1)
        raise RequestProblem(
            429,
            f"Too many requests: at most {budget} points per {window} s "
            f"(RATE_LIMIT_POINTS); try again in {retry_after} s.",
            {"Retry-After": str(retry_after)},
        )


def points_charged(request) -> int:
    return getattr(request, _CHARGED_ATTRIBUTE, 0)


def _client(request) -> tuple[str, int]:
    """The client and its budget, found once per request (a request is charged more than once)."""
    found = getattr(request, _CLIENT_ATTRIBUTE, None)
    if found is None:
        found = _identify(request)
        setattr(request, _CLIENT_ATTRIBUTE, found)
    return found


def _identify(request) -> tuple[str, int]:
    key = request.headers.get(settings.API_KEY_HEADER)
    if key:
        if key not in settings.API_KEYS:
            raise RequestProblem(401, f"Unknown API key in `{settings.API_KEY_HEADER}`.")
        digest = hashlib.sha256(key.encode()).hexdigest()[:32]
        return f"key:{digest}", settings.RATE_LIMIT_API_KEY_POINTS
    return f"ip:{client_address(request)}", settings.RATE_LIMIT_POINTS


def client_address(request) -> str:
    """The client's IP: the peer's, unless the peer is a trusted proxy; then the right-most
    address in `X-Forwarded-For` that is not a trusted proxy itself."""
    peer = request.META.get("REMOTE_ADDR", "")
    if not _trusted(peer):
        return peer
    forwarded = [part.strip() for part in request.headers.get("X-Forwarded-For", "").split(",")]
    for address in reversed([part for part in forwarded if part]):
        if not _valid(address):
            return peer
        if not _trusted(address):
            return address
    return peer


def _valid(address: str) -> bool:
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return False
    return True


def _trusted(address: str) -> bool:
    proxies = settings.RATE_LIMIT_TRUSTED_PROXIES
    if not proxies:  # the common case needs no address parsing (twice per request)
        return False
    if not _valid(address):
        return False
    ip = ipaddress.ip_address(address)
    return any(ip in network for network in _networks(tuple(proxies)))


@functools.lru_cache(maxsize=4)
def _networks(proxies: tuple[str, ...]) -> tuple:
    """The trusted proxies' networks, parsed once per setting rather than per address."""
    return tuple(ipaddress.ip_network(net, strict=False) for net in proxies)
