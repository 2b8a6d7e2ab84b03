"""No "None" where editors read words: the admin's search, its reports and listings, rendered
for a superuser and a region editor over the demo content."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.snippets.models import get_snippet_models

pytestmark = pytest.mark.django_db

SUEDWESTFALEN = "suedwestfalen.localhost"


def visible_text(html):
    """The text a browser shows: no scripts, styles, templates or hidden elements, no tags."""
    html = re.sub(r"<(script|style|template)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"<(\w+)\b[^>]*\shidden\b[^>]*>[^<]*</\1>", " ", html)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def assert_no_none(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    text = visible_text(response.content.decode())
    assert not re.search(r"\bNone\b", text), (url, text[text.find("None") - 120 :][:160])
    return text


@pytest.fixture
def superuser(demo):
    return get_user_model().objects.create_superuser("chef", "c@example.org", "pw")


def member_of(group_prefix, username):
    """A user in Südwestfalen's group „<prefix> <region>“ (Redaktion or Freigabe)."""
    user = get_user_model().objects.create_user(username, password="geheim-123")
    home = Site.objects.get(hostname=SUEDWESTFALEN).root_page
    user.groups.add(Group.objects.get(name=f"{group_prefix} {home.title}"))
    return user


@pytest.fixture
def editor(demo):
    return member_of("Redaktion", "redaktion-swf")


@pytest.mark.parametrize("who", ["superuser", "editor"])
def test_page_search_counts_pages_in_german(demo, client, who, request):
    client.force_login(request.getfixturevalue(who))
    text = assert_no_none(client, reverse("wagtailadmin_pages:search") + "?q=Strategie")
    match = re.search(r"1-(\d+) von (\d+) (\w+)", text)
    assert match and match.group(3) == "Seiten", text
    results = assert_no_none(client, reverse("wagtailadmin_pages:search_results") + "?q=Strategie")
    assert f"1-{match.group(1)} von {match.group(2)} Seiten" in results


@pytest.fixture
def moderator(demo):
    return member_of("Freigabe", "freigabe-swf")


# The report lists the pages a user may publish: editors submit and never publish.
@pytest.mark.parametrize("who", ["superuser", "moderator"])
def test_aging_pages_name_the_publisher_or_the_system(demo, client, who, request):
    user = request.getfixturevalue(who)
    client.force_login(user)
    home = Site.objects.get(hostname=SUEDWESTFALEN).root_page
    # One page published by a person (the superuser may publish directly).
    publisher = get_user_model().objects.create_superuser("freigabe", "f@example.org", "pw")
    home.get_latest_revision().publish(user=publisher)
    # The oldest publication comes first in the report (on its first page).
    Page.objects.filter(pk=home.pk).update(last_published_at="2020-01-01T00:00:00Z")

    text = assert_no_none(client, reverse("wagtailadmin_reports:aging_pages"))
    assert "Zuletzt veröffentlicht durch" in text
    assert "System" in text  # the demo loader published without a user
    assert "freigabe" in text


def test_admin_listings_and_reports_show_no_none(client, superuser):
    client.force_login(superuser)
    page = Site.objects.get(hostname=SUEDWESTFALEN).root_page
    section = page.get_children().first()
    urls = [
        reverse("wagtailadmin_explore", args=[page.pk]),
        reverse("wagtailadmin_explore", args=[section.pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtailadmin_workflows:index"),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtailusers_users:index"),
        reverse("wagtailusers_groups:index"),
        reverse("wagtailredirects:index"),
        reverse("changeevent:index"),
        reverse("webhookendpoint:index"),
        reverse("webhookdelivery:index"),
    ]
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        urls.append(reverse(viewset.get_url_name("list")))
        first = model.objects.first()
        if first is not None and viewset.history_view_class:
            urls.append(reverse(viewset.get_url_name("history"), args=[first.pk]))
    for url in urls:
        assert_no_none(client, url)


def test_region_editor_sees_no_none_in_their_listings(client, editor):
    client.force_login(editor)
    page = Site.objects.get(hostname=SUEDWESTFALEN).root_page
    urls = [
        reverse("wagtailadmin_explore", args=[page.pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailimages:index"),
    ]
    urls += [reverse(m.snippet_viewset.get_url_name("list")) for m in get_snippet_models()]
    for url in urls:
        assert_no_none(client, url)
