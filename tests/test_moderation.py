"""Moderation per region: editors submit to their region's workflow, that region's moderators
approve or reject with a comment and are told by e-mail; editors cannot publish; Wagtail's
stock groups and workflow hold no rights on the root. And region isolation of what an editor
saves: no page, snippet, image or document of another region, however it is referenced."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from content_models.forms import RegionPageForm
from content_models.models import Contact, ContentPage, StrategyPage, Theme

from .graphql_client import data_of

User = get_user_model()


@pytest.fixture
def moderated(regions):
    """The two test regions set up by the command an operator runs."""
    call_command("setup_region_editors", stdout=open("/dev/null", "w"))
    editor = User.objects.create_user("erika", "erika@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Redaktion Region Nord"))
    moderator = User.objects.create_user("moritz", "moritz@example.org", "pw")
    moderator.groups.add(Group.objects.get(name="Freigabe Region Nord"))
    south_editor = User.objects.create_user("sven", "sven@example.org", "pw")
    south_editor.groups.add(Group.objects.get(name="Redaktion Region Süd"))
    regions.editor, regions.moderator, regions.south_editor = editor, moderator, south_editor
    return regions


def test_each_region_has_its_groups_and_workflow_and_the_stock_ones_are_gone(moderated):
    for home in (moderated.north, moderated.south):
        workflow = WorkflowPage.objects.get(page=home).workflow
        assert workflow.name == f"Freigabe {home.title}" and workflow.active
        task = workflow.tasks.get().specific
        assert list(task.groups.values_list("name", flat=True)) == [f"Freigabe {home.title}"]
    root = Page.get_first_root_node()
    assert not GroupPagePermission.objects.filter(page=root).exists()
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    assert not WorkflowPage.objects.filter(workflow__name="Moderators approval").exists()


def test_editors_submit_and_cannot_publish(client, moderated):
    page = StrategyPage.objects.get(pk=moderated.framework.pk)
    assert not page.permissions_for_user(moderated.editor).can_publish()
    assert page.permissions_for_user(moderated.moderator).can_publish()
    client.force_login(moderated.editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Freigabe Region Nord" in html
    assert "Moderators approval" not in html
    assert 'name="action-publish"' not in html


def test_moderator_is_mailed_and_approves_with_a_comment(client, moderated):
    page = StrategyPage.objects.get(pk=moderated.framework.pk)
    page.title = "Rahmenstrategie Nord 2030"
    revision = page.save_revision(user=moderated.editor)
    workflow = Workflow.objects.get(name="Freigabe Region Nord")
    state = workflow.start(page, moderated.editor)
    assert any("moritz@example.org" in message.to for message in mail.outbox)
    # Not live before approval.
    query = '{ page(urlPath: "/strategie/rahmenstrategie/") { title } }'
    assert data_of(client, query)["page"]["title"] == "Rahmenstrategie Nord"

    client.force_login(moderated.moderator)
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": "Passt so."})
    assert response.status_code in (200, 302)
    task_state.refresh_from_db()
    assert task_state.status == "approved" and task_state.comment == "Passt so."
    page.refresh_from_db()
    assert page.live_revision_id == revision.pk
    client.logout()
    assert data_of(client, query)["page"]["title"] == "Rahmenstrategie Nord 2030"


def test_moderator_rejects_with_a_comment(client, moderated):
    page = StrategyPage.objects.get(pk=moderated.framework.pk)
    page.title = "Abgelehnter Titel"
    page.save_revision(user=moderated.editor)
    state = Workflow.objects.get(name="Freigabe Region Nord").start(page, moderated.editor)
    client.force_login(moderated.moderator)
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    client.post(url, {"comment": "Bitte Quelle ergänzen."})
    task_state.refresh_from_db()
    assert task_state.status == "rejected" and task_state.comment == "Bitte Quelle ergänzen."
    page.refresh_from_db()
    assert page.title == "Rahmenstrategie Nord"


def test_other_regions_moderators_cannot_approve(client, moderated):
    page = StrategyPage.objects.get(pk=moderated.framework.pk)
    state = Workflow.objects.get(name="Freigabe Region Nord").start(page, moderated.editor)
    south_moderator = User.objects.create_user("susi", "susi@example.org", "pw")
    south_moderator.groups.add(Group.objects.get(name="Freigabe Region Süd"))
    task = state.current_task_state.task.specific
    assert task.user_can_access_editor(page, moderated.moderator)
    assert not task.get_actions(page, south_moderator)
    assert task.get_actions(page, moderated.moderator)


def test_region_snippets_follow_the_regions_workflow(moderated):
    theme = Theme.objects.get(pk=moderated.public_theme.pk)
    assert theme.get_workflow().name == "Freigabe Region Nord"
    assert Theme.objects.get(pk=moderated.south_theme.pk).get_workflow().name == (
        "Freigabe Region Süd"
    )
    assert Theme.objects.get(pk=moderated.shared_theme.pk).get_workflow() is None
    assert not moderated.editor.has_perm("content_models.publish_theme")
    assert moderated.moderator.has_perm("content_models.publish_theme")


# ---- region isolation -------------------------------------------------------------------


def page_form(page, user, body):
    form_class = page.get_edit_handler().get_form_class()
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": "",
            "body": streamfield(body),
            "comments": inline_formset([]),
        }
    )
    return form_class(data, instance=page, for_user=user, parent_page=page.get_parent())


@pytest.fixture
def north_page(moderated):
    page = ContentPage(title="Verweise", slug="verweise")
    moderated.north.add_child(instance=page)
    return page


def cta(page_id):
    return ("call_to_action", {"text": "Mehr", "button_label": "Los", "page": page_id, "url": ""})


def link_to(page_id):
    return ("paragraph", rich_text(f'<p><a linktype="page" id="{page_id}">Link</a></p>'))


def test_editor_save_referencing_another_regions_page_fails(moderated, north_page):
    south = moderated.south_strategy.pk
    for block in (cta(south), link_to(south)):
        form = page_form(north_page, moderated.editor, [block])
        assert not form.is_valid()
        assert form.non_field_errors() == [
            "Die Seite „Südstrategie“ gehört zu einer anderen Region und kann hier nicht "
            "verlinkt werden."
        ]
    own = page_form(north_page, moderated.editor, [cta(moderated.framework.pk)])
    assert own.is_valid(), own.errors


def test_superuser_may_link_across_regions(moderated, north_page):
    admin = User.objects.create_superuser("chef", "chef@example.org", "pw")
    form = page_form(north_page, admin, [cta(moderated.south_strategy.pk)])
    assert form.is_valid(), form.errors


def test_editor_save_referencing_another_regions_image_or_contact_fails(moderated, north_page):
    image = ("image", {"image": moderated.south_image.pk, "caption": "", "credit": ""})
    form = page_form(north_page, moderated.editor, [image])
    assert not form.is_valid()
    assert form.non_field_errors() == [
        "Das Bild „Südbild“ liegt im Medienordner einer anderen Region."
    ]
    south_contact = Contact.objects.create(name="Sabine Süd", region=moderated.south)
    block = ("contact", {"contact": south_contact.pk, "heading": ""})
    form = page_form(north_page, moderated.editor, [block])
    assert not form.is_valid()
    assert (
        "„Sabine Süd“ (Ansprechperson) gehört zu einer anderen Region." in form.non_field_errors()
    )
    assert issubclass(type(form), RegionPageForm)


def chooser_html(client, url, params=None):
    response = client.get(url, params or {})
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()  # the search answers with the result list alone


def test_page_chooser_offers_only_the_editors_region(client, moderated):
    client.force_login(moderated.south_editor)
    browse_root = chooser_html(client, reverse("wagtailadmin_choose_page"))
    assert "Region Süd" in browse_root and "Region Nord" not in browse_root
    into_north = chooser_html(
        client, reverse("wagtailadmin_choose_page_child", args=[moderated.north.pk])
    )
    assert "Rahmenstrategie" not in into_north and "Strategie" not in into_north
    into_south = chooser_html(
        client, reverse("wagtailadmin_choose_page_child", args=[moderated.south.pk])
    )
    assert "Strategie" in into_south
    search_url = reverse("wagtailadmin_choose_page_search")
    search = chooser_html(client, search_url, {"q": "Strategie"})
    assert "Rahmenstrategie Nord" not in search and "Es gibt 1 Ergebnis" in search
    client.force_login(User.objects.create_superuser("chef", "chef@example.org", "pw"))
    # The same search finds the other region's "Strategie" sections too.
    assert "Es gibt 3 Ergebnisse" in chooser_html(client, search_url, {"q": "Strategie"})
