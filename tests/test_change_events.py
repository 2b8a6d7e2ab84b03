"""Every change the API can see writes one change event, with the regions it concerns and the
page's path relative to its region; webhooks of those regions get a pending delivery."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, Site

from cms.editorial.models import ChangeEvent, WebhookDelivery, WebhookEndpoint
from content_models.models import ContentPage, RegionSettings, Theme

from .conftest import add_page, publish_snippet
from .media_factory import make_image


def events():
    return list(
        ChangeEvent.objects.order_by("pk").values_list(
            "event_type", "object_type", "regions", "url_path"
        )
    )


def test_page_changes_write_events(regions):
    ChangeEvent.objects.all().delete()
    page = add_page(regions.north, ContentPage(title="Neu", slug="neu"))
    page.move(regions.strategies, pos="last-child")
    page.refresh_from_db()
    page.unpublish()
    page.save_revision().publish()
    page.delete()
    ctype = "content_models.contentpage"
    assert events() == [
        ("page.published", ctype, ["north.test"], "/neu/"),
        ("page.moved", ctype, ["north.test"], "/strategie/neu/"),
        ("page.unpublished", ctype, ["north.test"], "/strategie/neu/"),
        ("page.published", ctype, ["north.test"], "/strategie/neu/"),
        # Wagtail unpublishes a live page before it deletes it.
        ("page.unpublished", ctype, ["north.test"], "/strategie/neu/"),
        ("page.deleted", ctype, ["north.test"], "/strategie/neu/"),
    ]
    assert ChangeEvent.objects.first().locale  # the page's language code


def test_snippet_media_and_settings_changes_write_events(regions):
    ChangeEvent.objects.all().delete()
    theme = publish_snippet(Theme(name="Energie", slug="energie", region=regions.south))
    shared = publish_snippet(Theme(name="Klima", slug="klima"))
    theme.unpublish()
    theme.delete()
    image = make_image("Neues Bild", Collection.get_first_root_node())
    document = get_document_model().objects.create(
        title="Plan", file=ContentFile(b"%PDF-1.4", name="plan.pdf")
    )
    document.delete()
    image.delete()
    # for_site creates the settings of south (a save), the second save changes them.
    RegionSettings.for_site(Site.objects.get(hostname="south.test")).save()
    both = ["north.test", "south.test"]
    assert [(e[0], e[2]) for e in events()] == [
        ("snippet.published", ["south.test"]),
        ("snippet.published", both),
        ("snippet.unpublished", ["south.test"]),
        ("image.saved", both),
        ("document.saved", both),
        ("document.deleted", both),
        ("image.deleted", both),
        ("settings.saved", ["south.test"]),
        ("settings.saved", ["south.test"]),
    ]
    assert shared.pk  # shared entries concern every region


def test_a_south_image_concerns_only_south(regions):
    ChangeEvent.objects.all().delete()
    regions.south_image.save()
    assert events()[-1][:3] == ("image.saved", "wagtailimages.image", ["south.test"])


def test_events_create_deliveries_for_the_regions_webhooks(regions):
    north_hook = WebhookEndpoint.objects.create(
        region=regions.north, url="http://127.0.0.1:18701/", secret="n"
    )
    only_deletes = WebhookEndpoint.objects.create(
        region=regions.north,
        url="http://127.0.0.1:18702/",
        secret="d",
        event_types=["page.deleted"],
    )
    WebhookEndpoint.objects.create(region=regions.south, url="http://127.0.0.1:18703/", secret="s")
    add_page(regions.north, ContentPage(title="Neu", slug="neu"))
    deliveries = WebhookDelivery.objects.all()
    assert [(d.endpoint_id, d.event.event_type, d.state) for d in deliveries] == [
        (north_hook.pk, "page.published", "pending")
    ]
    assert only_deletes.deliveries.count() == 0
