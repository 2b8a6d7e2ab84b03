"""The HTTP layer of `/graphql/`: GET and POST, no cookies, GraphiQL only with DEBUG, CORS,
and the limits on tokens, depth and introspection (cms.api.view)."""

import json

import pytest
from django.test import Client

from cms.api import view as api_view

from .graphql_client import data_of, error_messages, get_query, post_query

pytestmark = pytest.mark.django_db

STRATEGY_TITLES = "{ strategies { items { title } } }"
SECTIONS = {
    "strategies": "StrategyPagePaginatedType",
    "guidelines": "GuidelinePagePaginatedType",
    "stories": "StoryPagePaginatedType",
    "events": "EventPagePaginatedType",
    "projects": "ProjectPagePaginatedType",
}
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture
def fresh_view(settings):
    """The view is built once, on first use, from the settings of that moment: drop it so the
    next request builds it from the test's settings, and put the old one back afterwards."""
    saved = api_view._view
    api_view._view = None
    yield settings
    api_view._view = saved


@pytest.fixture
def lenient_client():
    """A client that turns an unhandled exception into the 500 response a user would see."""
    return Client(raise_request_exception=False)


def parent_chain(depth: int) -> str:
    """The selection below a root field whose deepest field lies `depth` levels below it
    (graphene counts the root field as depth 0): `parent { parent { id } }` is depth 3."""
    levels = depth - 1
    return "parent { " * levels + "id" + " }" * levels


# ---- GET and POST --------------------------------------------------------------------------


def test_post_json_answers_with_data(client, regions):
    response = client.post(
        "/graphql/",
        data=json.dumps({"query": STRATEGY_TITLES}),
        content_type="application/json",
        HTTP_HOST="north.test",
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "data": {"strategies": {"items": [{"title": "Rahmenstrategie Nord"}]}}
    }


def test_get_with_query_parameter_answers_like_post(client, regions):
    response = get_query(client, STRATEGY_TITLES)
    assert response.status_code == 200
    assert response.json() == post_query(client, STRATEGY_TITLES)
    assert response.json()["data"]["strategies"]["items"] == [{"title": "Rahmenstrategie Nord"}]


def test_get_passes_variables_and_operation_name(client, regions):
    query = """
      query Other { region { regionName } }
      query Strategy($site: String) { strategies(site: $site) { items { title } } }
    """
    response = client.get(
        "/graphql/",
        {
            "query": query,
            "variables": json.dumps({"site": "south.test"}),
            "operationName": "Strategy",
        },
        HTTP_HOST="north.test",
    )
    assert response.status_code == 200
    assert response.json()["data"] == {"strategies": {"items": [{"title": "Südstrategie"}]}}


def test_post_with_application_graphql_body(client, regions):
    response = client.post(
        "/graphql/",
        data=STRATEGY_TITLES,
        content_type="application/graphql",
        HTTP_HOST="north.test",
    )
    assert response.status_code == 200
    assert response.json()["data"]["strategies"]["items"] == [{"title": "Rahmenstrategie Nord"}]


def test_request_host_picks_the_region(client, regions):
    assert data_of(client, STRATEGY_TITLES, host="south.test") == {
        "strategies": {"items": [{"title": "Südstrategie"}]}
    }


def test_the_schema_has_no_mutations(client, regions):
    result = post_query(client, "mutation { region { title } }")
    assert "data" not in result or result["data"] is None
    assert any("mutation" in message.lower() for message in error_messages(result))


def test_other_methods_are_not_allowed(client, regions):
    response = client.put(
        "/graphql/",
        data=json.dumps({"query": STRATEGY_TITLES}),
        content_type="application/json",
        HTTP_HOST="north.test",
    )
    assert response.status_code == 405
    assert set(response["Allow"].replace(" ", "").split(",")) == {"GET", "POST"}


def test_missing_query_and_invalid_json_are_bad_requests(client, regions):
    response = client.get("/graphql/", HTTP_HOST="north.test", HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert "Provide a `query` string" in response.json()["errors"][0]["message"]

    response = client.post(
        "/graphql/", data="{not json", content_type="application/json", HTTP_HOST="north.test"
    )
    assert response.status_code == 400
    assert "not valid" in response.json()["errors"][0]["message"]


# ---- no cookies ----------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "post", "post-error"])
def test_responses_set_no_cookie_and_do_not_vary_on_cookie(client, regions, method):
    if method == "get":
        response = get_query(client, STRATEGY_TITLES)
    else:
        query = STRATEGY_TITLES if method == "post" else '{ page(slug: "") { id } }'
        response = client.post(
            "/graphql/",
            data=json.dumps({"query": query}),
            content_type="application/json",
            HTTP_HOST="north.test",
        )
    assert response.status_code == 200
    assert "Set-Cookie" not in response
    assert not response.cookies
    vary = [value.strip().lower() for value in response.get("Vary", "").split(",")]
    assert "cookie" not in vary


def test_post_without_csrf_token_is_accepted(regions):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/graphql/",
        data=json.dumps({"query": STRATEGY_TITLES}),
        content_type="application/json",
        HTTP_HOST="north.test",
    )
    assert response.status_code == 200
    assert response.json()["data"]["strategies"]["items"] == [{"title": "Rahmenstrategie Nord"}]


