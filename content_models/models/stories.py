"""Stories: news, recaps and reports from the region."""

from django import forms
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .base import RegionPage
from .fields import contact_field, image_field, municipalities_field, themes_field


class StoryTag(TaggedItemBase):
    content_object = ParentalKey(
        "content_models.StoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class StoryPage(RegionPage):
    page_description = (
        "Ein Bericht oder eine Neuigkeit aus der Region, mit Datum und Aufmacherbild."
    )
    date = models.DateField("Datum", help_text="Datum der Story; bestimmt die Reihenfolge")
    author = contact_field("Autor/in", "Wer die Story geschrieben hat")
    author_name = models.CharField(
        "Autor/in (Freitext)",
        max_length=150,
        blank=True,
        help_text="Falls keine Ansprechperson passt",
    )
    image = image_field("Aufmacherbild", "Bild für Listen und den Kopf der Story")
    tags = ClusterTaggableManager(through=StoryTag, verbose_name="Schlagwörter", blank=True)
    themes = themes_field()
    municipalities = municipalities_field("Die Kommunen, von denen die Story erzählt")

    content_panels = RegionPage.content_panels[:2] + [
        FieldPanel("date"),
        FieldPanel("author"),
        FieldPanel("author_name"),
        FieldPanel("image"),
        FieldPanel("tags"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    search_fields = RegionPage.search_fields + [index.FilterField("date")]

    parent_page_types = ["content_models.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Story"
        verbose_name_plural = "Stories"
