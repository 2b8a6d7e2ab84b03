"""Navigation: the main and footer menus of a region in one query (ordered, two levels,
internal pages and external links), breadcrumbs of any page, and `pages(inMenu: true)`."""

import pytest
from wagtail.models import Site

from content_models.models import ContentPage, RegionNavigation

from .conftest import add_page
from .graphql_client import data_of

pytestmark = pytest.mark.django_db

NAVIGATION_QUERY = """{ navigation {
  main { label url urlPath isExternal page { title }
         children { label urlPath isExternal } }
  footer { label url isExternal } } }"""


def link(page=None, url="", label="", children=()):
    """One menu item in the raw form StreamFields store (and the demo loader writes)."""
    return {
        "page": page.pk if page else None,
        "url": url,
        "label": label,
        "children": [
            {"page": child.pk if child else None, "url": "", "label": ""} for child in children
        ],
    }


@pytest.fixture
def menus(regions):
    about = add_page(regions.north, ContentPage(title="Über uns", slug="ueber-uns"))
    team = add_page(about, ContentPage(title="Team", slug="team"))
    draft = add_page(about, ContentPage(title="Geplant", slug="geplant"), live=False)
    navigation = RegionNavigation.for_site(Site.objects.get(hostname="north.test"))
    navigation.main_menu = [
        {
            "type": "item",
            "value": link(regions.strategies, children=[regions.framework, regions.draft]),
        },
        {"type": "item", "value": link(about, label="Wir", children=[team, draft])},
        {
            "type": "item",
            "value": link(regions.private_section),
        },  # private: left out with its children
        {"type": "item", "value": link(regions.south_strategy)},  # another region's page: left out
        {"type": "item", "value": link(url="https://example.org/daten", label="Offene Daten")},
    ]
    navigation.footer_menu = [
        {"type": "item", "value": link(url="https://example.org/presse", label="Presse")}
    ]
    navigation.save()
    return regions


def test_one_query_returns_both_menus_in_order(client, menus):
    data = data_of(client, NAVIGATION_QUERY)["navigation"]
    assert [item["label"] for item in data["main"]] == ["Strategie", "Wir", "Offene Daten"]
    strategy, about, external = data["main"]
    assert strategy["urlPath"] == "/strategie/" and strategy["page"] == {"title": "Strategie"}
    assert strategy["isExternal"] is False and strategy["url"]
    assert strategy["children"] == [
        {
            "label": "Rahmenstrategie Nord",
            "urlPath": "/strategie/rahmenstrategie/",
            "isExternal": False,
        }
    ]
    assert [child["label"] for child in about["children"]] == ["Team"]
    assert external == {
        "label": "Offene Daten",
        "url": "https://example.org/daten",
        "urlPath": None,
        "isExternal": True,
        "page": None,
        "children": [],
    }
    assert data["footer"] == [
        {"label": "Presse", "url": "https://example.org/presse", "isExternal": True}
    ]


def test_a_region_without_menus_gets_empty_ones(client, regions):
    data = data_of(client, '{ navigation(site: "south.test") { main { label } footer { label } } }')
    assert data["navigation"] == {"main": [], "footer": []}


def test_breadcrumbs_lead_from_the_home_page_to_the_page(client, regions):
    query = '{ page(urlPath: "/strategie/rahmenstrategie/") { breadcrumbs { title urlPath page { id } } } }'
    crumbs = data_of(client, query)["page"]["breadcrumbs"]
    assert [(crumb["title"], crumb["urlPath"]) for crumb in crumbs] == [
        ("Region Nord", "/"),
        ("Strategie", "/strategie/"),
        ("Rahmenstrategie Nord", "/strategie/rahmenstrategie/"),
    ]
    assert crumbs[-1]["page"]["id"] == str(regions.framework.pk)


def test_in_menu_lists_the_pages_shown_in_menus(client, regions):
    regions.strategies.show_in_menus = True
    regions.strategies.save_revision().publish()
    data = data_of(client, "{ menu: pages(inMenu: true) { title } all: pages { title } }")
    assert [page["title"] for page in data["menu"]] == ["Strategie"]
    assert len(data["all"]) > 1
