"""Input handling of the root fields: the `order` allowlist, `site`, `contentType`, lookups,
roles, search, page sizes and the theme filter. A bad argument is an error that says what is
allowed, never an empty answer that hides the typo."""

import pytest

from cms.api.ordering import PAGE_ORDER_FIELDS
from content_models.models import Municipality, StrategyPage

from .conftest import add_page, publish, publish_snippet
from .graphql_client import data_of, error_messages, post_query

pytestmark = pytest.mark.django_db


def titles(items):
    return [item["title"] for item in items]


def refused(result) -> str:
    """The joined error messages of a request whose root field gave no data."""
    data = result.get("data")
    assert not data or all(value is None for value in data.values()), data
    return " ".join(error_messages(result))


@pytest.fixture
def three_strategies(regions):
    """Three published strategies below the north section (with the fixture's one)."""
    for title, slug in (("Aktionsplan", "aktionsplan"), ("Zielbild", "zielbild")):
        add_page(regions.strategies, StrategyPage(title=title, slug=slug, kind="action_plan"))
    return regions


# ---- order ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "order",
    ["owner__password", "-live", "title,-live", "?", "owner__username", "content_type__model"],
)
def test_pages_order_outside_the_allowlist_is_refused(client, regions, order):
    result = post_query(client, "query ($o: String) { pages(order: $o) { title } }", {"o": order})
    message = refused(result)
    assert "Cannot order by" in message
    for field in PAGE_ORDER_FIELDS:
        assert field in message


@pytest.mark.parametrize("order", ["owner__password", "-live", "kind"])
def test_section_order_outside_the_allowlist_is_refused(client, regions, order):
    query = "query ($o: String) { strategies(order: $o) { items { title } } }"
    message = refused(post_query(client, query, {"o": order}))
    assert f"Cannot order by '{order}'" in message
    assert "adopted_on" in message and "title" in message


def test_order_on_nested_page_lists_is_checked_too(client, regions):
    query = '{ page(urlPath: "/") { children(order: "owner__password") { title } } }'
    result = post_query(client, query)
    # `children` is a non-null list: its error nulls the page around it.
    assert result["data"] == {"page": None}
    assert "Cannot order by 'owner__password'" in " ".join(error_messages(result))


def test_empty_order_is_refused(client, regions):
    message = refused(post_query(client, '{ pages(order: " , ") { title } }'))
    assert "order" in message and "empty" in message


def test_allowed_order_sorts_sections(client, three_strategies):
    query = "query ($o: String) { strategies(order: $o) { items { title } } }"
    ascending = data_of(client, query, {"o": "title"})["strategies"]["items"]
    descending = data_of(client, query, {"o": "-title"})["strategies"]["items"]
    assert titles(ascending) == ["Aktionsplan", "Rahmenstrategie Nord", "Zielbild"]
    assert titles(descending) == ["Zielbild", "Rahmenstrategie Nord", "Aktionsplan"]


def test_allowed_order_sorts_pages_and_children(client, three_strategies):
    query = """query ($o: String) {
      pages(contentType: "content_models.StrategyPage", order: $o) { title }
      section: page(urlPath: "/strategie/") { children(order: $o) { title } }
    }"""
    data = data_of(client, query, {"o": "-title"})
    expected = ["Zielbild", "Rahmenstrategie Nord", "Aktionsplan"]
    assert titles(data["pages"]) == expected
    assert titles(data["section"]["children"]) == expected
    data = data_of(client, query, {"o": " title , -first_published_at "})
    assert titles(data["pages"]) == sorted(expected)


# ---- site ----------------------------------------------------------------------------------


def test_site_argument_picks_the_region(client, regions):
    query = """{ north: strategies(site: "north.test") { items { title } }
      south: strategies(site: "SOUTH.test:80") { items { title } } }"""
    data = data_of(client, query, host="north.test")
    assert titles(data["north"]["items"]) == ["Rahmenstrategie Nord"]
    assert titles(data["south"]["items"]) == ["Südstrategie"]


