"""Whether a region's preview frontend answers, before the preview panel sends an editor there.

A frontend that is down (the local microsite not started beside `make run`) would leave the
panel an empty frame; the CMS then shows its own plain preview with a note instead. The check
asks only the address the region itself configured, and keeps the result briefly, so the
panel's repeated refreshes do not each wait for it."""

import hashlib
from urllib.parse import urlsplit, urlunsplit

import requests
from django.conf import settings
from django.core.cache import cache


def cache_key(url: str) -> str:
    return "preview-frontend-answers:" + hashlib.sha256(url.encode()).hexdigest()


def preview_frontend_answers(url: str) -> bool:
    if not settings.PREVIEW_FRONTEND_CHECK:
        return True
    key = cache_key(url)
    found = cache.get(key)
    if found is None:
        found = _answers(url)
        cache.set(key, found, settings.PREVIEW_FRONTEND_CHECK_SECONDS)
    return found


def _loopback(url: str) -> tuple[str, dict]:
    """*.localhost names are loopback (RFC 6761), as browsers resolve them; the system's
    resolver often knows only `localhost` itself."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if host != "localhost" and not host.endswith(".localhost"):
        return url, {}
    netloc = "127.0.0.1" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc)), {"Host": parts.netloc}


def _answers(url: str) -> bool:
    """Any answer below 500 counts: without a token the preview route rightly refuses."""
    address, host = _loopback(url)
    try:
        with requests.get(
            address,
            timeout=settings.PREVIEW_FRONTEND_TIMEOUT,
            allow_redirects=False,
            stream=True,
            headers={"User-Agent": "Smart-Region-CMS-Preview-Check", **host},
        ) as response:
            return response.status_code < 500
    except requests.RequestException:
        return False
