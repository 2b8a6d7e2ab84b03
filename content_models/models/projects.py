"""Projects: the funded or submitted projects of a region."""

from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from .base import RegionPage, contact_field, image_field, themes_field


class ProjectPage(RegionPage):
    STATUS_CHOICES = [
        ("submitted", "Eingereicht"),
        ("running", "Laufend"),
        ("completed", "Abgeschlossen"),
    ]

    status = models.CharField(
        "Status",
        max_length=20,
        choices=STATUS_CHOICES,
        default="running",
        help_text="Eingereicht, laufend oder abgeschlossen",
    )
    funding_programme = models.CharField(
        "Förderprogramm", max_length=200, blank=True, help_text="z. B. „UMBAU 21 – Smart Region“"
    )
    start_year = models.PositiveSmallIntegerField(
        "Start (Jahr)", null=True, blank=True, help_text="Jahr des Projektbeginns, z. B. 2019"
    )
    end_year = models.PositiveSmallIntegerField(
        "Ende (Jahr)", null=True, blank=True, help_text="Jahr des (geplanten) Projektendes"
    )
    image = image_field()
    partners = ParentalManyToManyField(
        "content_models.Organisation",
        verbose_name="Partner",
        blank=True,
        related_name="+",
        help_text="Die Organisationen, die am Projekt mitwirken",
    )
    contact = contact_field()
    themes = themes_field()

    content_panels = RegionPage.content_panels[:2] + [
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("funding_programme"),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
            ],
            heading="Eckdaten",
        ),
        FieldPanel("image"),
        FieldPanel("partners"),
        FieldPanel("contact"),
        FieldPanel("themes"),
        FieldPanel("body"),
    ]
    search_fields = RegionPage.search_fields + [index.FilterField("status")]

    parent_page_types = ["content_models.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Projekt"
        verbose_name_plural = "Projekte"