# ---- GraphiQL ------------------------------------------------------------------------------


def test_graphiql_is_served_to_browsers_when_debug_is_on(client, regions, fresh_view):
    fresh_view.DEBUG = True
    response = client.get("/graphql/", HTTP_HOST="north.test", HTTP_ACCEPT=BROWSER_ACCEPT)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert b"graphiql" in response.content.lower()

    # A client asking for JSON still gets JSON from the same URL.
    response = get_query(client, STRATEGY_TITLES, HTTP_ACCEPT="application/json")
    assert response["Content-Type"] == "application/json"
    assert response.json()["data"]["strategies"]["items"] == [{"title": "Rahmenstrategie Nord"}]


def test_no_graphiql_when_debug_is_off(client, regions, fresh_view):
    fresh_view.DEBUG = False
    response = client.get("/graphql/", HTTP_HOST="north.test", HTTP_ACCEPT=BROWSER_ACCEPT)
    assert response["Content-Type"] == "application/json"
    assert b"graphiql" not in response.content.lower()
    assert response.status_code == 400

    response = get_query(client, STRATEGY_TITLES, HTTP_ACCEPT=BROWSER_ACCEPT)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["data"]["strategies"]["items"] == [{"title": "Rahmenstrategie Nord"}]


# ---- CORS ----------------------------------------------------------------------------------