@pytest.mark.parametrize("site", ["nowhere.test", "south.test:8080"])
def test_unknown_site_is_refused_without_listing_the_hosts(client, regions, site):
    query = "query ($s: String) { strategies(site: $s) { items { title } } }"
    message = refused(post_query(client, query, {"s": site}))
    assert f"Unknown site '{site}'" in message
    assert "north.test" not in message  # production does not tell its host names


def test_unknown_site_names_the_known_sites_in_development(client, regions, settings):
    settings.DEBUG = True
    query = '{ strategies(site: "nowhere.test") { items { title } } }'
    message = refused(post_query(client, query))
    assert "north.test" in message and "south.test" in message


def test_site_with_a_bad_port_is_refused(client, regions):
    message = refused(post_query(client, '{ themes(site: "south.test:http") { items { name } } }'))
    assert "port" in message.lower()


# ---- contentType and page lookups ----------------------------------------------------------


@pytest.mark.parametrize(
    "content_type",
    ["content_models.NoSuchPage", "nonsense", "x.y,z", "auth.User", "wagtailimages.Image"],
)
def test_unknown_content_type_is_refused(client, regions, content_type):
    for query in (
        "query ($t: String) { pages(contentType: $t) { title } }",
        'query ($t: String) { page(slug: "rahmenstrategie", contentType: $t) { title } }',
    ):
        message = refused(post_query(client, query, {"t": content_type}))
        assert "Unknown page type" in message
        assert "app.Model" in message


def test_content_type_filters_pages(client, regions):
    query = """{ strategies: pages(contentType: "content_models.StrategyPage") { title }
      both: pages(contentType: "content_models.StrategyPage, content_models.StrategyIndexPage",
                  order: "title") { title }
      typed: page(slug: "rahmenstrategie", contentType: "content_models.ContentPage") { title } }"""
    data = data_of(client, query)
    assert titles(data["strategies"]) == ["Rahmenstrategie Nord"]
    assert titles(data["both"]) == ["Rahmenstrategie Nord", "Strategie"]
    assert data["typed"] is None


@pytest.mark.parametrize("arguments", ["", 'slug: ""', "id: null, urlPath: null"])
def test_page_without_id_slug_or_url_path_is_refused(client, regions, arguments):
    query = f"{{ page{f'({arguments})' if arguments else ''} {{ title }} }}"
    message = refused(post_query(client, query))
    assert "`id`" in message and "`slug`" in message and "`urlPath`" in message


def test_page_by_slug_and_by_url_path_with_or_without_slashes(client, regions):
    query = """{ a: page(slug: "rahmenstrategie") { title } b: page(urlPath: "strategie/rahmenstrategie")
      { title } c: page(urlPath: "/strategie/rahmenstrategie/") { title } }"""
    data = data_of(client, query)
    assert data == {key: {"title": "Rahmenstrategie Nord"} for key in "abc"}


def test_page_id_that_is_not_a_number_is_an_error(client, regions):
    result = post_query(client, '{ page(id: "abc") { title } }')
    assert result["data"] == {"page": None}
    assert "`id` must be a number" in " ".join(error_messages(result))


def test_page_id_out_of_range_is_not_found(client, regions):
    # Larger than any database integer: no page, and no database error.
    data = data_of(client, '{ page(id: "99999999999999999999") { title } }')
    assert data == {"page": None}


# ---- municipalities, search ----------------------------------------------------------------


@pytest.fixture
def municipalities(regions):
    for name, role, region in (
        ("Arnsberg", "pioneer", regions.north),
        ("Olpe", "pioneer", regions.north),
        ("Kreis Soest", "district", regions.north),
        ("Südstadt", "pioneer", regions.south),
    ):
        publish_snippet(Municipality(name=name, role=role, region=region))
    return regions


