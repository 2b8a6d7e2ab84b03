"""The editorial workflow's records.

A preview state of a page: what the edit form held when the editor asked for a preview,
saved or not. The region's frontend fetches it from the API with a signed token."""

from django.db import models


class PagePreview(models.Model):
    # Empty for a page that is still being created.
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.CASCADE, related_name="+"
    )
    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    content_json = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "Vorschaustand"
        verbose_name_plural = "Vorschaustände"

    def __str__(self):
        return f"Vorschau {self.pk} von Seite {self.page_id}"

    def as_page(self):
        """The page as it was in the form (its own type), never saved to the page tree."""
        model = self.content_type.model_class()
        return model.from_json(self.content_json)


class ChangeEvent(models.Model):
    """One change the API can see. The single record that webhooks (and later the response
    cache and a change feed) read; written by cms.editorial.events only."""

    class Type(models.TextChoices):
        PAGE_PUBLISHED = "page.published", "Seite veröffentlicht"
        PAGE_UNPUBLISHED = "page.unpublished", "Seite zurückgezogen"
        PAGE_MOVED = "page.moved", "Seite verschoben"
        PAGE_DELETED = "page.deleted", "Seite gelöscht"
        SNIPPET_PUBLISHED = "snippet.published", "Eintrag veröffentlicht"
        SNIPPET_UNPUBLISHED = "snippet.unpublished", "Eintrag zurückgezogen"
        SNIPPET_DELETED = "snippet.deleted", "Eintrag gelöscht"
        IMAGE_SAVED = "image.saved", "Bild gespeichert"
        IMAGE_DELETED = "image.deleted", "Bild gelöscht"
        DOCUMENT_SAVED = "document.saved", "Dokument gespeichert"
        DOCUMENT_DELETED = "document.deleted", "Dokument gelöscht"
        SETTINGS_SAVED = "settings.saved", "Einstellungen der Region gespeichert"

    event_type = models.CharField("Art", max_length=40, choices=Type.choices, db_index=True)
    object_type = models.CharField("Objekttyp", max_length=100)
    object_id = models.CharField("Objekt-ID", max_length=40)
    regions = models.JSONField("Betroffene Regionen", default=list)
    url_path = models.CharField("Pfad", max_length=500, blank=True)
    locale = models.CharField("Sprache", max_length=20, blank=True)
    created_at = models.DateTimeField("Zeitpunkt", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "Änderung"
        verbose_name_plural = "Änderungen"
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_event_type_display()}: {self.object_type} {self.object_id}"

    def as_json(self) -> dict:
        return {
            "id": self.pk,
            "type": self.event_type,
            "objectType": self.object_type,
            "objectId": self.object_id,
            "regions": self.regions,
            "urlPath": self.url_path,
            "locale": self.locale,
            "time": self.created_at.isoformat(),
        }


class WebhookEndpoint(models.Model):
    """A receiver of one region's change events, e.g. the build hook of its static site."""

    region = models.ForeignKey(
        "content_models.RegionHomePage",
        verbose_name="Region",
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.URLField("Adresse", help_text="Empfängt jede Änderung als JSON per POST.")
    secret = models.CharField(
        "Geheimnis",
        max_length=200,
        help_text="Signiert jede Zustellung (HMAC-SHA256, Kopfzeile „X-CMS-Signature“).",
    )
    event_types = models.JSONField(
        "Arten von Änderungen",
        default=list,
        blank=True,
        help_text="Keine angekreuzt: alle Arten.",
    )
    active = models.BooleanField("Aktiv", default=True)

    class Meta:
        verbose_name = "Webhook"
        verbose_name_plural = "Webhooks"

    def __str__(self):
        return f"{self.url} ({self.region})"

    def wants(self, event: ChangeEvent) -> bool:
        return self.active and (not self.event_types or event.event_type in self.event_types)


class WebhookDelivery(models.Model):
    """One event for one endpoint, retried with growing pauses until it is delivered or
    WEBHOOK_RETRY_HOURS have passed. Written in the event's own transaction: nothing is lost."""

    class State(models.TextChoices):
        PENDING = "pending", "Ausstehend"
        DELIVERED = "delivered", "Zugestellt"
        FAILED = "failed", "Aufgegeben"

    endpoint = models.ForeignKey(
        WebhookEndpoint, verbose_name="Webhook", on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.ForeignKey(
        ChangeEvent, verbose_name="Änderung", on_delete=models.CASCADE, related_name="deliveries"
    )
    state = models.CharField(
        "Status", max_length=20, choices=State.choices, default=State.PENDING, db_index=True
    )
    attempts = models.PositiveIntegerField("Versuche", default=0)
    next_attempt_at = models.DateTimeField("Nächster Versuch", db_index=True)
    # A worker holds a delivery while it sends it; a crashed worker's hold runs out.
    leased_until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField("Angelegt", auto_now_add=True)

    class Meta:
        verbose_name = "Zustellung"
        verbose_name_plural = "Zustellungen"
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.event} → {self.endpoint.url}"


class WebhookAttempt(models.Model):
    delivery = models.ForeignKey(
        WebhookDelivery, on_delete=models.CASCADE, related_name="attempt_log"
    )
    attempted_at = models.DateTimeField("Zeitpunkt", auto_now_add=True)
    status_code = models.PositiveIntegerField("HTTP-Status", null=True, blank=True)
    error = models.CharField("Fehler", max_length=500, blank=True)
    duration_ms = models.PositiveIntegerField("Dauer (ms)", default=0)

    class Meta:
        verbose_name = "Zustellversuch"
        verbose_name_plural = "Zustellversuche"
        ordering = ["attempted_at", "pk"]

    def __str__(self):
        return f"{self.attempted_at:%d.%m.%Y %H:%M:%S}: {self.status_code or self.error}"
