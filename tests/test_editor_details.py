"""What editors meet on the way: every region has all its sections, page types say what they
are for, themes are ticked, images carry alternative texts, dates are German."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Site, get_page_models

from content_models.models import (
    EventIndexPage,
    GuidelineIndexPage,
    ProjectIndexPage,
    StoryIndexPage,
    StoryPage,
    StrategyIndexPage,
)

pytestmark = pytest.mark.django_db

SECTIONS = {StrategyIndexPage, GuidelineIndexPage, StoryIndexPage, EventIndexPage, ProjectIndexPage}


@pytest.fixture
def admin_client(client, demo):
    client.force_login(get_user_model().objects.create_superuser("chef", "c@example.org", "pw"))
    return client


def test_every_region_has_all_its_sections(demo):
    for site in Site.objects.all():
        children = {type(page) for page in site.root_page.get_children().specific()}
        assert SECTIONS <= children, site.hostname


def test_every_page_type_has_a_german_description():
    ours = [model for model in get_page_models() if model._meta.app_label == "content_models"]
    descriptions = [model.get_page_description() for model in ours]
    assert all(descriptions) and len(set(descriptions)) == len(ours)
    assert StoryPage.get_page_description().startswith("Ein Bericht oder eine Neuigkeit")


def test_themes_are_a_checkbox_list_and_dates_german(admin_client):
    story = StoryPage.objects.live().first()
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[story.pk])).content.decode()
    assert 'type="checkbox" name="themes"' in html
    assert f'value="{story.date:%d.%m.%Y}"' in html


def test_images_have_german_alternative_texts(admin_client):
    images = get_image_model().objects.all()
    assert images and all(image.description for image in images)
    image = images.first()
    html = admin_client.get(reverse("wagtailimages:edit", args=[image.pk])).content.decode()
    assert "Alternativtext" in html