def test_municipalities_filter_by_role(client, municipalities):
    data = data_of(
        client,
        "{ pioneer: municipalities(role: PIONEER) { items { name } }"
        " all: municipalities { items { name } } }",
    )
    assert sorted(item["name"] for item in data["pioneer"]["items"]) == ["Arnsberg", "Olpe"]
    assert sorted(item["name"] for item in data["all"]["items"]) == [
        "Arnsberg",
        "Kreis Soest",
        "Olpe",
    ]


def test_unknown_municipality_role_is_a_validation_error(client, municipalities):
    query = "query ($r: MunicipalityRole) { municipalities(role: $r) { items { name } } }"
    message = refused(post_query(client, query, {"r": "bogus"}))
    assert "bogus" in message and "MunicipalityRole" in message


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_search_is_refused(client, regions, query):
    result = post_query(client, "query ($q: String!) { search(query: $q) { title } }", {"q": query})
    assert result.get("data") is None
    assert "The search `query` is empty." in error_messages(result)


def test_search_limit_is_capped(client, regions):
    for n in range(3):
        add_page(
            regions.strategies,
            StrategyPage(title=f"Suchstrategie {n}", slug=f"such-{n}", kind="municipal"),
        )
    data = data_of(
        client,
        '{ one: search(query: "Suchstrategie", limit: 1) { title } all: search(query: "Suchstrategie") { title } }',
    )
    assert len(data["one"]) == 1
    assert len(data["all"]) == 3


# ---- page sizes ----------------------------------------------------------------------------


def test_per_page_and_limit_at_100_give_100_items(client, regions):
    # 101 published strategies: one more than the largest page a client may ask for.
    for n in range(100):
        regions.strategies.add_child(
            instance=StrategyPage(title=f"Strategie {n:03}", slug=f"s-{n:03}", kind="municipal")
        )
    query = """{ strategies(perPage: 100) { items { title }
        pagination { total count perPage totalPages nextPage } }
      pages(contentType: "content_models.StrategyPage", limit: 100) { title } }"""
    data = data_of(client, query)
    assert len(data["strategies"]["items"]) == 100
    assert data["strategies"]["pagination"] == {
        "total": 101,
        "count": 100,
        "perPage": 100,
        "totalPages": 2,
        "nextPage": 2,
    }
    assert len(data["pages"]) == 100


@pytest.mark.parametrize(
    "query, message",
    [
        (
            "{ strategies(perPage: 101) { items { title } } }",
            "`perPage` must be between 1 and 100 (got 101)",
        ),
        ("{ pages(limit: 1000) { title } }", "`limit` must be between 1 and 100 (got 1000)"),
        (
            '{ search(query: "x", limit: 51) { title } }',
            "`limit` must be between 1 and 50 (got 51)",
        ),
        (
            "{ strategies(perPage: 0) { items { title } } }",
            "`perPage` must be between 1 and 100 (got 0)",
        ),
        ("{ strategies(page: 0) { items { title } } }", "`page` must be at least 1 (got 0)"),
        ("{ images(limit: 0) { id } }", "`limit` must be between 1 and 100 (got 0)"),
    ],
)
def test_sizes_outside_their_range_are_errors_naming_the_maximum(client, regions, query, message):
    result = post_query(client, query)
    assert result["data"] is None or all(value is None for value in result["data"].values())
    assert message in " ".join(error_messages(result))


@pytest.mark.parametrize(
    "query",
    [
        "query ($n: PositiveInt) { strategies(perPage: $n) { items { title } } }",
        "query ($n: PositiveInt) { pages(limit: $n) { title } }",
        "query ($n: PositiveInt) { pages(offset: $n) { title } }",
    ],
)
def test_negative_sizes_in_variables_are_errors_without_data(client, regions, query):
    result = post_query(client, query, {"n": -5})
    assert result.get("data") is None
    assert any("(got -5)" in message for message in error_messages(result))


