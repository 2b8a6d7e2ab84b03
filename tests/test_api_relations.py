"""Relations both ways: a theme lists its strategies, guidelines, stories, events and
projects; a municipality its projects, strategies and stories; an organisation its projects and
contacts; a contact the pages that name it. Each paginated and through the gate."""

import pytest

from content_models.models import (
    Contact,
    ContentPage,
    Municipality,
    Organisation,
    ProjectIndexPage,
    ProjectPage,
    StrategyPage,
)

from .conftest import add_page, publish, publish_snippet
from .graphql_client import data_of, post_query

pytestmark = pytest.mark.django_db


@pytest.fixture
def related(regions):
    """Around the framework strategy of north (themes Mobilität, Bildung (shared), a draft
    theme; contact Petra Public): a project, a municipality, an organisation, and pages that
    must stay hidden: a draft, another region's strategy with the shared theme."""
    town = publish_snippet(Municipality(name="Arnsberg", role="pioneer", region=regions.north))
    partner = publish_snippet(Organisation(name="Stadtwerke", kind="company", region=regions.north))
    publish_snippet(
        Contact(name="Team Daten", kind="team", organisation=partner, region=regions.north)
    )
    projects = add_page(regions.north, ProjectIndexPage(title="Projekte", slug="projekte"))
    project = ProjectPage(title="Datenplattform", slug="datenplattform", contact=regions.contact)
    projects.add_child(instance=project)
    project.themes.set([regions.public_theme])
    project.municipalities.set([town])
    project.partners.set([partner])
    publish(project)

    regions.framework.municipalities.set([town])
    publish(regions.framework)

    draft = StrategyPage(title="Entwurf Mobil", slug="entwurf-mobil", kind="municipal")
    regions.strategies.add_child(instance=draft)
    draft.themes.set([regions.public_theme])
    draft.municipalities.set([town])
    draft.contact = regions.contact
    draft.save_revision()
    draft.live = False
    draft.save()

    regions.south_strategy.themes.set([regions.shared_theme])
    publish(regions.south_strategy)
    add_page(regions.north, ContentPage(title="Kontakt", slug="kontakt"))
    return regions


def test_a_theme_lists_its_pages_of_every_kind(client, related):
    query = """{ themes(perPage: 10) { items { slug
      strategies { items { title } pagination { total } }
      projects { items { title } }
      stories { items { title } } events { items { title } } guidelines { items { title } } } } }"""
    by_slug = {theme["slug"]: theme for theme in data_of(client, query)["themes"]["items"]}
    assert set(by_slug) == {"mobilitaet", "bildung"}  # no draft theme, none of the south
    mobility = by_slug["mobilitaet"]
    assert mobility["strategies"] == {
        "items": [{"title": "Rahmenstrategie Nord"}],
        "pagination": {"total": 1},
    }
    assert mobility["projects"]["items"] == [{"title": "Datenplattform"}]
    assert mobility["stories"]["items"] == mobility["events"]["items"] == []
    # The shared theme is on the south's strategy too; north sees only its own.
    assert by_slug["bildung"]["strategies"]["items"] == [{"title": "Rahmenstrategie Nord"}]


def test_a_theme_list_is_paginated_and_keeps_its_filters(client, related):
    for number in range(3):
        page = StrategyPage(title=f"Mobil {number}", slug=f"mobil-{number}", kind="action_plan")
        related.strategies.add_child(instance=page)
        page.themes.set([related.public_theme])
        publish(page)
    query = """{ themes(perPage: 10) { items { slug
      strategies(perPage: 2, page: 2, order: "title") { items { title } pagination { total totalPages } }
      plans: strategies(kind: ACTION_PLAN) { pagination { total } } } } }"""
    themes = {theme["slug"]: theme for theme in data_of(client, query)["themes"]["items"]}
    mobility = themes["mobilitaet"]
    assert [item["title"] for item in mobility["strategies"]["items"]] == [
        "Mobil 2",
        "Rahmenstrategie Nord",
    ]
    assert mobility["strategies"]["pagination"] == {"total": 4, "totalPages": 2}
    assert mobility["plans"]["pagination"]["total"] == 3


def test_a_theme_list_has_no_theme_filter(client, related):
    result = post_query(
        client, '{ themes(perPage: 10) { items { strategies(theme: "x") { items { title } } } } }'
    )
    assert "theme" in result["errors"][0]["message"]


def test_a_municipality_lists_its_projects_and_strategies(client, related):
    query = """{ municipalities(perPage: 10) { items { name
      projects { items { title } } strategies { items { title } } stories { items { title } } } } }"""
    (town,) = data_of(client, query)["municipalities"]["items"]
    assert town["projects"]["items"] == [{"title": "Datenplattform"}]
    assert town["strategies"]["items"] == [{"title": "Rahmenstrategie Nord"}]
    assert town["stories"]["items"] == []


def test_an_organisation_lists_its_projects_and_contacts(client, related):
    query = """{ organisations(perPage: 10) { items { name
      projects { items { title } } contacts { items { name kind } } } } }"""
    (partner,) = data_of(client, query)["organisations"]["items"]
    assert partner["projects"]["items"] == [{"title": "Datenplattform"}]
    assert partner["contacts"]["items"] == [{"name": "Team Daten", "kind": "TEAM"}]


def test_a_contact_lists_the_published_pages_that_name_it(client, related):
    query = """{ contacts(perPage: 10) { items { name pages { items { title urlPath } pagination { total } } } } }"""
    by_name = {item["name"]: item for item in data_of(client, query)["contacts"]["items"]}
    pages = by_name["Petra Public"]["pages"]
    assert pages["items"] == [  # in tree order
        {"title": "Rahmenstrategie Nord", "urlPath": "/strategie/rahmenstrategie/"},
        {"title": "Datenplattform", "urlPath": "/projekte/datenplattform/"},
    ]
    assert pages["pagination"]["total"] == 2  # not the draft that names her too
    assert by_name["Team Daten"]["pages"]["items"] == []