@pytest.fixture
def cors(settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://nord.example"]
    return settings


def test_allowed_origin_gets_cors_headers(client, regions, cors):
    response = get_query(client, STRATEGY_TITLES, HTTP_ORIGIN="https://nord.example")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "https://nord.example"

    preflight = client.options(
        "/graphql/",
        HTTP_HOST="north.test",
        HTTP_ORIGIN="https://nord.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "https://nord.example"
    assert "POST" in preflight["Access-Control-Allow-Methods"]
    assert "content-type" in preflight["Access-Control-Allow-Headers"].lower()


def test_other_origin_gets_no_cors_headers(client, regions, cors):
    response = get_query(client, STRATEGY_TITLES, HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in response
    preflight = client.options(
        "/graphql/",
        HTTP_HOST="north.test",
        HTTP_ORIGIN="https://evil.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert "Access-Control-Allow-Origin" not in preflight


def test_cors_applies_to_the_api_only(client, regions, cors):
    response = client.get(
        "/admin/login/", HTTP_HOST="north.test", HTTP_ORIGIN="https://nord.example"
    )
    assert "Access-Control-Allow-Origin" not in response


# ---- limits: tokens ------------------------------------------------------------------------


def aliased_typenames(count: int) -> str:
    # Each `aN: __typename` is three tokens.
    return "{ " + " ".join(f"a{n}: __typename" for n in range(count)) + " }"


def test_query_over_the_token_limit_is_refused_without_data(client, regions, settings):
    limit = settings.GRAPHQL_MAX_QUERY_TOKENS
    query = aliased_typenames(limit // 3 + 10)
    result = post_query(client, query)
    assert "data" not in result
    (message,) = error_messages(result)
    assert f"more than {limit} tokens" in message


def test_query_over_the_token_limit_is_refused_over_get(client, regions, settings):
    limit = settings.GRAPHQL_MAX_QUERY_TOKENS
    response = get_query(
        client, aliased_typenames(limit // 3 + 10), HTTP_ACCEPT="application/graphql-response+json"
    )
    assert response.status_code == 400
    assert "data" not in response.json()
    assert "tokens" in response.json()["errors"][0]["message"]


def test_query_under_the_token_limit_runs(client, regions, settings):
    settings.GRAPHQL_MAX_ALIASES = settings.GRAPHQL_MAX_ROOT_FIELDS = 10_000
    count = settings.GRAPHQL_MAX_QUERY_TOKENS // 3 - 10
    data = data_of(client, aliased_typenames(count))
    assert len(data) == count
    assert data["a0"] == "Query"


def test_token_limit_follows_the_setting(client, regions, settings):
    settings.GRAPHQL_MAX_QUERY_TOKENS = 30
    result = post_query(client, aliased_typenames(20))
    assert "data" not in result
    assert "more than 30 tokens" in error_messages(result)[0]


# ---- limits: depth -------------------------------------------------------------------------


def test_query_at_the_depth_limit_runs(client, regions, settings):
    query = (
        f"{{ page(id: {regions.framework.pk}) {{ {parent_chain(settings.GRAPHQL_MAX_DEPTH)} }} }}"
    )
    data = data_of(client, query)
    # The chain climbs to the region's home page; above it (outside the region) parent is null.
    assert data["page"]["parent"]["parent"] == {"parent": None}


def test_query_deeper_than_the_limit_is_refused(client, regions, settings):
    depth = settings.GRAPHQL_MAX_DEPTH + 1
    query = f"{{ page(id: {regions.framework.pk}) {{ {parent_chain(depth)} }} }}"
    result = post_query(client, query)
    assert "data" not in result or result["data"] is None
    assert any(
        f"maximum operation depth of {settings.GRAPHQL_MAX_DEPTH}" in message
        for message in error_messages(result)
    )


def test_depth_limit_counts_fields_inside_fragments(client, regions, settings):
    depth = settings.GRAPHQL_MAX_DEPTH + 1
    query = f"""
      query {{ page(id: {regions.framework.pk}) {{ ...Deep }} }}
      fragment Deep on PageInterface {{ {parent_chain(depth)} }}
    """
    result = post_query(client, query)
    assert "data" not in result or result["data"] is None
    assert any("maximum operation depth" in message for message in error_messages(result))


def test_depth_limit_follows_the_setting(client, regions, fresh_view):
    fresh_view.GRAPHQL_MAX_DEPTH = 2
    shallow = f"{{ page(id: {regions.framework.pk}) {{ {parent_chain(2)} }} }}"
    assert data_of(client, shallow)["page"]["parent"] is not None
    deep = f"{{ page(id: {regions.framework.pk}) {{ {parent_chain(3)} }} }}"
    assert "maximum operation depth of 2" in " ".join(error_messages(post_query(client, deep)))


def test_spread_of_an_unknown_fragment_is_a_validation_error_not_a_crash(lenient_client, regions):
    response = lenient_client.post(
        "/graphql/",
        data=json.dumps({"query": "{ page(id: 1) { ...Missing } }"}),
        content_type="application/json",
        HTTP_HOST="north.test",
        HTTP_ACCEPT="application/graphql-response+json",
    )
    assert response.status_code == 422
    assert "Unknown fragment 'Missing'" in " ".join(error_messages(response.json()))


def test_fragment_cycle_is_a_validation_error_not_a_crash(lenient_client, regions):
    query = """
      { page(id: 1) { ...A } }
      fragment A on PageInterface { id ...B }
      fragment B on PageInterface { title ...A }
    """
    response = lenient_client.post(
        "/graphql/",
        data=json.dumps({"query": query}),
        content_type="application/json",
        HTTP_HOST="north.test",
        HTTP_ACCEPT="application/graphql-response+json",
    )
    assert response.status_code == 422
    assert "Cannot spread fragment" in " ".join(error_messages(response.json()))


# ---- limits: introspection -----------------------------------------------------------------


def test_typename_works_when_introspection_is_disabled(client, regions, fresh_view):
    fresh_view.GRAPHQL_INTROSPECTION = False
    data = data_of(client, "{ __typename strategies { __typename items { __typename title } } }")
    assert data["__typename"] == "Query"
    assert data["strategies"]["__typename"].endswith("PagePaginatedType")
    assert data["strategies"]["items"] == [
        {"__typename": "StrategyPage", "title": "Rahmenstrategie Nord"}
    ]


def test_paginated_types_are_named_after_their_model(client, regions):
    # grapple 0.31 builds the name with `type_name.lstrip("Stub")`, which strips any leading
    # S, t, u or b: "StrategyPage" became "rategyPagePaginatedType".
    query = "{ " + " ".join(f"{name} {{ __typename }}" for name in SECTIONS) + " }"
    data = data_of(client, query)
    assert {name: data[name]["__typename"] for name in SECTIONS} == SECTIONS


@pytest.mark.parametrize(
    "query", ["{ __schema { queryType { name } } }", '{ __type(name: "StrategyPage") { name } }']
)
def test_schema_introspection_is_refused_when_disabled(client, regions, fresh_view, query):
    fresh_view.GRAPHQL_INTROSPECTION = False
    result = post_query(client, query)
    assert "data" not in result or result["data"] is None
    assert any("introspection" in message.lower() for message in error_messages(result))


def test_schema_introspection_works_when_enabled(client, regions, fresh_view):
    fresh_view.GRAPHQL_INTROSPECTION = True
    data = data_of(
        client, '{ __schema { queryType { name } } __type(name: "StrategyPage") { name } }'
    )
    assert data == {
        "__schema": {"queryType": {"name": "Query"}},
        "__type": {"name": "StrategyPage"},
    }


def test_disabling_introspection_keeps_the_standard_validation(client, regions, fresh_view):
    # The rules are added to graphql-core's, not used instead of them.
    fresh_view.GRAPHQL_INTROSPECTION = False
    result = post_query(client, "{ strategies { items { noSuchField } } }")
    assert "data" not in result or result["data"] is None
    assert "Cannot query field 'noSuchField'" in " ".join(error_messages(result))


def test_unexpected_failures_reach_the_client_without_their_details(client, regions, monkeypatch):
    from cms.api.queries import typed_list

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail: password=hunter2")

    monkeypatch.setattr(typed_list, "gate_for", broken)
    result = post_query(client, "{ themes { items { name } } }")
    assert error_messages(result) == ["Internal server error."]
    assert "hunter2" not in json.dumps(result)
