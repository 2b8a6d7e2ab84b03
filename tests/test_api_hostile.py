"""What anyone on the internet may send to `/graphql/`, case by case. Every case asserts the
status code, a safe JSON answer (errors with the request's id, the message saying what is
wrong), that no internals appear (tracebacks, file paths, SQL, the list of hosts, "Did you
mean" suggestions), that nothing was written to the database, and that the server answers the
next request."""

import json

import pytest
from django.apps import apps
from django.test import Client

from .graphql_client import send_query

pytestmark = pytest.mark.django_db

GRAPHQL_RESPONSE = "application/graphql-response+json"
OK_QUERY = "{ region { regionName } }"
INTERNALS = (
    "Traceback",
    'File "',
    "/work/",
    ".py",
    "SELECT ",
    "sqlite",
    "psycopg",
    "django.",
    "Did you mean",
    "south.test",
    "Internal server error",
)
# Tables of the apps whose rows an API request must never change.
WATCHED_APPS = ("wagtailcore", "wagtailimages", "wagtaildocs", "sessions", "auth", "content_models")


def post_json(body, accept=GRAPHQL_RESPONSE, content_type="application/json", **extra):
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return lambda client: client.post(
        "/graphql/",
        data=data,
        content_type=content_type,
        HTTP_HOST="north.test",
        HTTP_ACCEPT=accept,
        **extra,
    )


def query(text, variables=None, **extra):
    return post_json({"query": text, "variables": variables or {}}, **extra)


def nested(levels, inner="1"):
    return '{"a":' * levels + inner + "}" * levels


def tree(levels):
    return "{ pages { " + "descendants { " * levels + "title" + " }" * levels + " } }"


def request_case(case_id, send, status, message, field_error=False, as_json=True):
    return pytest.param(send, status, message, field_error, as_json, id=case_id)


NUL = "\u0000"
FREE_TEXT_FIELDS = {
    "search-query": ("query ($s: String!) { search(query: $s) { title } }", "s", "query"),
    "list-searchQuery": (
        "query ($s: String) { strategies(searchQuery: $s) { items { title } } }",
        "s",
        "searchQuery",
    ),
    "pages-searchQuery": (
        "query ($s: String) { pages(searchQuery: $s) { title } }",
        "s",
        "searchQuery",
    ),
    "page-slug": ("query ($s: String) { page(slug: $s) { title } }", "s", "slug"),
    "page-urlPath": ("query ($s: String) { page(urlPath: $s) { title } }", "s", "urlPath"),
    "site": ("query ($s: String) { region(site: $s) { title } }", "s", "site"),
    "order": ("query ($s: String) { strategies(order: $s) { items { title } } }", "s", "order"),
    "theme": ("query ($s: String) { strategies(theme: $s) { items { title } } }", "s", "theme"),
    "contentType": ("query ($s: String) { pages(contentType: $s) { title } }", "s", "contentType"),
}

