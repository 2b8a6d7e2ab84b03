"""What every page of a region shares: a teaser text and a body from the shared block library."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock
from ..forms import RegionPageForm


class RegionPage(Page):
    """Abstract base of all pages below a region's home page."""

    intro = models.TextField(
        "Einleitung",
        blank=True,
        help_text="Kurzer Anreißer für Listen und Vorschauen (2–3 Sätze).",
    )
    body = StreamField(
        BodyBlock(),
        verbose_name="Inhalt",
        blank=True,
        help_text="Der Inhalt aus Bausteinen: Text, Überschrift, Bild, Zitat, Zahlen, Zeitleiste, Checkliste, Download, Ansprechperson, Handlungsaufforderung, eingebettete Medien.",
    )

    base_form_class = RegionPageForm
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True


def image_field(
    verbose_name="Bild",
    help_text="Ein Bild aus der Medienbibliothek; Frontends erhalten es in passenden Größen.",
):
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        help_text=help_text,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def contact_field(
    verbose_name="Ansprechperson", help_text="Die Person, die Fragen dazu beantwortet."
):
    return models.ForeignKey(
        "content_models.Contact",
        verbose_name=verbose_name,
        help_text=help_text,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def document_field(
    verbose_name="Dokument",
    help_text="Ein Dokument aus der Bibliothek (z. B. PDF) zum Herunterladen.",
):
    return models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=verbose_name,
        help_text=help_text,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def themes_field():
    from modelcluster.fields import ParentalManyToManyField

    return ParentalManyToManyField(
        "content_models.Theme",
        verbose_name="Themenfelder",
        help_text="Die Themenfelder, denen dieser Inhalt zugeordnet ist.",
        blank=True,
        related_name="+",
    )
