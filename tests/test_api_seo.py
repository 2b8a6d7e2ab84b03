"""SEO per page (title, description, social image, canonical URL, noindex), the region's
sitemap and its redirects, paginated and gated."""

import datetime

import pytest
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from content_models.models import ContentPage

from .conftest import add_page, publish
from .graphql_client import data_of

pytestmark = pytest.mark.django_db


def test_seo_falls_back_to_title_teaser_and_own_fields(client, regions):
    page = regions.framework
    page.intro = "Die Strategie in zwei Sätzen."
    publish(page)
    query = "{ page(id: %d) { seo { title description canonicalUrl noindex image { id } } } }"
    seo = data_of(client, query % page.pk)["page"]["seo"]
    assert seo == {
        "title": "Rahmenstrategie Nord",
        "description": "Die Strategie in zwei Sätzen.",
        "canonicalUrl": page.get_full_url(),
        "noindex": False,
        "image": None,
    }
    assert seo["canonicalUrl"].endswith("/strategie/rahmenstrategie/")

    page.seo_title = "Unsere Strategie"
    page.search_description = "Wofür die Region steht."
    page.social_image = regions.public_image
    page.noindex = True
    publish(page)
    seo = data_of(client, query % page.pk)["page"]["seo"]
    assert seo["title"] == "Unsere Strategie" and seo["description"] == "Wofür die Region steht."
    assert seo["noindex"] is True and seo["image"] == {"id": str(regions.public_image.pk)}


def test_seo_image_from_a_private_collection_is_hidden(client, regions):
    regions.framework.social_image = regions.private_image
    publish(regions.framework)
    query = f"{{ page(id: {regions.framework.pk}) {{ seo {{ image {{ id }} }} }} }}"
    assert data_of(client, query)["page"]["seo"]["image"] is None


SITEMAP_QUERY = """query ($page: PositiveInt, $perPage: PositiveInt) {
  sitemap(page: $page, perPage: $perPage) {
    items { url urlPath lastModified page { title } }
    pagination { total count totalPages } } }"""


def test_sitemap_lists_live_public_indexable_pages_of_the_region(client, regions):
    hidden = add_page(regions.north, ContentPage(title="Versteckt", slug="versteckt"))
    hidden.noindex = True
    publish(hidden)
    sitemap = data_of(client, SITEMAP_QUERY, {"perPage": 100})["sitemap"]
    paths = [item["urlPath"] for item in sitemap["items"]]
    assert paths == ["/", "/strategie/", "/strategie/rahmenstrategie/"]
    assert sitemap["pagination"]["total"] == 3
    for item in sitemap["items"]:
        assert item["url"].endswith(item["urlPath"]) and item["lastModified"]


def test_sitemap_is_paginated(client, regions):
    second = data_of(client, SITEMAP_QUERY, {"page": 2, "perPage": 2})["sitemap"]
    assert [item["urlPath"] for item in second["items"]] == ["/strategie/rahmenstrategie/"]
    assert second["pagination"] == {"total": 3, "count": 1, "totalPages": 2}
    beyond = data_of(client, SITEMAP_QUERY, {"page": 5, "perPage": 2})["sitemap"]
    assert beyond["items"] == [] and beyond["pagination"]["total"] == 3


REDIRECTS_QUERY = """query ($since: DateTime) {
  redirects(changedSince: $since) {
    items { oldPath isPermanent toUrl toPage { title } createdAt }
    pagination { total } } }"""


@pytest.fixture
def redirects(regions):
    north = Site.objects.get(hostname="north.test")
    south = Site.objects.get(hostname="south.test")
    made = [
        Redirect.objects.create(old_path="/alt", site=north, redirect_page=regions.framework),
        Redirect.objects.create(
            old_path="/extern", site=None, redirect_link="https://example.org/", is_permanent=False
        ),
        Redirect.objects.create(old_path="/entwurf", site=north, redirect_page=regions.draft),
        Redirect.objects.create(old_path="/sued", site=south, redirect_page=regions.south_strategy),
    ]
    old = timezone.now() - datetime.timedelta(days=10)
    Redirect.objects.filter(pk=made[0].pk).update(created_at=old)
    return regions


def test_redirects_of_the_region_and_all_sites_never_to_hidden_pages(client, redirects):
    data = data_of(client, REDIRECTS_QUERY)["redirects"]
    assert [(item["oldPath"], item["isPermanent"]) for item in data["items"]] == [
        ("/alt", True),
        ("/extern", False),
    ]
    internal, external = data["items"]
    assert internal["toPage"] == {"title": "Rahmenstrategie Nord"}
    assert internal["toUrl"].endswith("/strategie/rahmenstrategie/")
    assert external["toUrl"] == "https://example.org/" and external["toPage"] is None


def test_redirects_changed_since(client, redirects):
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    data = data_of(client, REDIRECTS_QUERY, {"since": since})["redirects"]
    assert [item["oldPath"] for item in data["items"]] == ["/extern"]
    assert data["pagination"]["total"] == 1
