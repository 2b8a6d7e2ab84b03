"""Typed filters and enums of the lists: an invalid choice is a validation error, an unknown
theme or municipality is an error naming it, and each filter narrows in the database."""

import datetime

import pytest

from content_models.models import (
    Municipality,
    ProjectIndexPage,
    ProjectPage,
    StoryIndexPage,
    StoryPage,
)

from .conftest import add_page, publish, publish_snippet
from .graphql_client import data_of, error_messages, post_query

pytestmark = pytest.mark.django_db


def titles(items):
    return sorted(item["title"] for item in items)


@pytest.fixture
def filtered(regions):
    """Stories, projects and strategies of region north, tied to two municipalities (and one
    of region south, with the same slug as one of north's)."""
    arnsberg = publish_snippet(Municipality(name="Arnsberg", role="pioneer", region=regions.north))
    olpe = publish_snippet(Municipality(name="Olpe", role="pioneer", region=regions.north))
    publish_snippet(Municipality(name="Arnsberg", role="member", region=regions.south))

    stories = add_page(regions.north, StoryIndexPage(title="Stories", slug="stories"))
    for title, day, tags, towns in (
        ("Frühling", datetime.date(2024, 4, 1), ["app"], [arnsberg]),
        ("Sommer", datetime.date(2024, 7, 1), ["app", "daten"], [olpe]),
        ("Winter", datetime.date(2025, 1, 15), ["daten"], []),
    ):
        story = StoryPage(title=title, slug=title.lower(), date=day)
        stories.add_child(instance=story)
        story.tags.add(*tags)
        story.municipalities.set(towns)
        publish(story)

    projects = add_page(regions.north, ProjectIndexPage(title="Projekte", slug="projekte"))
    for title, status, programme, amount, towns in (
        ("Datenplattform", "running", "msc", "1250000.00", [arnsberg, olpe]),
        ("Bürgerapp", "submitted", "regio_nrw", None, [olpe]),
        ("Sensorik", "completed", "", None, []),
    ):
        project = ProjectPage(
            title=title,
            slug=title.lower(),
            status=status,
            funding_programme=programme,
            funding_amount=amount,
        )
        projects.add_child(instance=project)
        project.municipalities.set(towns)
        publish(project)

    regions.framework.municipalities.set([arnsberg])
    publish(regions.framework)
    return regions


@pytest.mark.parametrize(
    "query, enum",
    [
        ('{ strategies(kind: "rahmen") { items { title } } }', "StrategyKind"),
        ("{ strategies(kind: rahmen) { items { title } } }", "StrategyKind"),
        ("{ projects(status: planned) { items { title } } }", "ProjectStatus"),
        ("{ projects(fundingProgramme: EFRE) { items { title } } }", "FundingProgramme"),
        ("{ events(eventFormat: PHONE) { items { title } } }", "EventFormat"),
        ("{ municipalities(role: MAYOR) { items { name } } }", "MunicipalityRole"),
        ("{ organisations(kind: CLUB) { items { name } } }", "OrganisationKind"),
        ("{ events(when: SOON) { items { title } } }", "EventTime"),
    ],
)
def test_invalid_choice_is_a_validation_error(client, regions, query, enum):
    result = post_query(client, query)
    assert "data" not in result or result["data"] is None
    assert any(enum in message for message in error_messages(result)), result


def test_invalid_choice_in_variables_is_a_validation_error(client, regions):
    query = "query ($k: StrategyKind) { strategies(kind: $k) { items { title } } }"
    result = post_query(client, query, {"k": "framework"})  # the key, not the enum's name
    assert result.get("data") is None
    assert "StrategyKind" in " ".join(error_messages(result))


def test_choice_fields_come_as_enums(client, filtered):
    data = data_of(
        client,
        """{ strategies(kind: FRAMEWORK) { items { title kind } }
             projects(order: "title") { items { title status fundingProgramme fundingAmount } } }""",
    )
    assert data["strategies"]["items"] == [{"title": "Rahmenstrategie Nord", "kind": "FRAMEWORK"}]
    assert data["projects"]["items"] == [
        {
            "title": "Bürgerapp",
            "status": "SUBMITTED",
            "fundingProgramme": "REGIO_NRW",
            "fundingAmount": None,
        },
        {
            "title": "Datenplattform",
            "status": "RUNNING",
            "fundingProgramme": "MSC",
            "fundingAmount": "1250000.00",
        },
        {
            "title": "Sensorik",
            "status": "COMPLETED",
            "fundingProgramme": None,
            "fundingAmount": None,
        },
    ]


