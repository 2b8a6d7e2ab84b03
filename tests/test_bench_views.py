"""The comparison views of `make bench` (cms.bench_views): the hand-written StoryList answers
exactly what the API answers (else the benchmark's ratio would compare different work), and
none of the views exists without BENCH_VIEWS."""

import json

import pytest
from django.test import override_settings

from content_models.models import StoryIndexPage, StoryPage, Theme

from .conftest import add_page, publish_snippet
from .graphql_client import error_messages, operation_text, post_query

pytestmark = pytest.mark.django_db

BENCH_URLS = ("/bench/trivial/", "/bench/stories/?site=north.test", "/bench/grapple/")


@pytest.fixture
def stories(regions):
    """Stories with everything the gate must judge: hidden and shared themes, a draft author,
    private and other regions' images, a draft story, equal dates ordered by title."""
    index = add_page(regions.north, StoryIndexPage(title="Stories", slug="stories"))
    other_theme = publish_snippet(Theme(name="Anderes", slug="anderes", region=regions.north))
    variants = [
        (regions.public_image, regions.contact, "2024-05-02"),
        (regions.private_image, regions.draft_contact, "2024-05-02"),
        (regions.south_image, None, "2024-05-01"),
        (None, regions.contact, "2024-04-30"),
    ]
    for number in range(12):
        image, author, date = variants[number % len(variants)]
        story = StoryPage(
            title=f"Story {11 - number:02}",
            slug=f"story-{number:02}",
            date=date,
            intro=f"Anreißer „{number}“",
            image=image,
            author=author,
            author_name="Redaktion" if author is None else "",
        )
        index.add_child(instance=story)  # live from the start: no revision needed here
        story.tags.add("smart-city", f"tag-{number % 3}")
        themes = [regions.public_theme, regions.draft_theme, regions.south_theme, other_theme]
        story.themes.set([*themes[: 1 + number % 4], regions.shared_theme])
        story.live = number != 5  # one draft, which neither answer may show
        story.save()
    return index


def api_story_list(client, **variables):
    response = client.post(
        "/graphql/",
        json.dumps({"query": operation_text("StoryList"), "variables": variables}),
        content_type="application/json",
        HTTP_HOST="north.test",
    )
    assert response.status_code == 200
    assert "errors" not in response.json(), response.json()
    return response.content


@override_settings(BENCH_VIEWS=True)
@pytest.mark.parametrize("page, per_page", [(1, 100), (2, 5)])
def test_hand_written_story_list_answers_what_the_api_answers(client, stories, page, per_page):
    api = api_story_list(client, site="north.test", page=page, perPage=per_page)
    hand = client.get(
        "/bench/stories/",
        {"site": "north.test", "page": page, "perPage": per_page},
        HTTP_HOST="north.test",  # media URLs are absolute on the request's host
    )
    assert hand.status_code == 200
    assert json.loads(hand.content) == json.loads(api)
    assert hand.content == api
    items = json.loads(api)["data"]["stories"]["items"]
    # The comparison covers what the gate hides, not only plain fields.
    if per_page == 100:
        assert len(items) == 11
        assert {item["image"] is None for item in items} == {True, False}
        assert {item["author"] is None for item in items} == {True, False}
        assert all("Entwurf" not in [t["name"] for t in item["themes"]] for item in items)


@pytest.mark.parametrize("url", BENCH_URLS)
def test_bench_views_are_not_found_without_bench_views(client, regions, url):
    assert client.get(url).status_code == 404
    assert client.post(url, "{}", content_type="application/json").status_code == 404


@override_settings(BENCH_VIEWS=True)
def test_stock_grapple_serves_its_own_pages_field_and_leaves_our_validation_alone(client, stories):
    query = '{ pages(site: "north.test", contentType: "content_models.StoryPage", limit: 100) { title } }'
    response = client.post(
        "/bench/grapple/", json.dumps({"query": query}), content_type="application/json"
    )
    assert response.status_code == 200
    assert len(response.json()["data"]["pages"]) == 11
    # grapple's schema module turns off the unused-fragment rule as it is imported.
    unused = "{ region { title } } fragment Unused on RegionHomePage { title }"
    assert any("never used" in message for message in error_messages(post_query(client, unused)))
