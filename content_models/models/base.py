"""What every page of a region shares: a teaser text and a body from the shared block library."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock
from ..forms import RegionPageForm
from ..frontends import FrontendUrlMixin
from .seo import SeoFields


class RegionPage(FrontendUrlMixin, SeoFields, Page):
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