@pytest.mark.parametrize(
    "arguments, expected",
    [
        ('tag: "app"', ["Frühling", "Sommer"]),
        ('tag: "daten"', ["Sommer", "Winter"]),
        ('tag: "nichts"', []),
        ('municipality: "olpe"', ["Sommer"]),
        ('dateFrom: "2024-07-01"', ["Sommer", "Winter"]),
        ('dateTo: "2024-07-01"', ["Frühling", "Sommer"]),
        ('dateFrom: "2024-05-01", dateTo: "2024-12-31", tag: "app"', ["Sommer"]),
    ],
)
def test_stories_by_tag_municipality_and_date_range(client, filtered, arguments, expected):
    data = data_of(
        client, f"{{ stories({arguments}) {{ items {{ title }} pagination {{ total }} }} }}"
    )
    assert titles(data["stories"]["items"]) == expected
    assert data["stories"]["pagination"]["total"] == len(expected)


@pytest.mark.parametrize(
    "arguments, expected",
    [
        ("status: RUNNING", ["Datenplattform"]),
        ("fundingProgramme: REGIO_NRW", ["Bürgerapp"]),
        ('municipality: "olpe"', ["Bürgerapp", "Datenplattform"]),
        ('municipality: "arnsberg", status: SUBMITTED', []),
    ],
)
def test_projects_by_status_programme_and_municipality(client, filtered, arguments, expected):
    data = data_of(client, f"{{ projects({arguments}) {{ items {{ title }} }} }}")
    assert titles(data["projects"]["items"]) == expected


def test_strategies_by_municipality(client, filtered):
    data = data_of(
        client,
        """{ arnsberg: strategies(municipality: "arnsberg") { items { title municipalities { name } } }
             olpe: strategies(municipality: "olpe") { items { title } } }""",
    )
    assert data["arnsberg"]["items"] == [
        {"title": "Rahmenstrategie Nord", "municipalities": [{"name": "Arnsberg"}]}
    ]
    assert data["olpe"]["items"] == []


@pytest.mark.parametrize("field", ["strategies", "stories", "projects"])
def test_unknown_municipality_is_an_error_naming_it(client, filtered, field):
    result = post_query(client, f'{{ {field}(municipality: "atlantis") {{ items {{ title }} }} }}')
    assert result["data"] is None
    assert error_messages(result) == ["Unknown municipality 'atlantis' in this region."]


def test_sorting_by_date_or_title(client, filtered):
    data = data_of(
        client,
        """{ byDate: stories(order: "date") { items { title } }
             byTitle: stories(order: "-title") { items { title } } }""",
    )
    assert [item["title"] for item in data["byDate"]["items"]] == ["Frühling", "Sommer", "Winter"]
    assert [item["title"] for item in data["byTitle"]["items"]] == ["Winter", "Sommer", "Frühling"]


def test_directory_lists_are_paginated(client, filtered):
    for number in range(3):
        publish_snippet(Municipality(name=f"Dorf {number}", role="member", region=filtered.north))
    query = """query ($page: PositiveInt) {
      municipalities(perPage: 2, page: $page) { items { name slug }
        pagination { total count totalPages nextPage } } }"""
    first = data_of(client, query, {"page": 1})["municipalities"]
    assert [item["name"] for item in first["items"]] == ["Arnsberg", "Dorf 0"]
    assert first["items"][0]["slug"] == "arnsberg"
    assert first["pagination"] == {"total": 5, "count": 2, "totalPages": 3, "nextPage": 2}
    beyond = data_of(client, query, {"page": 4})["municipalities"]
    assert beyond["items"] == [] and beyond["pagination"]["total"] == 5
    for field in ("contacts", "organisations", "themes"):
        data = data_of(
            client, f"{{ {field}(perPage: 1) {{ items {{ name }} pagination {{ total }} }} }}"
        )
        assert len(data[field]["items"]) <= 1


def test_municipality_slug_from_the_name():
    municipality = Municipality(name="Lüdenscheid", role="member")
    municipality.save()
    assert municipality.slug == "luedenscheid"
