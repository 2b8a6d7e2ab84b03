"""The region's collection and the pictures and PDFs in it.

Keyed by title within the collection: an existing file is never redrawn or replaced."""

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from .images import render_image, render_pdf


def ensure_collection(name, tally):
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    if existing:
        return tally.keep("collections", existing)
    return tally.add("collections", root.add_child(name=name))


ALT_TEXTS = {
    "hero": "Titelgrafik von {region} in den Farben der Initiative mit der Aufschrift „{title}“",
    "logo": "Logo von {region}",
    "portrait": "Porträt-Platzhalter: Grafik mit dem Namen „{title}“",
    "photo": "Illustration zum Thema „{title}“ in den Farben von {region}",
}


def alt_text(spec, region_name) -> str:
    """A German alternative text that says what the generated image shows."""
    template = ALT_TEXTS.get(spec["kind"], "Grafik „{title}“ von {region}")
    return template.format(region=region_name, title=spec["title"])


def ensure_image(spec, collection, palette, region_name, tally):
    Image = get_image_model()
    existing = Image.objects.filter(collection=collection, title=spec["title"]).first()
    if existing:
        return tally.keep("images", existing)
    content, extension = render_image(spec["title"], spec["kind"], palette, region_name)
    file = ImageFile(io.BytesIO(content), name=f"{slugify(spec['title'])}.{extension}")
    image = Image(
        title=spec["title"],
        description=spec.get("alt") or alt_text(spec, region_name),
        collection=collection,
        file=file,
    )
    image._set_image_file_metadata()
    image.save()
    return tally.add("images", image)


def ensure_document(spec, collection, palette, region_name, tally):
    Document = get_document_model()
    existing = Document.objects.filter(collection=collection, title=spec["title"]).first()
    if existing:
        return tally.keep("documents", existing)
    content = render_pdf(spec["title"], spec["pages"], palette, region_name)
    file = ContentFile(content, name=f"{slugify(spec['title'])}.pdf")
    document = Document(title=spec["title"], collection=collection, file=file)
    document._set_document_file_metadata()
    document.save()
    return tally.add("documents", document)
