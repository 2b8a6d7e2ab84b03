"""Scheduled publishing with the real worker process: a page scheduled a few seconds ahead
appears in the API after its time, a page set to expire disappears (and is unpublished)."""

import datetime

import pytest
from django.utils import timezone

from content_models.models import ContentPage

from .conftest import add_page
from .graphql_client import data_of
from .worker_process import Worker, wait_for

pytestmark = pytest.mark.slow


def api_title(client, path):
    page = data_of(client, f'{{ page(urlPath: "{path}") {{ title }} }}')["page"]
    return page and page["title"]


def test_worker_publishes_and_expires_on_time(transactional_db, regions, client):
    soon = timezone.now() + datetime.timedelta(seconds=4)
    scheduled = ContentPage(title="Geplant", slug="geplant", go_live_at=soon)
    regions.north.add_child(instance=scheduled)
    scheduled.save_revision().publish()  # with go_live_at ahead: scheduled, not live
    scheduled.refresh_from_db()
    assert not scheduled.live and scheduled.scheduled_revision is not None

    expiring = add_page(regions.north, ContentPage(title="Endet", slug="endet"))
    expiring.expire_at = soon
    expiring.save_revision().publish()
    assert api_title(client, "/geplant/") is None
    assert api_title(client, "/endet/") == "Endet"

    worker = Worker("worker-schedule").start()
    try:
        assert wait_for(lambda: ContentPage.objects.get(pk=scheduled.pk).live, 40)
        assert wait_for(lambda: ContentPage.objects.get(pk=expiring.pk).expired, 40)
    finally:
        worker.kill()
    published_at = ContentPage.objects.get(pk=scheduled.pk).last_published_at
    assert soon <= published_at < soon + datetime.timedelta(seconds=60)
    assert api_title(client, "/geplant/") == "Geplant"
    assert api_title(client, "/endet/") is None
    assert not ContentPage.objects.get(pk=expiring.pk).live
