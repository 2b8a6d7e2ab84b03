"""The visibility gate, path by path: drafts, private, expired and other-region content never
leave the API. Stock grapple leaks through several of these paths; each test names one."""

import pytest

from content_models.models import ContentPage, StrategyPage

from .graphql_client import data_of

pytestmark = pytest.mark.django_db


def titles(items):
    return sorted(item["title"] for item in items)


def test_lists_hold_only_published_public_unexpired_pages_of_the_region(client, regions):
    data = data_of(client, "{ strategies { items { title } pagination { total } } }")
    assert titles(data["strategies"]["items"]) == ["Rahmenstrategie Nord"]
    assert data["strategies"]["pagination"]["total"] == 1

    data = data_of(client, "{ pages(limit: 100) { title } }")
    listed = titles(data["pages"])
    for hidden in (
        "Entwurfsstrategie",
        "Abgelaufene Strategie",
        "Intern",
        "Interna",
        "Südstrategie",
    ):
        assert hidden not in listed
    assert "Rahmenstrategie Nord" in listed


@pytest.mark.parametrize(
    "hidden", ["draft", "expired", "private_section", "private_child", "south_strategy"]
)
def test_page_lookup_by_id_slug_and_url_path_refuses_hidden_pages(client, regions, hidden):
    page = getattr(regions, hidden)
    query = """query ($id: ID, $slug: String, $path: String) {
      byId: page(id: $id) { id } bySlug: page(slug: $slug) { id } byPath: page(urlPath: $path) { id }
    }"""
    path = page.url_path.split("/", 2)[2]
    data = data_of(client, query, {"id": page.pk, "slug": page.slug, "path": path})
    assert data == {"byId": None, "bySlug": None, "byPath": None}


def test_page_lookup_finds_a_published_page(client, regions):
    data = data_of(client, '{ page(urlPath: "/strategie/rahmenstrategie/") { id title urlPath } }')
    assert data["page"] == {
        "id": str(regions.framework.pk),
        "title": "Rahmenstrategie Nord",
        "urlPath": "/strategie/rahmenstrategie/",
    }


def test_parent_of_a_region_home_is_null_not_the_tree_root(client, regions):
    # Stock grapple returns the parent whatever it is: here the tree root outside every site.
    data = data_of(client, '{ page(urlPath: "/") { title parent { id title } } }')
    assert data["page"]["title"] == "Region Nord"
    assert data["page"]["parent"] is None


def test_parent_of_a_published_page_is_its_published_section(client, regions):
    data = data_of(client, f"{{ page(id: {regions.framework.pk}) {{ parent {{ title }} }} }}")
    assert data["page"]["parent"] == {"title": "Strategie"}


def test_parent_that_became_a_draft_is_null(client, regions):
    regions.strategies.unpublish()
    data = data_of(client, f"{{ page(id: {regions.framework.pk}) {{ title }} }}")
    # The child is live, but its section is not: the child is still reachable by id ...
    assert data["page"] == {"title": "Rahmenstrategie Nord"}
    data = data_of(client, f"{{ page(id: {regions.framework.pk}) {{ parent {{ title }} }} }}")
    # ... yet its unpublished parent never comes out.
    assert data["page"]["parent"] is None


def test_children_descendants_siblings_and_ancestors_are_gated(client, regions):
    query = f"""{{
      home: page(urlPath: "/") {{ children {{ title }} descendants(limit: 100) {{ title }} }}
      framework: page(id: {regions.framework.pk}) {{
        siblings {{ title }} nextSiblings {{ title }} previousSiblings {{ title }}
        ancestors {{ title }}
      }}
    }}"""
    data = data_of(client, query)
    assert titles(data["home"]["children"]) == ["Strategie"]
    assert titles(data["home"]["descendants"]) == ["Rahmenstrategie Nord", "Strategie"]
    framework = data["framework"]
    assert framework["siblings"] == []
    assert framework["nextSiblings"] == []
    assert framework["previousSiblings"] == []
    # The tree root lies outside the region: ancestors stop at the region's home page.
    assert titles(framework["ancestors"]) == ["Region Nord", "Strategie"]


def test_page_foreign_keys_to_draft_and_private_pages_are_null(client, regions):
    data = data_of(client, "{ regionSettings { imprintPage { title } privacyPage { title } } }")
    assert data["regionSettings"] == {"imprintPage": None, "privacyPage": None}


def test_page_chooser_blocks_to_hidden_pages_are_null(client, regions):
    page = ContentPage(title="Verweise", slug="verweise")
    page.body = [
        ("call_to_action", {"text": "Entwurf", "button_label": "Los", "page": regions.draft}),
        (
            "call_to_action",
            {"text": "Privat", "button_label": "Los", "page": regions.private_child},
        ),
        (
            "call_to_action",
            {"text": "Süden", "button_label": "Los", "page": regions.south_strategy},
        ),
        (
            "call_to_action",
            {"text": "Öffentlich", "button_label": "Los", "page": regions.framework},
        ),
    ]
    regions.north.add_child(instance=page)
    page.save_revision().publish()
    query = """{ page(urlPath: "/verweise/") { ... on ContentPage { body {
      ... on CallToActionBlock { text page { title } } } } } }"""
    blocks = data_of(client, query)["page"]["body"]
    assert [(block["text"], block["page"]) for block in blocks] == [
        ("Entwurf", None),
        ("Privat", None),
        ("Süden", None),
        ("Öffentlich", {"title": "Rahmenstrategie Nord"}),
    ]


