"""The cost rule (cms.api.cost): figures of small documents worked out by hand, every named
operation well inside the limits, and queries over a limit refused before any SQL runs."""

import pytest
from graphql import get_operation_ast, parse

from cms.api.cost import measure
from cms.api.management.commands.graphql_cost import operation_measures

from .graphql_client import send_query

GRAPHQL_RESPONSE = "application/graphql-response+json"


def cost_of(text, variables=None):
    from cms.api.schema import schema

    document = parse(text)
    return measure(schema.graphql_schema, document, get_operation_ast(document), variables or {})


@pytest.mark.parametrize(
    "text, cost",
    [
        ("{ region { title } }", 2),
        # A paginated list multiplies everything it selects by its page size ...
        ("{ strategies(perPage: 10) { items { title } } }", 10 * (1 + 2)),
        # ... or by its maximum when none is asked for.
        ("{ strategies { items { title } } }", 100 * 3),
        # Tree fields are lists of their `limit`, else of their maximum.
        ("{ region { children(limit: 5) { title } } }", 1 + 5 * 2),
        ("{ region { children { descendants { title } } } }", 1 + 100 * (1 + 100 * 2)),
        # Lists without a size argument count as GRAPHQL_COST_LIST_SIZE (20) items.
        ("{ stories(perPage: 1) { items { themes { name slug } } } }", 1 * (1 + 1 + 20 * 3)),
        # A list of scalars is one value.
        ("{ stories(perPage: 1) { items { tags } } }", 1 * (1 + 2)),
        # Each alias costs in full.
        ("{ a: region { title } b: region { title } }", 4),
    ],
)
def test_cost_of_small_documents(db, text, cost):
    assert cost_of(text).cost == cost


def test_fragments_are_expanded_where_spread(db):
    found = cost_of(
        "{ a: region { ...F } b: region { ...F } } fragment F on RegionHomePage { title claim }"
    )
    assert found.cost == 2 * (1 + 2)
    assert found.aliases == 2
    assert found.root_fields == 2


def test_page_size_from_variables_and_defaults(db):
    text = "query ($n: PositiveInt = 4) { strategies(perPage: $n) { items { title } } }"
    assert cost_of(text).cost == 4 * 3
    assert cost_of(text, {"n": 7}).cost == 7 * 3


def test_only_the_dearest_type_of_an_interface_counts(db):
    text = """{ pages(limit: 2) { title
        ... on StrategyPage { kind motto }
        ... on ProjectPage { status themes { name } } } }"""
    # title + max(kind motto = 2, status + themes 20 * 2 = 41)
    assert cost_of(text).cost == 2 * (1 + 1 + 41)


def test_every_named_operation_fits_with_a_wide_margin(db, settings):
    measures = dict(operation_measures())
    assert len(measures) >= 11
    for name, found in measures.items():
        assert found.cost * 4 <= settings.GRAPHQL_MAX_COST, (name, found.cost)
        assert found.aliases * 4 <= settings.GRAPHQL_MAX_ALIASES, (name, found.aliases)
        assert found.root_fields * 4 <= settings.GRAPHQL_MAX_ROOT_FIELDS, (name, found.root_fields)


def post(client, text):
    return send_query(client, text, HTTP_ACCEPT=GRAPHQL_RESPONSE)


NESTED_TREE = "{ pages { descendants { ancestors { children { siblings { title } } } } } }"


def test_nested_tree_fields_are_refused_before_any_sql(client, regions, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = post(client, NESTED_TREE)
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    figure = 100 * (1 + 100 * (1 + 100 * (1 + 100 * (1 + 100 * 2))))
    assert error["message"] == (
        f"The query's cost is {figure}, over the maximum of 100000 (GRAPHQL_MAX_COST)."
    )
    assert error["extensions"]["limit"] == "GRAPHQL_MAX_COST"
    assert error["extensions"]["figure"] == figure
    assert error["extensions"]["maximum"] == 100000


def test_limits_follow_their_settings(client, regions, settings):
    settings.GRAPHQL_MAX_COST = 5
    response = post(client, "{ region { title children(limit: 3) { title } } }")
    assert response.status_code == 422
    assert "cost is 8, over the maximum of 5" in response.json()["errors"][0]["message"]
    settings.GRAPHQL_MAX_COST = 50000
    settings.GRAPHQL_MAX_ALIASES = 1
    response = post(client, "{ a: region { title } b: region { title } }")
    assert "aliases is 2, over the maximum of 1 (GRAPHQL_MAX_ALIASES)" in response.content.decode()
    settings.GRAPHQL_MAX_ROOT_FIELDS = 1
    response = post(client, "{ region { title } themes(perPage: 5) { items { name } } }")
    assert "root fields is 2, over the maximum of 1" in response.content.decode()


def test_a_query_at_the_limit_runs(client, regions, settings):
    settings.GRAPHQL_MAX_COST = 8
    response = post(client, "{ region { title children(limit: 3) { title } } }")
    assert response.status_code == 200
    assert response.json()["data"]["region"]["title"] == "Region Nord"
