"""The region's colour in its settings: `#rrggbb` only, dark enough for white text on it (WCAG
AA, 4.5:1), refused with a German error through the admin's own settings form, and handed out
by the API as `regionSettings.primaryColour`."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Site

from content_models.models import RegionSettings
from content_models.models.colours import contrast_with_white

from .graphql_client import data_of

pytestmark = pytest.mark.django_db

COLOUR = "{ regionSettings { primaryColour } }"


def north_settings():
    return RegionSettings.for_site(Site.objects.get(hostname="north.test"))


def errors_for(colour) -> list[str]:
    region_settings = north_settings()
    region_settings.primary_colour = colour
    try:
        region_settings.full_clean()
    except ValidationError as error:
        return error.message_dict.get("primary_colour", [])
    return []


def test_the_wcag_formula():
    assert contrast_with_white("#000000") == pytest.approx(21)
    assert contrast_with_white("#ffffff") == pytest.approx(1)
    assert contrast_with_white("#767676") == pytest.approx(4.54, abs=0.01)  # the known limit


@pytest.mark.parametrize("colour", ["#1f5f8b", "#000000", "#767676", ""])
def test_dark_colours_and_none_are_accepted(regions, colour):
    assert errors_for(colour) == []


@pytest.mark.parametrize("colour", ["1f5f8b", "#fff", "blue", "rgb(31, 95, 139)", "#1f5f8g"])
def test_anything_but_rrggbb_is_refused_in_german(regions, colour):
    assert errors_for(colour) == [
        "Bitte die Farbe als Hex-Wert mit # und sechs Ziffern 0–9 oder Buchstaben a–f angeben, "
        "z. B. #1f5f8b."
    ]


def test_a_colour_too_light_for_white_text_is_refused_with_its_contrast(regions):
    # #777777 reaches 4.48:1: just short, and the message must not round it up to 4,5.
    assert errors_for("#777777") == [
        "Weiße Schrift auf dieser Farbe ist zu schwer lesbar: Kontrast 4,4:1, nötig sind "
        "mindestens 4,5:1 (WCAG AA). Bitte eine dunklere Farbe wählen."
    ]
    assert "Kontrast 1,0:1" in errors_for("#ffffff")[0]


@pytest.fixture
def admin_client(client, regions):
    admin = get_user_model().objects.create_superuser("chefredaktion", password="geheim-123")
    client.force_login(admin)
    return client


def save_in_admin(admin_client, colour):
    site = Site.objects.get(hostname="north.test")
    url = reverse("wagtailsettings:edit", args=["content_models", "regionsettings", site.pk])
    form = admin_client.get(url)
    assert form.status_code == 200 and "Hauptfarbe" in form.content.decode()
    return admin_client.post(url, {"primary_colour": colour}, follow=True)


def test_the_admin_refuses_a_bad_colour_and_changes_nothing(admin_client):
    region_settings = north_settings()
    region_settings.primary_colour = "#1f5f8b"
    region_settings.save()
    response = save_in_admin(admin_client, "#ffcc00")
    assert response.status_code == 200
    assert "Weiße Schrift auf dieser Farbe ist zu schwer lesbar" in response.content.decode()
    assert north_settings().primary_colour == "#1f5f8b"


def test_the_admin_stores_the_colour_in_lower_case_and_the_api_hands_it_out(admin_client, client):
    assert data_of(client, COLOUR)["regionSettings"]["primaryColour"] == ""
    response = save_in_admin(admin_client, " #1F5F8B ")
    assert response.status_code == 200
    assert north_settings().primary_colour == "#1f5f8b"
    assert data_of(client, COLOUR)["regionSettings"]["primaryColour"] == "#1f5f8b"