def test_rich_text_links_to_hidden_pages_lose_their_target(client, regions):
    html = (
        f'<p><a linktype="page" id="{regions.draft.pk}">Entwurf</a> und '
        f'<a linktype="page" id="{regions.private_child.pk}">Privat</a> und '
        f'<a linktype="page" id="{regions.framework.pk}">Strategie</a></p>'
    )
    page = ContentPage(title="Links", slug="links", body=[("paragraph", html)])
    regions.north.add_child(instance=page)
    page.save_revision().publish()
    query = """{ page(urlPath: "/links/") { ... on ContentPage { body {
      ... on RichTextBlock { value } } } } }"""
    rendered = data_of(client, query)["page"]["body"][0]["value"]
    assert "/entwurf/" not in rendered and "/interna/" not in rendered
    assert "<a>Entwurf</a>" in rendered
    assert "/strategie/rahmenstrategie/" in rendered


def test_search_finds_only_visible_pages_of_the_region(client, regions):
    for term, expected in (
        ("Rahmenstrategie", ["Rahmenstrategie Nord"]),
        ("Entwurfsstrategie", []),
        ("Interna", []),
        ("Südstrategie", []),
    ):
        data = data_of(client, "query ($q: String!) { search(query: $q) { title } }", {"q": term})
        assert titles(data["search"]) == expected, term


def test_snippets_and_theme_lists_hide_drafts_and_other_regions(client, regions):
    data = data_of(client, "{ snippets { ... on Theme { name } ... on Contact { name } } }")
    names = sorted(item["name"] for item in data["snippets"] if item)
    assert names == ["Bildung", "Mobilität", "Petra Public"]
    data = data_of(client, "{ themes { items { name } } contacts { items { name } } }")
    assert sorted(theme["name"] for theme in data["themes"]["items"]) == ["Bildung", "Mobilität"]
    assert [contact["name"] for contact in data["contacts"]["items"]] == ["Petra Public"]


def test_snippet_relations_of_a_page_hide_draft_snippets(client, regions):
    query = (
        f"{{ page(id: {regions.framework.pk}) {{ ... on StrategyPage {{ themes {{ name }} }} }} }}"
    )
    data = data_of(client, query)
    assert sorted(theme["name"] for theme in data["page"]["themes"]) == ["Bildung", "Mobilität"]


def test_draft_snippet_behind_a_foreign_key_is_null(client, regions):
    StrategyPage.objects.filter(pk=regions.framework.pk).update(contact=regions.draft_contact)
    query = (
        f"{{ page(id: {regions.framework.pk}) {{ ... on StrategyPage {{ contact {{ name }} }} }} }}"
    )
    assert data_of(client, query)["page"]["contact"] is None


def test_images_in_private_collections_and_their_subcollections_never_come_out(client, regions):
    data = data_of(client, "{ images { title } }")
    assert [image["title"] for image in data["images"]] == ["Öffentliches Bild"]
    for image in (regions.private_image, regions.nested_private_image):
        assert data_of(client, f"{{ image(id: {image.pk}) {{ title }} }}") == {"image": None}


def test_images_of_another_region_stay_in_that_region(client, regions):
    query = "query ($site: String) { images(site: $site) { title } }"
    north = [image["title"] for image in data_of(client, query, {"site": "north.test"})["images"]]
    south = [image["title"] for image in data_of(client, query, {"site": "south.test"})["images"]]
    assert north == ["Öffentliches Bild"]  # shared media (root collection) is everyone's
    assert sorted(south) == ["Südbild", "Öffentliches Bild"]
    lookup = f"{{ image(id: {regions.south_image.pk}) {{ title }} }}"
    assert data_of(client, lookup, host="north.test") == {"image": None}
    assert data_of(client, lookup, host="south.test") == {"image": {"title": "Südbild"}}


def test_private_image_behind_a_foreign_key_is_null(client, regions):
    regions.north.hero_image = regions.nested_private_image
    regions.north.save_revision().publish()
    data = data_of(client, "{ region { heroImage { title } } }")
    assert data["region"]["heroImage"] is None


def test_a_region_never_sees_another_regions_pages(client, regions):
    query = "query ($site: String) { strategies(site: $site) { items { title } } }"
    south = data_of(client, query, {"site": "south.test"})
    assert titles(south["strategies"]["items"]) == ["Südstrategie"]
    north = data_of(client, query, {"site": "north.test"})
    assert titles(north["strategies"]["items"]) == ["Rahmenstrategie Nord"]
    by_host = data_of(client, "{ strategies { items { title } } }", host="south.test")
    assert titles(by_host["strategies"]["items"]) == ["Südstrategie"]