CASES = [
    # ---- bodies that are not GraphQL requests ----
    request_case("invalid-json", post_json("{not json"), 400, "not valid"),
    request_case("json-number-body", post_json("42"), 400, "must be a JSON object"),
    request_case("json-string-body", post_json('"{ region { title } }"'), 400, "JSON object"),
    request_case("query-is-number", post_json({"query": 1}), 400, "`query` must be a string"),
    request_case(
        "query-is-object", post_json({"query": {"a": 1}}), 400, "`query` must be a string"
    ),
    request_case("query-is-list", post_json({"query": ["{ region { title } }"]}), 400, "string"),
    request_case("query-missing", post_json({"variables": {}}), 400, "Provide a `query`"),
    request_case(
        "variables-is-string",
        post_json({"query": OK_QUERY, "variables": "x"}),
        400,
        "`variables` must be a JSON object",
    ),
    request_case(
        "variables-is-list",
        post_json({"query": OK_QUERY, "variables": [1]}),
        400,
        "`variables` must be a JSON object",
    ),
    request_case(
        "extensions-is-list",
        post_json({"query": OK_QUERY, "extensions": []}),
        400,
        "`extensions` must be a JSON object",
    ),
    request_case(
        "operationName-is-number",
        post_json({"query": OK_QUERY, "operationName": 3}),
        400,
        "`operationName` must be a string",
    ),
    request_case("batching-array", post_json([{"query": OK_QUERY}] * 3), 400, "Batched"),
    request_case("body-nested-100000-levels", post_json("[" * 100_000), 413, "larger than"),
    request_case("body-nested-20000-levels", post_json("[" * 20_000 + "]" * 20_000), 400, "nested"),
    request_case(
        "variables-nested-5000-levels",
        post_json('{"query": "{ region { title } }", "variables": ' + nested(5000) + "}"),
        400,
        "nested",
    ),
    request_case(
        "variables-nested-100-levels",
        post_json('{"query": "{ region { title } }", "variables": ' + nested(100) + "}"),
        400,
        "nested deeper than",
    ),
    request_case("empty-body", post_json(""), 400, "The body is empty"),
    request_case("not-utf-8", post_json(b'{"query": "\xff\xfe"}'), 400, "UTF-8"),
    # ---- content types and methods ----
    request_case(
        "form-encoded",
        post_json(
            "query=%7B+region+%7B+title+%7D+%7D", content_type="application/x-www-form-urlencoded"
        ),
        415,
        "Unsupported Content-Type",
    ),
    request_case(
        "multipart",
        lambda client: client.post(
            "/graphql/", {"query": OK_QUERY}, HTTP_HOST="north.test", HTTP_ACCEPT=GRAPHQL_RESPONSE
        ),
        415,
        "multipart/form-data",
    ),
    request_case(
        "text-plain",
        post_json(json.dumps({"query": OK_QUERY}), content_type="text/plain"),
        415,
        "text/plain",
    ),
    request_case(
        "latin-1-charset",
        post_json(
            json.dumps({"query": OK_QUERY}), content_type="application/json; charset=latin-1"
        ),
        415,
        "charset",
    ),
    request_case(
        "body-over-the-limit",
        query('{ search(query: "' + "x" * 100_000 + '") { title } }'),
        413,
        "larger than 65536 bytes",
    ),
    request_case(
        "search-string-500-kb",
        query("query ($s: String!) { search(query: $s) { title } }", {"s": "a" * 500_000}),
        413,
        "larger than",
    ),
    request_case(
        "mutation-over-get",
        lambda client: client.get(
            "/graphql/",
            {"query": "mutation { x }"},
            HTTP_HOST="north.test",
            HTTP_ACCEPT=GRAPHQL_RESPONSE,
        ),
        405,
        "mutation cannot be sent with GET",
    ),
    request_case(
        "put",
        lambda client: client.put("/graphql/", HTTP_HOST="north.test"),
        405,
        "Use GET or POST",
    ),
    request_case(
        "delete",
        lambda client: client.delete("/graphql/", HTTP_HOST="north.test"),
        405,
        "Use GET or POST",
    ),
    # ---- documents ----
    request_case("unparseable-document", query("{ region { "), 400, "Syntax Error"),
    request_case(
        "unknown-field-no-suggestion", query("{ region { regionNam } }"), 422, "Cannot query field"
    ),
    request_case(
        "unknown-root-field", query("{ strategie { items { title } } }"), 422, "Cannot query field"
    ),
    request_case(
        "fragment-cycle",
        query(
            "{ pages { ...A } } fragment A on PageInterface { id ...B } fragment B on PageInterface { title ...A }"
        ),
        422,
        "Cannot spread fragment",
    ),
    request_case("unknown-fragment", query("{ pages { ...Missing } }"), 422, "Unknown fragment"),
    request_case(
        "unknown-operation-name",
        post_json({"query": "query A { region { title } }", "operationName": "B"}),
        400,
        "Unknown operation named 'B'",
    ),
    request_case(
        "huge-document",
        query("{ " + "region { title } " * 2000 + "}"),
        400,
        "more than 5000 tokens",
    ),
    request_case(
        "deeply-nested-document",
        query("{ " + "a { " * 1500 + "b" + " }" * 1500 + " }"),
        400,
        "",
    ),
    request_case(
        "nested-tree-fields", query(tree(5)), 422, "over the maximum of 100000 (GRAPHQL_MAX_COST)"
    ),
    request_case(
        "nested-tree-fields-with-fragment",
        query(
            "{ pages { ...T } } fragment T on PageInterface { children { ancestors { siblings { title } } } }"
        ),
        422,
        "GRAPHQL_MAX_COST",
    ),
    request_case(
        "alias-flood-of-lists",
        query(
            "{ "
            + " ".join(f"a{n}: strategies(perPage: 100) {{ items {{ title }} }}" for n in range(50))
            + " }"
        ),
        422,
        "GRAPHQL_MAX_ALIASES",
    ),
    request_case(
        "alias-flood-of-search",
        query("{ " + " ".join(f'a{n}: search(query: "x") {{ title }}' for n in range(200)) + " }"),
        422,
        "aliases is 200, over the maximum of 20",
    ),
    request_case(
        "root-field-flood",
        query("{ " + "region { title } " * 21 + "}"),
        422,
        "root fields is 21, over the maximum of 20",
    ),
    request_case(
        "introspection-in-production",
        query("{ __schema { types { name } } }"),
        422,
        "introspection",
    ),
    request_case(
        "variable-of-the-wrong-type",
        query(
            "query ($n: PositiveInt) { strategies(perPage: $n) { items { title } } }", {"n": "abc"}
        ),
        422,
        "Variable '$n' got invalid value",
    ),
    request_case(
        "missing-required-variable",
        query("query ($s: String!) { search(query: $s) { title } }"),
        422,
        "was not provided",
    ),
    # ---- ids and page sizes ----
    request_case(
        "id-not-a-number",
        query('{ page(id: "1 OR 1=1") { title } }'),
        200,
        "`id` must be a number",
        True,
    ),
    request_case(
        "id-huge",
        query('{ page(id: "' + "9" * 300 + '") { title } }'),
        200,
        "longer than 200",
        True,
    ),
    request_case(
        "perPage-negative-variable",
        query("query ($n: PositiveInt) { strategies(perPage: $n) { items { title } } }", {"n": -1}),
        200,
        "`perPage` must be between 1 and 100 (got -1)",
        True,
    ),
    request_case(
        "perPage-oversized-variable",
        query(
            "query ($n: PositiveInt) { strategies(perPage: $n) { items { title } } }", {"n": 10_000}
        ),
        200,
        "`perPage` must be between 1 and 100 (got 10000)",
        True,
    ),
    request_case(
        "limit-oversized-on-a-tree-field",
        query("{ pages(limit: 1) { children(limit: 500) { title } } }"),
        200,
        "`limit` must be between 1 and 100 (got 500)",
        True,
    ),
    request_case(
        "page-zero-variable",
        query("query ($n: PositiveInt) { strategies(page: $n) { items { title } } }", {"n": 0}),
        200,
        "`page` must be at least 1",
        True,
    ),
    request_case(
        "order-injection",
        query('{ strategies(order: "title; DROP TABLE wagtailcore_page") { items { title } } }'),
        200,
        "order",
        True,
    ),
    request_case(
        "order-through-a-relation",
        query('{ pages(order: "-owner__password") { title } }'),
        200,
        "order",
        True,
    ),
    request_case(
        "rendition-filter-injection",
        query('{ images { rendition(fill: "1x1|format-png") { url } } }'),
        200,
        "not allowed",
        True,
    ),
    request_case(
        "rendition-huge-width",
        query("{ images { rendition(width: 99999) { url } } }"),
        200,
        "not allowed",
        True,
    ),
    # ---- free text: NUL bytes, control characters, length, SQL ----
    *[
        request_case(
            f"nul-byte-in-{name}",
            query(text, {var: f"a{NUL}b"}),
            200,
            f"`{arg}` must not contain control characters",
            True,
        )
        for name, (text, var, arg) in FREE_TEXT_FIELDS.items()
    ],
    request_case(
        "newline-in-slug",
        query("query ($s: String) { page(slug: $s) { title } }", {"s": "a\nb"}),
        200,
        "control characters",
        True,
    ),
    *[
        request_case(
            f"long-{name}", query(text, {var: "ä" * 2000}), 200, f"`{arg}` is longer than 200", True
        )
        for name, (text, var, arg) in FREE_TEXT_FIELDS.items()
        if name in ("search-query", "list-searchQuery", "page-slug", "page-urlPath")
    ],
    request_case(
        "unknown-site",
        query('{ region(site: "evil.example") { title } }'),
        200,
        "",
        True,
    ),
    request_case(
        "spoofed-host-header",
        lambda client: client.post(
            "/graphql/",
            data=json.dumps({"query": OK_QUERY}),
            content_type="application/json",
            HTTP_HOST="evil.example",
        ),
        400,
        "",
        False,
        False,
    ),
    request_case(
        "unknown-api-key",
        query(OK_QUERY, HTTP_X_API_KEY="guessed-key"),
        401,
        "Unknown API key",
    ),
]

