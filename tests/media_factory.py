"""Images made in memory with Pillow: real files through Wagtail's own image model."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model


def image_bytes(size=(640, 360), color=(0, 110, 140)) -> bytes:
    """A PNG file's content."""
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, format="PNG")
    return buffer.getvalue()


def make_image(title, collection, size=(640, 360), color=(0, 110, 140)):
    buffer = io.BytesIO(image_bytes(size, color))
    image_file = ImageFile(buffer, name=f"{title.lower().replace(' ', '-')}.png")
    return get_image_model().objects.create(title=title, file=image_file, collection=collection)
