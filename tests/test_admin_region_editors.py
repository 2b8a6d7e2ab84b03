"""Each region's editors see and change only their region: pages, images and the directory
snippets, checked through the real admin views with the demo content."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Locale, Site

from content_models.models import Contact

pytestmark = pytest.mark.django_db

SUEDWESTFALEN = "suedwestfalen.localhost"
OWL = "owl.localhost"


def home(hostname):
    return Site.objects.get(hostname=hostname).root_page.specific


def contact_url(action, *args):
    return reverse(Contact.snippet_viewset.get_url_name(action), args=args)


@pytest.fixture
def editor_client(client, demo):
    editor = get_user_model().objects.create_user("redaktion-swf", password="geheim-123")
    editor.groups.add(Group.objects.get(name=f"Redaktion {home(SUEDWESTFALEN).title}"))
    client.force_login(editor)
    return client


def denied(response):
    # Wagtail answers a denied admin request with a redirect to the dashboard and a message.
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def test_every_region_has_an_editor_group_and_a_media_collection(demo):
    for site in Site.objects.all():
        assert Group.objects.filter(name=f"Redaktion {site.root_page.title}").exists()
        assert site.root_page.specific.media_collection.name == site.site_name


def test_editor_edits_pages_of_their_region_only(editor_client):
    own = editor_client.get(reverse("wagtailadmin_pages:edit", args=[home(SUEDWESTFALEN).pk]))
    assert own.status_code == 200
    other = editor_client.get(reverse("wagtailadmin_pages:edit", args=[home(OWL).pk]))
    assert denied(other)


def test_editor_lists_only_their_regions_contacts(editor_client):
    listing = editor_client.get(contact_url("list")).content.decode()
    assert "Matthias Barutowicz" in listing
    assert "Wolfgang Marquardt" not in listing


def test_editor_cannot_open_or_delete_another_regions_contact(editor_client):
    other = Contact.objects.get(name="Wolfgang Marquardt")
    assert denied(editor_client.get(contact_url("edit", other.pk)))
    assert denied(editor_client.post(contact_url("delete", other.pk)))
    assert Contact.objects.filter(pk=other.pk).exists()
    own = Contact.objects.get(name="Matthias Barutowicz")
    assert editor_client.get(contact_url("edit", own.pk)).status_code == 200


@pytest.mark.parametrize(
    "action, method, extra",
    [
        ("unpublish", "post", ()),
        ("history", "get", ()),
        ("usage", "get", ()),
        ("copy", "get", ()),
        ("revisions_compare", "get", ("live", "latest")),
    ],
)
def test_no_view_of_another_regions_contact_opens(editor_client, action, method, extra):
    other = Contact.objects.get(name="Wolfgang Marquardt")
    url = contact_url(action, other.pk, *extra)
    assert denied(getattr(editor_client, method)(url))
    other.refresh_from_db()
    assert other.live


def test_editor_cannot_file_a_contact_under_another_region(editor_client):
    form = {
        "kind": "person",
        "name": "Neue Person",
        "region": home(OWL).pk,
        "action-publish": "publish",
    }
    response = editor_client.post(contact_url("add"), form)
    assert response.status_code == 200  # the form again, with its error
    assert response.context["form"].errors["region"]
    assert not Contact.objects.filter(name="Neue Person").exists()

    form["region"] = home(SUEDWESTFALEN).pk
    response = editor_client.post(contact_url("add"), form)
    assert response.status_code == 302
    created = Contact.objects.get(name="Neue Person")
    # Editors do not publish: the entry waits as a draft for the region's moderators.
    assert created.region_id == home(SUEDWESTFALEN).pk and not created.live


def test_editor_sees_only_their_regions_images(editor_client):
    images = get_image_model().objects
    own = images.filter(collection__name=Site.objects.get(hostname=SUEDWESTFALEN).site_name)
    other = images.filter(collection__name=Site.objects.get(hostname=OWL).site_name)
    listing = editor_client.get(reverse("wagtailimages:index")).content.decode()
    assert own.exists() and other.exists()
    assert own.first().title in listing
    assert not any(image.title in listing for image in other)


def test_superusers_see_every_region(client, demo):
    admin = get_user_model().objects.create_superuser("chefredaktion", password="geheim-123")
    client.force_login(admin)
    listing = client.get(contact_url("list")).content.decode()
    assert "Matthias Barutowicz" in listing and "Wolfgang Marquardt" in listing


def test_contact_chooser_offers_the_regions_and_shared_entries_only(editor_client):
    chooser = Contact.snippet_viewset.chooser_viewset
    listing = editor_client.get(reverse(chooser.get_url_name("choose"))).content.decode()
    assert "Matthias Barutowicz" in listing
    assert "Wolfgang Marquardt" not in listing


def test_page_form_offers_only_the_pages_region_and_shared_entries(demo):
    from content_models.models import StrategyPage, Theme

    strategy = StrategyPage.objects.get(slug="rahmenstrategie", locale__language_code="de")
    form_class = StrategyPage.get_edit_handler().get_form_class()
    form = form_class(instance=strategy, parent_page=strategy.get_parent())
    contacts = set(form.fields["contact"].queryset.values_list("name", flat=True))
    assert "Matthias Barutowicz" in contacts and "Wolfgang Marquardt" not in contacts
    themes = form.fields["themes"].queryset
    own_region = home(SUEDWESTFALEN).pk
    assert themes.exists()
    assert set(themes.values_list("region_id", flat=True)) <= {own_region, None}
    assert Theme.objects.exclude(region_id__in=[own_region]).exclude(region=None).exists()


def english(page):
    return page.get_translation(Locale.objects.get(language_code="en")).specific


def test_editor_edits_their_regions_english_tree_only(editor_client):
    own_home = english(home(SUEDWESTFALEN))
    own = editor_client.get(reverse("wagtailadmin_pages:edit", args=[own_home.pk]))
    assert own.status_code == 200
    from content_models.models import StrategyPage

    framework = StrategyPage.objects.get(slug="rahmenstrategie", locale__language_code="de")
    own_page = editor_client.get(reverse("wagtailadmin_pages:edit", args=[english(framework).pk]))
    assert own_page.status_code == 200
    other = editor_client.get(reverse("wagtailadmin_pages:edit", args=[english(home(OWL)).pk]))
    assert denied(other)


def test_english_page_form_offers_its_regions_entries(demo):
    from content_models.models import StrategyPage

    framework = StrategyPage.objects.get(slug="rahmenstrategie", locale__language_code="de")
    translation = english(framework)
    form_class = StrategyPage.get_edit_handler().get_form_class()
    form = form_class(instance=translation, parent_page=translation.get_parent())
    contacts = set(form.fields["contact"].queryset.values_list("name", flat=True))
    assert "Matthias Barutowicz" in contacts and "Wolfgang Marquardt" not in contacts


def test_editors_may_translate_and_the_english_tree_is_moderated(demo):
    from wagtail.models import WorkflowPage

    group = Group.objects.get(name=f"Redaktion {home(SUEDWESTFALEN).title}")
    assert group.permissions.filter(codename="submit_translation").exists()
    workflow = WorkflowPage.objects.get(page=home(SUEDWESTFALEN)).workflow
    assert WorkflowPage.objects.get(page=english(home(SUEDWESTFALEN))).workflow == workflow
