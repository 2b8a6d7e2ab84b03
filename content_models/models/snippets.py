"""Snippets: things many pages point at. Each may belong to one region; without a region it is
shared by all."""

from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from ..forms import RegionScopedSnippetForm
from .fields import image_field

# German umlauts as they are written in addresses ("Lüdenscheid" -> "luedenscheid").
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


class RegionScoped(models.Model):
    """A region of its own, or none for what all regions share (e.g. a common theme)."""

    region = models.ForeignKey(
        "content_models.RegionHomePage",
        verbose_name="Region",
        help_text="Leer lassen, wenn der Eintrag allen Regionen zur Verfügung steht.",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        abstract = True

    @staticmethod
    def of_regions_or_shared(region_ids) -> models.Q:
        """The entries of these regions and the ones all regions share."""
        return models.Q(region_id__in=region_ids) | models.Q(region__isnull=True)


class PublishableSnippet(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    RegionScoped,
    index.Indexed,
):
    """Snippets are drafted, moderated and published like pages; only published ones reach the
    API. Each is German first and may have an English translation (wagtail-localize); its
    `region` stays the region's German home page in every language."""

    base_form_class = RegionScopedSnippetForm

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def get_workflow(self):
        """The approval workflow of the entry's region; shared entries are kept by superusers
        and need none."""
        if self.region_id is None:
            return None
        from ..moderation import region_workflow

        return region_workflow(self.region_id)


class Theme(PublishableSnippet):
    name = models.CharField("Name", max_length=120, help_text="z. B. „Mobilität“ oder „Bildung“")
    slug = models.SlugField(
        "Kurzname", max_length=120, help_text="Für Filter im Frontend, z. B. „mobilitaet“"
    )
    description = models.TextField(
        "Beschreibung",
        blank=True,
        help_text="Ein, zwei Sätze dazu, was zu diesem Themenfeld gehört",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("region"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Themenfeld"
        verbose_name_plural = "Themenfelder"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["region", "slug", "locale"], name="unique_theme_slug_per_region"
            )
        ]

    def __str__(self):
        return self.name


class Organisation(PublishableSnippet):
    KIND_CHOICES = [
        ("agency", "Agentur / Entwicklungsgesellschaft"),
        ("municipality", "Kommune / Kreis"),
        ("university", "Hochschule / Forschung"),
        ("company", "Unternehmen"),
        ("association", "Verband / Kammer / Netzwerk"),
        ("ministry", "Land / Bund"),
    ]

    name = models.CharField("Name", max_length=200, help_text="Vollständiger Name der Organisation")
    kind = models.CharField(
        "Art",
        max_length=20,
        choices=KIND_CHOICES,
        default="agency",
        help_text="Welche Art von Organisation das ist",
    )
    description = models.TextField(
        "Beschreibung", blank=True, help_text="Kurz, was die Organisation in der Region tut"
    )
    website = models.URLField("Website", blank=True, help_text="Adresse der Website")
    email = models.EmailField("E-Mail", blank=True, help_text="Allgemeine Kontaktadresse")
    logo = image_field("Logo", "Logo der Organisation")

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("email"),
        FieldPanel("logo"),
        FieldPanel("region"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.FilterField("id"),  # the API's search narrows to the entries the gate lets through
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Organisation"
        verbose_name_plural = "Organisationen"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Contact(PublishableSnippet):
    KIND_CHOICES = [
        ("person", "Person"),
        ("team", "Team-Postfach"),
    ]

    kind = models.CharField(
        "Art",
        max_length=10,
        choices=KIND_CHOICES,
        default="person",
        help_text="Eine Person oder ein gemeinsames Postfach eines Teams",
    )
    name = models.CharField(
        "Name", max_length=150, help_text="Vor- und Nachname, bei einem Team dessen Name"
    )
    role = models.CharField(
        "Funktion", max_length=150, blank=True, help_text="z. B. „Projektmanager“"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="Organisation",
        help_text="Wo die Person arbeitet",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
    )
    email = models.EmailField("E-Mail", blank=True, help_text="Dienstliche E-Mail-Adresse")
    phone = models.CharField(
        "Telefon", max_length=40, blank=True, help_text="Mit Vorwahl, z. B. „0521 96733-22“"
    )
    photo = image_field("Foto", "Porträtfoto, möglichst quadratisch")

    panels = [
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("photo"),
        FieldPanel("region"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.FilterField("id"),  # the API's search narrows to the entries the gate lets through
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Ansprechperson"
        verbose_name_plural = "Ansprechpersonen"
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name


class Municipality(PublishableSnippet):
    ROLE_CHOICES = [
        ("lead", "Leitkommune"),
        ("pioneer", "Pionierkommune"),
        ("joining", "Mitmacherkommune"),
        ("member", "Mitglied"),
        ("district", "Kreis"),
    ]

    name = models.CharField(
        "Name", max_length=120, help_text="Name der Stadt, Gemeinde oder des Kreises"
    )
    slug = models.SlugField(
        "Kurzname",
        max_length=120,
        blank=True,
        help_text="Für Filter und Adressen im Frontend, z. B. „bad-berleburg“; leer lassen, um ihn aus dem Namen zu bilden",
    )
    district = models.CharField(
        "Kreis", max_length=120, blank=True, help_text="Leer bei kreisfreien Städten"
    )
    population = models.PositiveIntegerField(
        "Einwohnerzahl", null=True, blank=True, help_text="Leer lassen, wenn keine Zahl vorliegt"
    )
    role = models.CharField(
        "Rolle in der Region",
        max_length=20,
        choices=ROLE_CHOICES,
        help_text="Leitkommune, Pionier- oder Mitmacherkommune, Mitglied oder Kreis",
    )
    website = models.URLField("Website", blank=True, help_text="Adresse der Website der Kommune")

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("district"),
        FieldPanel("population"),
        FieldPanel("role"),
        FieldPanel("website"),
        FieldPanel("region"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.FilterField("role"),
        index.FilterField("id"),  # the API's search narrows to the entries the gate lets through
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Kommune"
        verbose_name_plural = "Kommunen"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["region", "slug", "locale"], name="unique_municipality_slug_per_region"
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name.replace("ß", "ss").translate(UMLAUTS))
        super().save(*args, **kwargs)
