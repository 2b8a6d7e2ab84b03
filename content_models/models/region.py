"""The home page of a region: the root of that region's Wagtail Site."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock, FactBlock
from ..forms import RegionPageForm
from ..frontends import FrontendUrlMixin
from .fields import contact_field, image_field
from .seo import SeoFields


class RegionHomePage(FrontendUrlMixin, SeoFields, Page):
    """One per region; everything the region publishes lives below it."""

    page_description = "Die Startseite einer Region; alle ihre Inhalte liegen darunter."

    region_name = models.CharField(
        "Name der Region",
        max_length=150,
        help_text="Offizieller Name, z. B. „SMART REGION Emscher-Lippe“",
    )
    claim = models.CharField(
        "Claim", max_length=200, blank=True, help_text="Kurzer Leitsatz für die Startseite"
    )
    intro = RichTextField(
        "Einleitung", blank=True, features=["bold", "italic", "link"], help_text="Begrüßungstext"
    )
    hero_image = image_field(
        "Titelbild", "Großes Bild oben auf der Startseite (mind. 1600 px breit)"
    )
    operator = models.ForeignKey(
        "content_models.Organisation",
        verbose_name="Träger",
        help_text="Die Organisation, die die Initiative betreibt",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact = contact_field(
        "Zentrale Ansprechperson", "Wer für die Initiative als Ansprechperson genannt wird"
    )
    contact_email = models.EmailField(
        "Kontakt-E-Mail", blank=True, help_text="Allgemeine Adresse für Anfragen an die Initiative"
    )
    inhabitants = models.PositiveIntegerField(
        "Einwohnerinnen und Einwohner",
        null=True,
        blank=True,
        help_text="Als ganze Zahl, z. B. 1380000 für 1,38 Mio.",
    )
    area_km2 = models.DecimalField(
        "Fläche (km²)",
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Fläche der Region in Quadratkilometern, z. B. 6200",
    )
    density_per_km2 = models.PositiveIntegerField(
        "Einwohner je km²",
        null=True,
        blank=True,
        help_text="Wie in der Quelle angegeben; leer lassen, um sie aus Einwohnern und Fläche zu berechnen",
    )
    municipality_count = models.PositiveIntegerField(
        "Anzahl Städte und Gemeinden",
        null=True,
        blank=True,
        help_text="Wie viele Städte und Gemeinden zur Region gehören",
    )
    media_collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name="Medienordner",
        help_text="Der Ordner mit den Bildern und Dokumenten dieser Region; andere Regionen sehen sie nicht",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    key_facts = StreamField(
        [("fact", FactBlock())],
        verbose_name="Weitere Kennzahlen",
        blank=True,
        help_text="z. B. Fördersumme, Anzahl der Projekte",
    )
    body = StreamField(
        BodyBlock(),
        verbose_name="Inhalt",
        blank=True,
        help_text="Weitere Inhalte der Startseite aus Bausteinen",
    )

    content_panels = Page.content_panels + [
        FieldPanel("region_name"),
        FieldPanel("claim"),
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldPanel("inhabitants"),
                FieldPanel("area_km2"),
                FieldPanel("density_per_km2"),
                FieldPanel("municipality_count"),
                FieldPanel("key_facts"),
            ],
            heading="Zahlen und Fakten",
        ),
        MultiFieldPanel(
            [FieldPanel("operator"), FieldPanel("contact"), FieldPanel("contact_email")],
            heading="Träger und Kontakt",
        ),
        FieldPanel("media_collection"),
        FieldPanel("body"),
    ]
    base_form_class = RegionPageForm
    search_fields = Page.search_fields + [index.SearchField("claim"), index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "content_models.StrategyIndexPage",
        "content_models.GuidelineIndexPage",
        "content_models.StoryIndexPage",
        "content_models.EventIndexPage",
        "content_models.ProjectIndexPage",
        "content_models.ContentPage",
    ]

    class Meta:
        verbose_name = "Startseite einer Region"
        verbose_name_plural = "Startseiten der Regionen"

    @property
    def population_density(self):
        """The stated density, else one derived from inhabitants and area."""
        if self.density_per_km2:
            return self.density_per_km2
        if self.inhabitants and self.area_km2:
            return round(self.inhabitants / float(self.area_km2))
        return None


def region_homes(home: Page):
    """The region's home page in every language: the German one (the region's identity, which
    snippets and settings point at) and its translations, each the top of one tree."""
    return RegionHomePage.objects.filter(translation_key=home.translation_key)


def german_home(home: Page) -> "RegionHomePage":
    """The region's German home page, for a home page in any language."""
    return region_homes(home).filter(locale__language_code=settings.LANGUAGE_CODE).first() or home
