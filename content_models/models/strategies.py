"""Strategies: framework strategies, municipal strategies and action plans."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from ..blocks import GoalBlock
from .base import RegionPage
from .fields import contact_field, document_field, municipalities_field, themes_field


class StrategyPage(RegionPage):
    page_description = (
        "Eine Strategie (Rahmen-, Teil- oder kommunale Strategie) mit Zielen und Dokument."
    )
    KIND_CHOICES = [
        ("framework", "Rahmenstrategie"),
        ("municipal", "Kommunale Strategie"),
        ("action_plan", "Handlungskonzept"),
    ]

    kind = models.CharField(
        "Art der Strategie",
        max_length=20,
        choices=KIND_CHOICES,
        help_text="Rahmenstrategie der Region, Strategie einer Kommune oder Handlungskonzept",
    )
    motto = models.CharField(
        "Leitmotiv",
        max_length=200,
        blank=True,
        help_text="z. B. „Digital – Nachhaltig – Authentisch“",
    )
    adopted_on = models.DateField(
        "Beschlossen am",
        null=True,
        blank=True,
        help_text="Datum des Beschlusses oder der Veröffentlichung",
    )
    period_start = models.PositiveSmallIntegerField(
        "Laufzeit von (Jahr)",
        null=True,
        blank=True,
        help_text="Erstes Jahr der Laufzeit, z. B. 2022",
    )
    period_end = models.PositiveSmallIntegerField(
        "Laufzeit bis (Jahr)",
        null=True,
        blank=True,
        help_text="Letztes Jahr der Laufzeit, z. B. 2025",
    )
    revised_on = models.DateField(
        "Zuletzt überarbeitet am",
        null=True,
        blank=True,
        help_text="Datum der letzten Fortschreibung; leer, wenn sie nie überarbeitet wurde",
    )
    goals = StreamField(
        [("goal", GoalBlock())],
        verbose_name="Ziele",
        blank=True,
        help_text="Die Ziele der Strategie",
    )
    themes = themes_field()
    municipalities = municipalities_field("Die Kommunen, für die die Strategie gilt")
    document = document_field("Strategiepapier", "Das vollständige Dokument zum Download (PDF)")
    contact = contact_field("Verantwortlich", "Wer Fragen zur Strategie beantwortet")

    content_panels = RegionPage.content_panels[:2] + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("motto"),
                FieldPanel("adopted_on"),
                FieldPanel("revised_on"),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
            ],
            heading="Eckdaten",
        ),
        FieldPanel("goals"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
        FieldPanel("document"),
        FieldPanel("contact"),
        FieldPanel("body"),
    ]
    search_fields = RegionPage.search_fields + [
        index.SearchField("motto"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["content_models.StrategyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Strategie"
        verbose_name_plural = "Strategien"

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": "Das Ende der Laufzeit liegt vor ihrem Beginn."})
