"""Image renditions over the API: only the filters in settings.IMAGE_RENDITION_FILTERS are
made (grapple joins the rendition arguments with `|` and checks the result against
ALLOWED_IMAGE_FILTERS); anything else is refused before a file is written."""

import pytest
from wagtail.images import get_image_model

from .graphql_client import data_of, error_messages, post_query

pytestmark = pytest.mark.django_db

RENDITION = "query ($id: ID!) { image(id: $id) { rendition(%s) { url width height filterSpec } } }"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads and renditions of these tests go to a directory of their own, and Wagtail's
    rendition cache starts empty: image ids come round again after a rollback, and a cached
    rendition of an earlier test would stand in for the one this test must create."""
    settings.MEDIA_ROOT = str(tmp_path)
    settings.CACHES = {
        **settings.CACHES,
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"renditions-{tmp_path.name}",
        },
    }
    return tmp_path


def renditions_of(image):
    return get_image_model().objects.get(pk=image.pk).renditions.all()


def test_the_allowlist_is_what_grapple_checks(settings):
    assert settings.GRAPPLE["ALLOWED_IMAGE_FILTERS"] == settings.IMAGE_RENDITION_FILTERS
    assert "fill-400x300" in settings.IMAGE_RENDITION_FILTERS
    assert "width-9999" not in settings.IMAGE_RENDITION_FILTERS


@pytest.mark.parametrize(
    "arguments, spec, size",
    [
        ('fill: "400x300"', "fill-400x300", (400, 300)),
        ("width: 400", "width-400", (400, 225)),
        ('max: "1600x1600"', "max-1600x1600", (640, 360)),
    ],
)
def test_allowed_rendition_returns_a_url_and_writes_the_file(
    client, regions, media_root, arguments, spec, size
):
    image = regions.public_image
    data = data_of(client, RENDITION % arguments, {"id": image.pk})
    rendition = data["image"]["rendition"]
    assert rendition["filterSpec"] == spec
    assert (rendition["width"], rendition["height"]) == size

    (stored,) = renditions_of(image)
    assert stored.filter_spec == spec
    assert stored.file.storage.exists(stored.file.name)
    assert (media_root / stored.file.name).is_file()
    assert rendition["url"].startswith("http")
    assert rendition["url"].endswith(stored.file.name)


def test_same_rendition_twice_reuses_the_file(client, regions):
    image = regions.public_image
    first = data_of(client, RENDITION % 'fill: "400x300"', {"id": image.pk})
    second = data_of(client, RENDITION % 'fill: "400x300"', {"id": image.pk})
    assert first == second
    assert renditions_of(image).count() == 1


@pytest.mark.parametrize(
    "arguments",
    [
        'fill: "5000x5000"',
        "width: 9999",
        'width: 9999, format: "png"',
        'fill: "400x300", jpegquality: 100',
        'fill: "400x300", bgcolor: "000"',
        'format: "gif"',
        "",
    ],
)
def test_rendition_outside_the_allowlist_is_refused(client, regions, media_root, arguments):
    image = regions.public_image
    query = RENDITION % arguments if arguments else RENDITION.replace("(%s)", "")
    result = post_query(client, query, {"id": image.pk})
    assert result["data"] == {"image": {"rendition": None}}
    assert any("ALLOWED_IMAGE_FILTERS" in message for message in error_messages(result))
    assert not renditions_of(image).exists()
    assert not (media_root / "images").exists()


def test_src_set_of_allowed_widths(client, regions):
    image = regions.public_image
    query = "query ($id: ID!) { image(id: $id) { srcSet(sizes: [400, 800]) } }"
    src_set = data_of(client, query, {"id": image.pk})["image"]["srcSet"]
    entries = [entry.strip().rsplit(" ", 1) for entry in src_set.split(",")]
    # The image is 640 px wide: Wagtail does not upscale, so "width-800" is 640 px.
    assert [descriptor for _url, descriptor in entries] == ["400w", "640w"]
    stored = {rendition.filter_spec: rendition for rendition in renditions_of(image)}
    assert set(stored) == {"width-400", "width-800"}
    for url, _descriptor in entries:
        assert url.startswith("http")
        assert any(url.endswith(rendition.file.name) for rendition in stored.values())


def test_src_set_leaves_out_widths_outside_the_allowlist(client, regions):
    image = regions.public_image
    query = "query ($id: ID!) { image(id: $id) { srcSet(sizes: [400, 9999, 333]) } }"
    src_set = data_of(client, query, {"id": image.pk})["image"]["srcSet"]
    assert src_set.endswith(" 400w")
    assert "," not in src_set
    assert [rendition.filter_spec for rendition in renditions_of(image)] == ["width-400"]


def test_no_rendition_of_an_image_in_a_private_collection(client, regions):
    image = regions.private_image
    data = data_of(client, RENDITION % 'fill: "400x300"', {"id": image.pk})
    assert data == {"image": None}
    assert not renditions_of(image).exists()
