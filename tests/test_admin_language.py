"""The admin speaks German to everyone, whatever their browser asks for; an editor can switch
to English in their account settings."""

from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile


def test_admin_is_german_by_default_and_english_when_chosen(client, db):
    editor = get_user_model().objects.create_superuser("redaktion", password="geheim-123")
    client.force_login(editor)
    page = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="de"' in page and "Seiten" in page

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    page = client.get("/admin/").content.decode()
    assert '<html lang="en"' in page and "Pages" in page
