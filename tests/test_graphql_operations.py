"""Every named operation in graphql/operations/ runs against the demo content with its example
variables, and returns what a region microsite would show."""

from pathlib import Path

import pytest

from .graphql_client import OPERATIONS_DIR, data_of, operation_text, operation_variables

pytestmark = pytest.mark.django_db

OPERATION_NAMES = sorted(path.stem for path in Path(OPERATIONS_DIR).glob("*.graphql"))
FRAMEWORK_STRATEGY = "Smart Cities Rahmenstrategie für Südwestfalen"


def run(client, name, **overrides):
    variables = {**operation_variables(name), **overrides}
    return data_of(client, operation_text(name), variables, host="localhost")


def check_region_home(data):
    region = data["region"]
    assert region["regionName"] == "Smart Cities: 5 für Südwestfalen"
    assert (region["inhabitants"], region["areaKm2"]) == (1380000, 6200.0)
    assert (region["populationDensity"], region["municipalityCount"]) == (222, 59)
    assert any("13" in fact["value"] for fact in region["keyFacts"])
    assert region["heroImage"]["src"]["url"] and "800w" in region["heroImage"]["srcSet"]
    assert {block["blockType"] for block in region["body"]} >= {"FactsBlock", "TimelineBlock"}
    assert data["regionSettings"]["imprintPage"]["urlPath"].startswith("/")


def check_strategy_list(data):
    items = data["strategies"]["items"]
    assert [item["title"] for item in items] == [FRAMEWORK_STRATEGY]
    assert items[0]["kind"] == "framework" and items[0]["adoptedOn"].startswith("2020")


def check_guideline_list(data):
    numbers = [item["number"] for item in data["guidelines"]["items"]]
    assert len(numbers) >= 3 and numbers == sorted(numbers)


def check_story_list(data):
    items = data["stories"]["items"]
    dates = [item["date"] for item in items]
    assert len(items) == 6 and dates == sorted(dates, reverse=True)
    assert all(item["image"]["teaser"]["width"] == 400 for item in items)
    assert data["stories"]["pagination"]["total"] >= 6


def check_event_list(data):
    starts = [item["startsAt"] for item in data["events"]["items"]]
    assert len(starts) >= 2 and starts == sorted(starts)


def check_project_list(data):
    assert data["projects"]["pagination"]["total"] == 7
    assert {item["status"] for item in data["projects"]["items"]} == {"submitted"}


def check_page_by_path(data):
    page = data["page"]
    assert page["title"] == FRAMEWORK_STRATEGY
    assert page["motto"] and page["goals"] and page["themes"]
    assert page["document"]["url"].endswith(".pdf")
    assert page["contact"]["name"] == "Matthias Barutowicz"
    assert [ancestor["urlPath"] for ancestor in page["ancestors"]] == ["/", "/strategie/"]


def check_contacts(data):
    by_name = {contact["name"]: contact for contact in data["contacts"]}
    assert by_name["Wolfgang Marquardt"]["phone"] == "0521 96733-22"
    assert "Matthias Barutowicz" not in by_name  # a Südwestfalen contact


def check_municipalities(data):
    names = {municipality["name"] for municipality in data["municipalities"]}
    assert len(names) == 14 and {"Attendorn", "Winterberg", "Wendener Land"} <= names


def check_themes(data):
    assert len(data["themes"]) >= 12


def check_search(data):
    assert FRAMEWORK_STRATEGY in [hit["title"] for hit in data["search"]]


CHECKS = {
    "RegionHome": check_region_home,
    "StrategyList": check_strategy_list,
    "GuidelineList": check_guideline_list,
    "StoryList": check_story_list,
    "EventList": check_event_list,
    "ProjectList": check_project_list,
    "PageByPath": check_page_by_path,
    "Contacts": check_contacts,
    "Municipalities": check_municipalities,
    "Themes": check_themes,
    "Search": check_search,
}


def test_every_operation_has_variables_and_a_check():
    assert OPERATION_NAMES == sorted(CHECKS)
    for name in OPERATION_NAMES:
        assert operation_variables(name), name


@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_operation_returns_the_demo_content(client, demo, name):
    CHECKS[name](run(client, name))


def test_framework_strategy_belongs_to_suedwestfalen_only(client, demo):
    for site in ("emscher-lippe.localhost", "kreis-unna.localhost", "owl.localhost"):
        data = run(client, "StrategyList", site=site, kind=None)
        assert FRAMEWORK_STRATEGY not in [item["title"] for item in data["strategies"]["items"]]
    data = run(client, "PageByPath", site="emscher-lippe.localhost")
    assert data["page"] is None


def test_region_is_chosen_by_host_without_a_site_argument(client, demo):
    query = "{ region { regionName } }"
    assert data_of(client, query, host="owl.localhost")["region"]["regionName"] == "OWL 4.0"
    emscher = data_of(client, query, host="emscher-lippe.localhost")
    assert emscher["region"]["regionName"] == "SMART REGION Emscher-Lippe"
