"""The region's menus (main and footer, kept by editors under Einstellungen → Navigation der
Region) in one query. An item whose page the gate does not let through is left out, with its
second level."""

import graphene
from grapple.types.interfaces import get_page_interface
from wagtail.models import Page

from content_models.models import RegionNavigation

from ..gate import DEFAULT_LANGUAGE
from ..middleware import gate_for
from ..page_urls import page_url, relative_url_path
from .arguments import site_argument


class MenuItem(graphene.ObjectType):
    """Menüpunkt. One entry of a menu: a page of the region or an external link."""

    label = graphene.String(
        required=True,
        description="Beschriftung. The label: the editor's, else the page's title.",
    )
    url = graphene.String(
        required=True,
        description="Ziel. Where the item leads: the page's URL or the external link.",
    )
    url_path = graphene.String(
        description="Pfad der Seite. Path of the page relative to the region's home page; null "
        "for an external link."
    )
    is_external = graphene.Boolean(
        required=True, description="Externer Link. Whether the item leads to another website."
    )
    page = graphene.Field(
        get_page_interface, description="Seite. The page the item leads to, if any."
    )
    children = graphene.List(
        graphene.NonNull(lambda: MenuItem),
        required=True,
        description="Unterpunkte. The second level below this item, in order.",
    )


class Navigation(graphene.ObjectType):
    """Navigation der Region. The region's menus, in the order the editors set."""

    main = graphene.List(
        graphene.NonNull(MenuItem), required=True, description="Hauptmenü. The main menu."
    )
    footer = graphene.List(
        graphene.NonNull(MenuItem), required=True, description="Fußzeilenmenü. The footer menu."
    )


def _raw_items(stream) -> list[dict]:
    """The plain values of a menu StreamField, without loading a page per item."""
    return [block["value"] for block in stream.raw_data if block.get("type") == "item"]


def _raw_children(value) -> list[dict]:
    # ListBlock children are stored as {"type": "item", "value": ...} since Wagtail 2.16.
    return [child.get("value", child) for child in value.get("children") or ()]


class MenuBuilder:
    """Turns the stored menus into MenuItems, loading every page they name in one query."""

    def __init__(self, gate, request, values):
        self.gate = gate
        self.request = request
        ids = {value.get("page") for value in values} - {None}
        named = Page.objects.filter(pk__in=ids)
        if gate.language == DEFAULT_LANGUAGE:
            self.pages = {page.pk: page for page in gate.pages(named).specific()}
        else:  # each named page in the requested language, where translated
            by_key = {page.translation_key: page for page in gate.in_language(named).specific()}
            self.pages = {
                pk: by_key[key]
                for pk, key in named.values_list("pk", "translation_key")
                if key in by_key
            }

    def item(self, value, children=()) -> MenuItem | None:
        label = (value.get("label") or "").strip()
        page_id = value.get("page")
        if page_id:
            page = self.pages.get(page_id)
            if page is None:  # a draft, private, expired or another region's page
                return None
            return MenuItem(
                label=label or page.title,
                url=page_url(page, self.request),
                url_path=relative_url_path(self.gate, page),
                is_external=False,
                page=page,
                children=children,
            )
        if value.get("url"):
            return MenuItem(
                label=label or value["url"],
                url=value["url"],
                url_path=None,
                is_external=True,
                page=None,
                children=children,
            )
        return None

    def menu(self, values) -> list[MenuItem]:
        items = []
        for value in values:
            children = [self.item(child) for child in _raw_children(value)]
            item = self.item(value, [child for child in children if child])
            if item:
                items.append(item)
        return items


class NavigationQueries:
    navigation = graphene.Field(
        graphene.NonNull(Navigation),
        site=site_argument(),
        description="Menüs der Region. The region's main and footer menu in one query.",
    )

    def resolve_navigation(self, info, **_):
        gate = gate_for(info)
        stored = RegionNavigation.for_site(gate.site)
        main, footer = _raw_items(stored.main_menu), _raw_items(stored.footer_menu)
        every_value = [value for top in main + footer for value in (top, *_raw_children(top))]
        builder = MenuBuilder(gate, info.context, every_value)
        return Navigation(main=builder.menu(main), footer=builder.menu(footer))
