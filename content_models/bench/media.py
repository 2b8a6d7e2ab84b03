"""The data set's pictures: drawn like the demo pictures, written to the media storage once
(a file that is missing, e.g. in another checkout, is drawn again) and created in bulk."""

import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from wagtail.images import get_image_model

from ..demo.images import SIZES, render_image

TITLE_PREFIX = "Bench-Bild"


def image_title(region_slug: str, number: int) -> str:
    return f"{TITLE_PREFIX} {region_slug} {number:04d}"


def _file_name(region_slug: str, number: int) -> str:
    return f"original_images/bench-{region_slug}-{number:04d}.jpg"


def ensure_file(name: str, title: str, palette, region_name) -> tuple[int, str]:
    """Size and SHA-1 of the picture's file, drawn and stored only when it is missing."""
    if default_storage.exists(name):
        with default_storage.open(name) as file:
            content = file.read()
    else:
        content, _ = render_image(title, "photo", palette, region_name)
        default_storage.save(name, ContentFile(content))
    return len(content), hashlib.sha1(content).hexdigest()


def ensure_images(region, home, count: int) -> tuple[list, list]:
    """`count` pictures in the region's collection (the gate shows them only there): all of
    them, and the ones created now."""
    Image = get_image_model()
    slug, palette, name = home.slug, region["palette"], region["site"]["name"]
    existing = {
        image.title: image
        for image in Image.objects.filter(title__startswith=f"{TITLE_PREFIX} {slug} ")
    }
    width, height = SIZES["photo"]
    created = []
    for number in range(1, count + 1):
        title = image_title(slug, number)
        file_name = _file_name(slug, number)
        size, sha1 = ensure_file(file_name, title, palette, name)
        if title in existing:
            continue
        created.append(
            Image(
                title=title,
                description=f"Illustration „{title}“ in den Farben von {name}",
                collection_id=home.media_collection_id,
                file=file_name,
                width=width,
                height=height,
                file_size=size,
                file_hash=sha1,
            )
        )
    Image.objects.bulk_create(created, batch_size=500)
    every = sorted([*existing.values(), *created], key=lambda image: image.title)
    return every, created
