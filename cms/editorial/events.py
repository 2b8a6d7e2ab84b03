"""Change events: the one place that turns what editors do into `ChangeEvent` rows.

Every change the API can see writes one event (page publish, unpublish, move, delete; snippet
publish, unpublish, delete; image and document save and delete; region settings save) and, in
the same transaction, one pending delivery per webhook of each affected region. The worker
sends those later (cms.editorial.webhooks); a receiver that is down loses nothing. Once the
transaction commits, the regions' content versions move on and the CDN is purged
(cms.api.invalidation)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from cms.api.invalidation import after_change

from .models import ChangeEvent, WebhookDelivery, WebhookEndpoint

Type = ChangeEvent.Type


def _regions():
    """(home page id, home path, home url_path, hostname) of every region's tree in every
    language: a translation lives below the translated home page, not below the site's root
    page (the German home, whose id names the region)."""
    sites = {
        key: (home_id, hostname)
        for home_id, key, hostname in Site.objects.values_list(
            "root_page_id", "root_page__translation_key", "hostname"
        )
    }
    trees = Page.objects.filter(translation_key__in=sites).values_list(
        "translation_key", "path", "url_path"
    )
    return [(sites[key][0], path, url_path, sites[key][1]) for key, path, url_path in trees]


def record(event_type, obj, homes, url_path="", locale=""):
    """Writes the event and its pending deliveries; `homes` are the affected regions'
    (home id, hostname) pairs."""
    # A page is named by its own type, also when only its base row is at hand (moves, deletes).
    model = (obj.specific_class or type(obj)) if isinstance(obj, Page) else type(obj)
    with transaction.atomic():
        event = ChangeEvent.objects.create(
            event_type=event_type,
            object_type=model._meta.label_lower,
            object_id=str(obj.pk),
            regions=sorted({hostname for _, hostname in homes}),
            url_path=url_path,
            locale=locale,
        )
        endpoints = WebhookEndpoint.objects.filter(
            region_id__in={home for home, _ in homes}, active=True
        )
        now = timezone.now()
        WebhookDelivery.objects.bulk_create(
            WebhookDelivery(endpoint=endpoint, event=event, next_attempt_at=now)
            for endpoint in endpoints
            if endpoint.wants(event)
        )
        # The response cache's region versions and the CDN read the same record.
        after_change(event)
    return event


def record_page(event_type, page):
    homes, url_path = [], ""
    for home_id, home_path, home_url_path, hostname in _regions():
        if page.path.startswith(home_path):
            homes.append((home_id, hostname))
            url_path = "/" + page.url_path[len(home_url_path) :]
    locale = page.locale.language_code if page.locale_id else ""
    return record(event_type, page, homes, url_path, locale)


def _all_regions():
    return list(dict.fromkeys((home_id, hostname) for home_id, _, _, hostname in _regions()))


def record_snippet(event_type, obj):
    region_id = getattr(obj, "region_id", None)
    homes = [home for home in _all_regions() if region_id is None or home[0] == region_id]
    return record(event_type, obj, homes)


def record_media(event_type, item):
    """Media in a region's collection (or below it) concern that region; others all."""
    from content_models.models import RegionHomePage

    path = item.collection.path if item.collection_id else ""
    owners = {
        home_id
        for home_id, collection_path in RegionHomePage.objects.filter(
            media_collection__isnull=False
        ).values_list("pk", "media_collection__path")
        if path.startswith(collection_path) and len(collection_path) > 4  # not the root
    }
    homes = [home for home in _all_regions() if not owners or home[0] in owners]
    return record(event_type, item, homes)


# ---- signal receivers ----------------------------------------------------------------------


def _on_page_published(sender, instance, **kwargs):
    record_page(Type.PAGE_PUBLISHED, instance)


def _on_page_unpublished(sender, instance, **kwargs):
    record_page(Type.PAGE_UNPUBLISHED, instance)


def _on_page_moved(sender, instance, **kwargs):
    if instance.live:
        record_page(Type.PAGE_MOVED, instance)


def _on_page_deleted(sender, instance, **kwargs):
    # A draft that never went out changes nothing the API shows. (Wagtail unpublishes a live
    # page before deleting it, so `live` is no guide here.)
    if instance.first_published_at is not None:
        record_page(Type.PAGE_DELETED, instance)


def _is_snippet(instance):
    from content_models.models.snippets import PublishableSnippet

    return isinstance(instance, PublishableSnippet)


def _on_published(sender, instance, **kwargs):
    if _is_snippet(instance):
        record_snippet(Type.SNIPPET_PUBLISHED, instance)


def _on_unpublished(sender, instance, **kwargs):
    if _is_snippet(instance):
        record_snippet(Type.SNIPPET_UNPUBLISHED, instance)


def _on_snippet_deleted(sender, instance, **kwargs):
    if _is_snippet(instance) and instance.live:
        record_snippet(Type.SNIPPET_DELETED, instance)


def _on_media(saved_type, deleted_type):
    def on_save(sender, instance, raw=False, **kwargs):
        if raw:  # a restore loading rows: its change events come from the archive
            return
        record_media(saved_type, instance)

    def on_delete(sender, instance, **kwargs):
        record_media(deleted_type, instance)

    return on_save, on_delete


def _on_settings_saved(sender, instance, raw=False, **kwargs):
    if raw:  # a restore loading rows: its change events come from the archive
        return
    site = instance.site
    record(Type.SETTINGS_SAVED, instance, [(site.root_page_id, site.hostname)])


def connect():
    from content_models.models import (
        Contact,
        Municipality,
        Organisation,
        RegionNavigation,
        RegionSettings,
        Theme,
    )

    page_published.connect(_on_page_published, dispatch_uid="events-page-published")
    page_unpublished.connect(_on_page_unpublished, dispatch_uid="events-page-unpublished")
    post_page_move.connect(_on_page_moved, dispatch_uid="events-page-moved")
    post_delete.connect(_on_page_deleted, sender=Page, dispatch_uid="events-page-deleted")
    published.connect(_on_published, dispatch_uid="events-published")
    unpublished.connect(_on_unpublished, dispatch_uid="events-unpublished")
    for model in (Contact, Municipality, Organisation, Theme):
        post_delete.connect(_on_snippet_deleted, sender=model, dispatch_uid=f"events-del-{model}")
    for model, saved, deleted in (
        (get_image_model(), Type.IMAGE_SAVED, Type.IMAGE_DELETED),
        (get_document_model(), Type.DOCUMENT_SAVED, Type.DOCUMENT_DELETED),
    ):
        on_save, on_delete = _on_media(saved, deleted)
        post_save.connect(on_save, sender=model, dispatch_uid=f"events-save-{model}", weak=False)
        post_delete.connect(
            on_delete, sender=model, dispatch_uid=f"events-delete-{model}", weak=False
        )
    # The menus are settings of the region as well: the API answers them (`navigation`).
    for model in (RegionSettings, RegionNavigation):
        post_save.connect(_on_settings_saved, sender=model, dispatch_uid=f"events-settings-{model}")
