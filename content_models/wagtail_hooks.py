"""Admin registration: the snippets appear under „Inhalte“ in the admin menu."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Contact, Municipality, Organisation, Theme


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    list_display = ["name", "role", "organisation", "region"]
    list_filter = ["region"]
    search_fields = ["name", "role"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "region"]
    list_filter = ["kind", "region"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    list_display = ["name", "district", "role", "population", "region"]
    list_filter = ["role", "region"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "region"]
    list_filter = ["region"]


class RegionDirectoryGroup(SnippetViewSetGroup):
    menu_label = "Verzeichnis"
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (ContactViewSet, OrganisationViewSet, MunicipalityViewSet, ThemeViewSet)


register_snippet(RegionDirectoryGroup)
