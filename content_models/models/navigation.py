"""The main and footer menus of a region: ordered links to pages of the region or to other
websites, nested two levels deep, kept by the region's editors under Einstellungen."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField


class MenuLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        label="Seite", required=False, help_text="Eine Seite der Region …"
    )
    url = blocks.URLBlock(
        label="Externer Link", required=False, help_text="… oder die Adresse einer anderen Website"
    )
    label = blocks.CharBlock(
        label="Beschriftung",
        required=False,
        max_length=80,
        help_text="Leer lassen, um den Titel der Seite zu zeigen (bei externen Links Pflicht)",
    )

    class Meta:
        icon = "link"
        label = "Menüpunkt"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise ValidationError("Entweder eine Seite oder einen externen Link angeben.")
        if value.get("url") and not value.get("label"):
            raise ValidationError("Ein externer Link braucht eine Beschriftung.")
        return value


class MenuItemBlock(MenuLinkBlock):
    children = blocks.ListBlock(
        MenuLinkBlock(),
        label="Unterpunkte",
        default=[],
        help_text="Die zweite Ebene unter diesem Menüpunkt",
    )


def menu_field(verbose_name, help_text):
    return StreamField(
        [("item", MenuItemBlock())], verbose_name=verbose_name, blank=True, help_text=help_text
    )


@register_setting(icon="list-ul")
class RegionNavigation(BaseSiteSetting):
    main_menu = menu_field("Hauptmenü", "Die Menüpunkte der Kopfzeile, in dieser Reihenfolge")
    footer_menu = menu_field("Fußzeilenmenü", "Die Menüpunkte der Fußzeile, in dieser Reihenfolge")

    panels = [FieldPanel("main_menu"), FieldPanel("footer_menu")]

    class Meta:
        verbose_name = "Navigation der Region"
