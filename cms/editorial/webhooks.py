"""Sending change events to the regions' webhooks: signed, retried with exponential backoff,
every attempt kept.

Signature: the header `X-CMS-Signature: t=<unix time>,v1=<hex>` where `<hex>` is
HMAC-SHA256 with the endpoint's secret over `<unix time>.<request body>`. A receiver
recomputes it and refuses old timestamps, so a captured request cannot be replayed later."""

import datetime
import hashlib
import hmac
import json
import logging
import time

import requests
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .models import WebhookAttempt, WebhookDelivery

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-CMS-Signature"
State = WebhookDelivery.State


def signature(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def backoff(attempts: int) -> datetime.timedelta:
    """Pause after the n-th failed attempt: base, 2·base, 4·base, ... at most an hour."""
    base = settings.WEBHOOK_RETRY_BASE_SECONDS
    return datetime.timedelta(seconds=min(base * 2 ** (attempts - 1), 3600))


def _lease() -> datetime.timedelta:
    return datetime.timedelta(seconds=settings.WEBHOOK_TIMEOUT_SECONDS + 30)


def claim_due(limit=50) -> list[WebhookDelivery]:
    """Pending deliveries whose time has come and that no live worker holds."""
    now = timezone.now()
    with transaction.atomic():
        due = list(
            # The endpoint and event come along for the POST; only the deliveries are locked.
            WebhookDelivery.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("endpoint", "event")
            .filter(state=State.PENDING, next_attempt_at__lte=now)
            .filter(Q(leased_until__isnull=True) | Q(leased_until__lt=now))
            .order_by("next_attempt_at", "pk")[:limit]
        )
        WebhookDelivery.objects.filter(pk__in=[d.pk for d in due]).update(
            leased_until=now + _lease()
        )
    return due


def attempt(delivery: WebhookDelivery) -> bool:
    """One POST of the delivery's event (claimed with its endpoint and event); records the
    attempt and the next step."""
    body = json.dumps(delivery.event.as_json(), separators=(",", ":")).encode()
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Smart-Region-CMS-Webhooks",
        SIGNATURE_HEADER: signature(delivery.endpoint.secret, timestamp, body),
    }
    started = time.monotonic()
    status_code, error = None, ""
    try:
        response = requests.post(
            delivery.endpoint.url,
            data=body,
            headers=headers,
            timeout=settings.WEBHOOK_TIMEOUT_SECONDS,
            allow_redirects=False,
        )
        status_code = response.status_code
        if not 200 <= status_code < 300:
            error = f"HTTP {status_code}"
    except requests.RequestException as exc:
        error = f"{type(exc).__name__}: {exc}"[:500]
    duration = int((time.monotonic() - started) * 1000)

    now = timezone.now()
    delivery.attempts += 1
    delivery.leased_until = None
    if not error:
        delivery.state = State.DELIVERED
    elif now - delivery.created_at > datetime.timedelta(hours=settings.WEBHOOK_RETRY_HOURS):
        delivery.state = State.FAILED
    else:
        delivery.next_attempt_at = now + backoff(delivery.attempts)
    with transaction.atomic():
        WebhookAttempt.objects.create(
            delivery=delivery, status_code=status_code, error=error, duration_ms=duration
        )
        delivery.save(update_fields=["attempts", "leased_until", "state", "next_attempt_at"])
    if error:
        logger.warning("Webhook %s failed: %s", delivery.endpoint.url, error)
    return not error


def send_due() -> int:
    """Sends what is due; returns how many were delivered."""
    return sum(attempt(delivery) for delivery in claim_due())
