"""Webhooks against a real HTTP receiver on loopback: signed deliveries, retries after a 500
and while the receiver is down, every attempt kept; and, with the real worker process, nothing
lost across a worker restart."""

import datetime
import hashlib
import hmac
import json

import pytest
from django.utils import timezone

from cms.editorial.models import WebhookDelivery, WebhookEndpoint
from cms.editorial.webhooks import SIGNATURE_HEADER, send_due
from content_models.models import ContentPage

from .conftest import add_page
from .webhook_receiver import Receiver
from .worker_process import Worker, wait_for

PORT = 18710
SECRET = "geheim-und-lang-genug"


def verify(request, secret=SECRET, max_age=300) -> dict:
    """What a receiver does: recompute the signature, refuse old timestamps."""
    header = request["headers"][SIGNATURE_HEADER]
    parts = dict(part.split("=", 1) for part in header.split(","))
    timestamp = int(parts["t"])
    assert abs(timezone.now().timestamp() - timestamp) < max_age
    expected = hmac.new(
        secret.encode(), f"{timestamp}.".encode() + request["body"], hashlib.sha256
    ).hexdigest()
    assert hmac.compare_digest(expected, parts["v1"])
    return json.loads(request["body"])


@pytest.fixture
def receiver():
    receiver = Receiver(PORT)
    yield receiver
    receiver.stop()


@pytest.fixture
def endpoint(regions, receiver):
    return WebhookEndpoint.objects.create(region=regions.north, url=receiver.url, secret=SECRET)


def make_due():
    WebhookDelivery.objects.update(next_attempt_at=timezone.now())


def test_delivery_is_signed_and_carries_the_event(regions, endpoint, receiver):
    receiver.start()
    add_page(regions.north, ContentPage(title="Neu", slug="neu"))
    assert send_due() == 1
    [request] = receiver.requests
    payload = verify(request)
    assert payload["type"] == "page.published"
    assert payload["regions"] == ["north.test"] and payload["urlPath"] == "/neu/"
    assert payload["objectType"] == "content_models.contentpage"
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == "delivered" and delivery.attempts == 1
    assert [a.status_code for a in delivery.attempt_log.all()] == [204]
    with pytest.raises(AssertionError):
        verify(request, secret="falsch")


def test_retry_after_a_500_with_backoff(regions, endpoint, receiver, settings):
    settings.WEBHOOK_RETRY_BASE_SECONDS = 60
    receiver.statuses = [500]
    receiver.start()
    add_page(regions.north, ContentPage(title="Neu", slug="neu"))
    assert send_due() == 0
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == "pending" and delivery.attempts == 1
    pause = delivery.next_attempt_at - timezone.now()
    assert datetime.timedelta(seconds=50) < pause <= datetime.timedelta(seconds=60)
    assert send_due() == 0  # not yet due
    make_due()
    assert send_due() == 1
    delivery.refresh_from_db()
    assert delivery.state == "delivered"
    assert [(a.status_code, a.error) for a in delivery.attempt_log.all()] == [
        (500, "HTTP 500"),
        (204, ""),
    ]
    # The backoff doubles after each failure, at most an hour.
    from cms.editorial.webhooks import backoff

    assert [backoff(n).total_seconds() for n in (1, 2, 3, 10)] == [60, 120, 240, 3600]


def test_delivered_once_the_receiver_is_back(regions, endpoint, receiver):
    add_page(regions.north, ContentPage(title="Neu", slug="neu"))
    assert send_due() == 0  # nobody listens
    delivery = WebhookDelivery.objects.get()
    assert "ConnectionError" in delivery.attempt_log.get().error
    receiver.start()
    make_due()
    assert send_due() == 1
    assert verify(receiver.requests[0])["urlPath"] == "/neu/"


def test_gives_up_only_after_the_retry_period(regions, endpoint, receiver, settings):
    add_page(regions.north, ContentPage(title="Neu", slug="neu"))
    WebhookDelivery.objects.update(created_at=timezone.now() - datetime.timedelta(hours=23))
    send_due()
    assert WebhookDelivery.objects.get().state == "pending"
    WebhookDelivery.objects.update(
        created_at=timezone.now() - datetime.timedelta(hours=settings.WEBHOOK_RETRY_HOURS + 1),
        next_attempt_at=timezone.now(),
    )
    send_due()
    assert WebhookDelivery.objects.get().state == "failed"
    assert settings.WEBHOOK_RETRY_HOURS >= 24


@pytest.mark.slow
def test_nothing_is_lost_across_a_worker_restart(transactional_db, regions, receiver):
    endpoint = WebhookEndpoint.objects.create(region=regions.north, url=receiver.url, secret=SECRET)
    worker = Worker("worker-restart").start()
    try:
        add_page(regions.north, ContentPage(title="Neu", slug="neu"))
        delivery = WebhookDelivery.objects.get(endpoint=endpoint)
        # The receiver is down: the worker tries and fails.
        assert wait_for(lambda: delivery.attempt_log.exists()), "worker made no attempt"
        worker.kill()
        receiver.start()
        worker = Worker("worker-restart").start()
        # Every delivery, also the one of the page the worker expired meanwhile: their retries
        # fall due at different moments.
        deliveries = WebhookDelivery.objects.filter(endpoint=endpoint)
        assert wait_for(
            lambda: deliveries.count() >= 2 and not deliveries.exclude(state="delivered").exists(),
            90,
        ), list(delivery.attempt_log.values_list("error", flat=True))
    finally:
        worker.kill()
    events = [verify(request) for request in receiver.requests]
    # Exactly once; beside it the worker expired the fixture's overdue page and said so too.
    assert [(e["type"], e["urlPath"]) for e in events if e["urlPath"] == "/neu/"] == [
        ("page.published", "/neu/")
    ]
    assert ("page.unpublished", "/strategie/abgelaufen/") in [
        (e["type"], e["urlPath"]) for e in events
    ]


def test_webhooks_and_deliveries_are_kept_in_the_admin(client, regions, receiver):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    client.force_login(get_user_model().objects.create_superuser("chef", "c@example.org", "pw"))
    response = client.post(
        reverse("webhookendpoint:add"),
        {
            "region": regions.north.pk,
            "url": receiver.url,
            "secret": SECRET,
            "event_types": ["page.published", "page.deleted"],
            "active": "on",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.event_types == ["page.published", "page.deleted"]
    add_page(regions.north, ContentPage(title="Neu", slug="neu"))
    send_due()  # the receiver is down
    listing = client.get(reverse("webhookdelivery:index")).content.decode()
    assert "Ausstehend" in listing and receiver.url in listing
    attempts = client.get(reverse("webhookattempt:index")).content.decode()
    assert "ConnectionError" in attempts