def test_page_past_the_end_gives_no_items_and_the_right_totals(client, three_strategies):
    data = data_of(
        client,
        '{ strategies(perPage: 2, page: 9, order: "title") { items { title } '
        "pagination { total count currentPage totalPages nextPage prevPage } } }",
    )
    assert data["strategies"] == {
        "items": [],
        "pagination": {
            "total": 3,
            "count": 0,
            "currentPage": 9,
            "totalPages": 2,
            "nextPage": None,
            "prevPage": 2,
        },
    }


# ---- theme filter --------------------------------------------------------------------------


@pytest.fixture
def themed(three_strategies):
    regions = three_strategies
    target = StrategyPage.objects.get(slug="zielbild")
    target.themes.set([regions.shared_theme])
    publish(target)
    return regions


@pytest.mark.parametrize(
    "theme, expected",
    [
        ("mobilitaet", ["Rahmenstrategie Nord"]),
        ("bildung", ["Rahmenstrategie Nord", "Zielbild"]),
    ],
)
def test_strategies_filter_by_theme_slug(client, themed, theme, expected):
    query = 'query ($t: String) { strategies(theme: $t, order: "title") { items { title } pagination { total } } }'
    data = data_of(client, query, {"t": theme})
    assert titles(data["strategies"]["items"]) == expected
    assert data["strategies"]["pagination"]["total"] == len(expected)


@pytest.mark.parametrize("theme", ["no-such-theme", "sued", "entwurf"])
def test_unknown_theme_is_an_error_naming_it(client, themed, theme):
    # "sued" is another region's theme and "entwurf" a draft (on the framework strategy): both
    # get the same answer as a slug that does not exist, so neither is revealed.
    query = "query ($t: String) { strategies(theme: $t) { items { title } } }"
    result = post_query(client, query, {"t": theme})
    assert result["data"] is None
    assert error_messages(result) == [f"Unknown theme '{theme}' in this region."]


# ---- searchQuery on lists ------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, path",
    [
        (
            '{ strategies(searchQuery: "Rahmenstrategie") { items { title } } }',
            ("strategies", "items"),
        ),
        ('{ pages(searchQuery: "Rahmenstrategie") { title } }', ("pages",)),
        (
            '{ page(urlPath: "/strategie/") { children(searchQuery: "Rahmenstrategie") { title } } }',
            ("page", "children"),
        ),
    ],
)
def test_search_query_argument_of_lists_finds_visible_pages(client, regions, query, path):
    # The schema offers grapple's `searchQuery` on every list; it must work over the gated
    # queryset (whose expiry filter the search backend cannot apply itself).
    found = data_of(client, query)
    for key in path:
        found = found[key]
    assert titles(found) == ["Rahmenstrategie Nord"]


def test_search_query_argument_of_lists_never_finds_hidden_pages(client, regions):
    query = """{ strategies(searchQuery: "Entwurfsstrategie") { items { title } }
      pages(searchQuery: "Interna") { title } }"""
    data = data_of(client, query)
    assert data == {"strategies": {"items": []}, "pages": []}


@pytest.mark.parametrize(
    "query, path",
    [
        (
            '{ strategies(searchQuery: "Plan", order: "%s") { items { title } } }',
            ("strategies", "items"),
        ),
        ('{ pages(searchQuery: "Plan", order: "%s") { title } }', ("pages",)),
    ],
)
def test_search_results_follow_an_explicit_order(client, regions, query, path):
    for title, slug in (
        ("Plan Mitte", "mitte"),
        ("Plan Zukunft", "zukunft"),
        ("Plan Anfang", "anfang"),
    ):
        add_page(regions.strategies, StrategyPage(title=title, slug=slug, kind="municipal"))
    for order, expected in (
        ("-title", ["Plan Zukunft", "Plan Mitte", "Plan Anfang"]),
        ("title", ["Plan Anfang", "Plan Mitte", "Plan Zukunft"]),
    ):
        data = data_of(client, query % order)
        for key in path:
            data = data[key]
        assert [item["title"] for item in data] == expected
