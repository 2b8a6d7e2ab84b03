"""Guidelines („Leitfäden“): numbered practical handbooks for municipalities."""

from django import forms
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.blocks import CharBlock
from wagtail.fields import StreamField
from wagtail.search import index

from .base import RegionPage
from .fields import contact_field, document_field, themes_field


class GuidelinePage(RegionPage):
    page_description = "Ein Leitfaden mit Checkliste und Dokument zum Herunterladen."
    number = models.PositiveSmallIntegerField(
        "Nummer", null=True, blank=True, help_text="Laufende Nummer der Leitfaden-Reihe"
    )
    summary = models.TextField("Zusammenfassung", blank=True, help_text="Das Wichtigste in Kürze")
    checklist = StreamField(
        [("item", CharBlock(label="Punkt", max_length=250))],
        verbose_name="Checkliste",
        blank=True,
        help_text="Schritte, die eine Kommune abhaken kann",
    )
    published_on = models.DateField(
        "Erschienen am", null=True, blank=True, help_text="Datum der Veröffentlichung"
    )
    author = contact_field("Autor/in", "Wer den Leitfaden verfasst hat")
    themes = themes_field()
    document = document_field("Leitfaden als PDF", "Der vollständige Leitfaden zum Herunterladen")

    content_panels = RegionPage.content_panels[:2] + [
        FieldPanel("number"),
        FieldPanel("summary"),
        FieldPanel("published_on"),
        FieldPanel("author"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("checklist"),
        FieldPanel("document"),
        FieldPanel("body"),
    ]
    search_fields = RegionPage.search_fields + [index.SearchField("summary")]

    parent_page_types = ["content_models.GuidelineIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Leitfaden"
        verbose_name_plural = "Leitfäden"
