"""What search engines and social networks see of a page, beyond Wagtail's own SEO title and
search description."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .fields import image_field


class SeoFields(models.Model):
    social_image = image_field(
        "Bild für soziale Medien",
        "Vorschaubild beim Teilen (mind. 1200 × 630 px); leer: das Bild der Seite",
    )
    noindex = models.BooleanField(
        "Nicht von Suchmaschinen indexieren",
        default=False,
        help_text="Die Seite bleibt erreichbar, erscheint aber nicht in Suchmaschinen und nicht in der Sitemap",
    )

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("social_image"),
                FieldPanel("noindex"),
            ],
            heading="Für Suchmaschinen",
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], heading="Für das Seitenmenü"),
    ]

    class Meta:
        abstract = True