SQL_LIKE = [
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    '" UNION SELECT password FROM auth_user --',
]


def table_counts():
    return {
        model._meta.db_table: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label in WATCHED_APPS and not model._meta.proxy
    }


@pytest.fixture
def north(db):
    """One region with one public image: all the cases need (the full `regions` fixture costs
    seconds per case)."""
    from wagtail.models import Collection, Page, Site

    from .conftest import make_region
    from .media_factory import make_image

    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    make_region("north.test", "north", "Region Nord", default=True)
    make_image("Öffentliches Bild", Collection.get_first_root_node())


@pytest.fixture
def hostile_client():
    return Client(raise_request_exception=False)


def assert_no_internals(text):
    for marker in INTERNALS:
        assert marker not in text, f"{marker!r} in {text[:500]}"


def assert_next_request_answered(client):
    response = send_query(client, OK_QUERY)
    assert response.status_code == 200
    assert response.json() == {"data": {"region": {"regionName": "Region Nord"}}}


@pytest.mark.parametrize("send, status, message, field_error, as_json", CASES)
def test_hostile_request(hostile_client, north, send, status, message, field_error, as_json):
    before = table_counts()
    response = send(hostile_client)
    assert response.status_code == status, response.content[:500]
    text = response.content.decode("utf-8", "replace")
    assert_no_internals(text)
    if as_json:
        assert response["Content-Type"].startswith("application/")
        body = response.json()
        assert body["errors"], body
        assert message in " ".join(error["message"] for error in body["errors"])
        for error in body["errors"]:
            assert error["extensions"]["requestId"] == response["X-Request-ID"]
        if field_error:
            assert "data" in body
        else:
            assert "data" not in body
    assert not response.has_header("Set-Cookie")
    assert table_counts() == before
    assert_next_request_answered(hostile_client)


