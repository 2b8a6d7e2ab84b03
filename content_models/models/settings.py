"""Per-region settings: frontend, logo and colour, social links, newsletter, imprint and privacy."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .colours import ColourField
from .fields import image_field

SOCIAL_HELP = "Vollständige Adresse des Profils; leer lassen, wenn es keins gibt"


@register_setting(icon="site")
class RegionSettings(BaseSiteSetting):
    frontend_url = models.URLField(
        "Adresse des Frontends",
        blank=True,
        help_text="Basisadresse der Website der Region, z. B. https://www.smart-region.de; alle Seitenadressen („Live ansehen“, API) zeigen dorthin. Leer: Seiten gibt es nur über die API.",
    )
    preview_url = models.URLField(
        "Vorschau-Adresse des Frontends",
        blank=True,
        help_text="Seite des Frontends, die Entwürfe zeigt; sie erhält ein Vorschau-Token (token, content_type, page_id). Leer: das CMS zeigt eine einfache eingebaute Vorschau.",
    )
    logo = image_field("Logo", "Logo der Initiative für Kopfzeile und App")
    primary_colour = ColourField(
        "Hauptfarbe",
        help_text="Die Farbe der Region für Kopfzeile, Schaltflächen und Links, als Hex-Wert wie "
        "#1f5f8b. Weiße Schrift darauf muss gut lesbar sein (Kontrast mindestens 4,5:1). Leer: "
        "Frontends wählen selbst eine, z. B. aus dem Logo.",
    )
    newsletter_url = models.URLField(
        "Anmeldung zum Newsletter", blank=True, help_text="Link zur Anmeldeseite des Newsletters"
    )
    linkedin_url = models.URLField("LinkedIn", blank=True, help_text=SOCIAL_HELP)
    instagram_url = models.URLField("Instagram", blank=True, help_text=SOCIAL_HELP)
    mastodon_url = models.URLField("Mastodon", blank=True, help_text=SOCIAL_HELP)
    youtube_url = models.URLField("YouTube", blank=True, help_text=SOCIAL_HELP)
    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Impressum",
        help_text="Die Seite mit dem Impressum der Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Datenschutzerklärung",
        help_text="Die Seite mit der Datenschutzerklärung der Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("frontend_url"), FieldPanel("preview_url")], heading="Frontend"
        ),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("primary_colour")], heading="Erscheinungsbild"
        ),
        FieldPanel("newsletter_url"),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("instagram_url"),
                FieldPanel("mastodon_url"),
                FieldPanel("youtube_url"),
            ],
            heading="Soziale Medien",
        ),
        FieldPanel("imprint_page"),
        FieldPanel("privacy_page"),
    ]

    class Meta:
        verbose_name = "Einstellungen der Region"
