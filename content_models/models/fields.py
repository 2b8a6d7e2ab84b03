"""Fields many models share: references to images, contacts, documents, municipalities and
themes, each with its German label and help text."""

from django.db import models
from modelcluster.fields import ParentalManyToManyField


def optional_reference(to, verbose_name, help_text):
    """A foreign key that may stay empty and empties itself when its target is deleted."""
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        help_text=help_text,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def image_field(
    verbose_name="Bild",
    help_text="Ein Bild aus der Medienbibliothek; Frontends erhalten es in passenden Größen.",
):
    return optional_reference("wagtailimages.Image", verbose_name, help_text)


def contact_field(
    verbose_name="Ansprechperson", help_text="Die Person, die Fragen dazu beantwortet."
):
    return optional_reference("content_models.Contact", verbose_name, help_text)


def document_field(
    verbose_name="Dokument",
    help_text="Ein Dokument aus der Bibliothek (z. B. PDF) zum Herunterladen.",
):
    return optional_reference("wagtaildocs.Document", verbose_name, help_text)


def snippets_field(to, verbose_name, help_text):
    return ParentalManyToManyField(
        to, verbose_name=verbose_name, help_text=help_text, blank=True, related_name="+"
    )


def municipalities_field(help_text="Die Kommunen, um die es hier geht."):
    return snippets_field("content_models.Municipality", "Kommunen", help_text)


def themes_field():
    return snippets_field(
        "content_models.Theme",
        "Themenfelder",
        "Die Themenfelder, denen dieser Inhalt zugeordnet ist.",
    )