@pytest.mark.parametrize("text", SQL_LIKE)
@pytest.mark.parametrize("name", sorted(FREE_TEXT_FIELDS))
def test_sql_like_text_in_free_text_arguments_is_only_text(hostile_client, north, name, text):
    document, variable, _argument = FREE_TEXT_FIELDS[name]
    before = table_counts()
    response = query(document, {variable: text})(hostile_client)
    assert response.status_code == 200
    body = response.json()
    # Error messages may quote the client's own text back; nothing else may appear.
    assert_no_internals(response.content.decode().replace(json.dumps(text)[1:-1], "…"))
    # Found nothing, or refused the value with a clear error: never ran it.
    for error in body.get("errors", []):
        assert error["extensions"]["requestId"] == response["X-Request-ID"]
    assert table_counts() == before
    assert_next_request_answered(hostile_client)


def test_comment_flood_is_parsed_quickly_and_answered(hostile_client, north):
    flood = "# " + "x" * 60 + "\n"
    response = query(flood * 900 + OK_QUERY)(hostile_client)
    assert response.status_code == 200
    assert response.json() == {"data": {"region": {"regionName": "Region Nord"}}}


@pytest.mark.parametrize(
    "cookie", ["csrftoken=abc", "sessionid=doesnotexist", "csrftoken=a; sessionid=b"]
)
def test_cookies_on_the_request_get_no_cookie_back(hostile_client, north, cookie):
    for send in (
        query(OK_QUERY, HTTP_COOKIE=cookie),
        query("{ nope }", HTTP_COOKIE=cookie),
        lambda client: client.get(
            "/graphql/", {"query": OK_QUERY}, HTTP_HOST="north.test", HTTP_COOKIE=cookie
        ),
    ):
        hostile_client.cookies.clear()
        response = send(hostile_client)
        assert response.status_code in (200, 422)
        assert not response.has_header("Set-Cookie")
        assert "cookie" not in response.get("Vary", "").lower()
