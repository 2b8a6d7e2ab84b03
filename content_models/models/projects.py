"""Projects: the funded or submitted projects of a region."""

from django import forms
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from .base import RegionPage
from .fields import contact_field, image_field, municipalities_field, themes_field


class ProjectPage(RegionPage):
    page_description = "Ein Projekt der Region mit Stand, Förderung, Laufzeit und Partnern."
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
    PROGRAMME_CHOICES = [
        ("msc", "Modellprojekte Smart Cities (Bund)"),
        ("umbau21", "UMBAU 21 – Smart Region"),
        ("regio_nrw", "REGIO.NRW"),
        ("other", "Anderes Programm"),
    ]

    funding_programme = models.CharField(
        "Förderprogramm",
        max_length=20,
        choices=PROGRAMME_CHOICES,
        blank=True,
        help_text="Das Programm, aus dem das Projekt gefördert wird; leer, wenn keins",
    )
    funding_amount = models.DecimalField(
        "Fördersumme (EUR)",
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Bewilligte oder beantragte Fördersumme in Euro, z. B. 1250000",
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
    municipalities = municipalities_field("Die Kommunen, in denen das Projekt läuft")

    content_panels = RegionPage.content_panels[:2] + [
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("funding_programme"),
                FieldPanel("funding_amount"),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
            ],
            heading="Eckdaten",
        ),
        FieldPanel("image"),
        FieldPanel("partners"),
        FieldPanel("contact"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    search_fields = RegionPage.search_fields + [index.FilterField("status")]

    parent_page_types = ["content_models.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Projekt"
        verbose_name_plural = "Projekte"
