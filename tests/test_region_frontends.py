"""Each region's frontend: every page URL the CMS hands out (Wagtail's URL methods, the API's
`url` fields, rich-text links, call-to-action buttons) points at it; the CMS's own host only
redirects there, or answers 404 without a frontend, and never 500."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, Site

from content_models.models import ContentPage, RegionSettings

from .graphql_client import data_of

NORTH_FRONTEND = "https://nord.example.org"
SOUTH_FRONTEND = "https://sued.example.org/region"


def set_frontend(hostname, frontend="", preview=""):
    settings = RegionSettings.for_site(Site.objects.get(hostname=hostname))
    settings.frontend_url = frontend
    settings.preview_url = preview
    settings.save()


@pytest.fixture
def frontends(regions):
    set_frontend("north.test", NORTH_FRONTEND)
    set_frontend("south.test", SOUTH_FRONTEND + "/")
    return regions


def test_page_urls_point_at_the_regions_frontend(frontends):
    framework = Page.objects.get(pk=frontends.framework.pk).specific
    assert framework.full_url == f"{NORTH_FRONTEND}/strategie/rahmenstrategie/"
    south = Page.objects.get(pk=frontends.south_strategy.pk).specific
    assert south.get_url() == f"{SOUTH_FRONTEND}/strategie/suedstrategie/"


def test_settings_change_takes_effect_at_once(frontends):
    set_frontend("north.test", "https://neu.example.org")
    page = Page.objects.get(pk=frontends.framework.pk).specific
    assert page.full_url == "https://neu.example.org/strategie/rahmenstrategie/"


def test_api_url_fields_are_frontend_urls(client, frontends):
    data = data_of(client, '{ page(urlPath: "/strategie/rahmenstrategie/") { url urlPath } }')
    assert data["page"] == {
        "url": f"{NORTH_FRONTEND}/strategie/rahmenstrategie/",
        "urlPath": "/strategie/rahmenstrategie/",
    }


def test_cross_region_links_are_one_absolute_url_in_rich_text_and_blocks(client, frontends):
    south_url = f"{SOUTH_FRONTEND}/strategie/suedstrategie/"
    html = f'<p><a linktype="page" id="{frontends.south_strategy.pk}">Süden</a></p>'
    page = ContentPage(title="Links", slug="links")
    page.body = [
        ("paragraph", html),
        (
            "call_to_action",
            {"text": "Süden", "button_label": "Los", "page": frontends.south_strategy},
        ),
        ("call_to_action", {"text": "Draft", "button_label": "Los", "page": frontends.draft}),
        (
            "call_to_action",
            {"text": "Extern", "button_label": "Los", "url": "https://example.com/x"},
        ),
    ]
    frontends.north.add_child(instance=page)
    page.save_revision().publish()
    query = """{ page(urlPath: "/links/") { ... on ContentPage { body {
      ... on RichTextBlock { value }
      ... on CallToActionBlock { text url page { title } } } } } }"""
    body = data_of(client, query)["page"]["body"]
    assert f'href="{south_url}"' in body[0]["value"]
    assert body[1] == {"text": "Süden", "url": south_url, "page": None}
    assert body[2] == {"text": "Draft", "url": "", "page": None}
    assert body[3] == {"text": "Extern", "url": "https://example.com/x", "page": None}


def test_cms_host_redirects_page_urls_to_the_frontend(client, frontends):
    response = client.get("/strategie/rahmenstrategie/", HTTP_HOST="north.test")
    assert response.status_code == 302
    assert response["Location"] == f"{NORTH_FRONTEND}/strategie/rahmenstrategie/"


def test_cms_host_answers_404_without_a_frontend(client, regions):
    assert client.get("/strategie/rahmenstrategie/", HTTP_HOST="north.test").status_code == 404
    assert client.get("/", HTTP_HOST="south.test").status_code == 404
    assert client.get("/gibt-es-nicht/", HTTP_HOST="north.test").status_code == 404


def test_live_view_link_in_the_admin_opens_the_frontend(client, frontends):
    admin = get_user_model().objects.create_superuser("chef", "chef@example.org", "pw")
    client.force_login(admin)
    response = client.get(f"/admin/pages/{frontends.framework.pk}/edit/")
    assert response.status_code == 200
    assert f'href="{NORTH_FRONTEND}/strategie/rahmenstrategie/"' in response.content.decode()


@pytest.mark.django_db
def test_no_page_url_of_the_demo_content_answers_500(client, demo):
    seen = 0
    for site in Site.objects.all():
        for page in site.root_page.get_descendants(inclusive=True):
            path = page.url_path[len(site.root_page.url_path) - 1 :]
            response = client.get(path, HTTP_HOST=site.hostname)
            assert response.status_code in (302, 404), (site.hostname, path)
            seen += 1
    assert seen > 40
