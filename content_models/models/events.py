"""Events: conferences, workshops and the „Smart Cities: Schule“ sessions."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from .base import RegionPage
from .fields import contact_field, image_field, themes_field


class EventPage(RegionPage):
    page_description = (
        "Ein Termin: Workshop, Konferenz oder Sprechstunde, mit Ort, Zeit und Anmeldung."
    )
    FORMAT_CHOICES = [
        ("onsite", "Vor Ort"),
        ("online", "Online"),
        ("hybrid", "Hybrid"),
    ]

    starts_at = models.DateTimeField("Beginn", help_text="Datum und Uhrzeit des Beginns")
    ends_at = models.DateTimeField(
        "Ende", null=True, blank=True, help_text="Leer lassen, wenn das Ende offen ist"
    )
    event_format = models.CharField(
        "Format",
        max_length=10,
        choices=FORMAT_CHOICES,
        default="onsite",
        help_text="Ob die Veranstaltung vor Ort, online oder hybrid stattfindet",
    )
    location = models.CharField(
        "Ort", max_length=200, blank=True, help_text="Adresse oder Plattform"
    )
    registration_url = models.URLField(
        "Anmeldung", blank=True, help_text="Link zur Anmeldung, falls eine nötig ist"
    )
    image = image_field()
    contact = contact_field()
    themes = themes_field()

    content_panels = RegionPage.content_panels[:2] + [
        MultiFieldPanel(
            [
                FieldPanel("starts_at"),
                FieldPanel("ends_at"),
                FieldPanel("event_format"),
                FieldPanel("location"),
                FieldPanel("registration_url"),
            ],
            heading="Termin",
        ),
        FieldPanel("image"),
        FieldPanel("contact"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    search_fields = RegionPage.search_fields + [index.FilterField("starts_at")]

    parent_page_types = ["content_models.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Veranstaltung"
        verbose_name_plural = "Veranstaltungen"

    def clean(self):
        super().clean()
        if self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": "Das Ende liegt vor dem Beginn."})
