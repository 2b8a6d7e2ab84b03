"""Turns the markers of refs.py into the objects of one region."""

from django.apps import apps
from django.conf import settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from .refs import DocumentRef, ImageRef, PageRef, SnippetRef

GERMAN = settings.LANGUAGE_CODE  # the language of the specs; translations come after

# Snippets are found by name, themes by their slug (unique per region in the model).
SNIPPET_KEY_FIELDS = {"Theme": "slug"}
REFERENCE_TYPES = (PageRef, ImageRef, DocumentRef, SnippetRef)


def content_model(name):
    return apps.get_model("content_models", name)


def snippet_key_field(model_name):
    return SNIPPET_KEY_FIELDS.get(model_name, "name")


def is_reference(value):
    return isinstance(value, REFERENCE_TYPES)


class Resolver:
    """Looks references up within one region: its page tree, its collection, its snippets."""

    def __init__(self, home, collection):
        self.home = home
        self.collection = collection

    def page(self, path):
        page = self.home
        for slug in filter(None, path.split("/")):
            page = page.get_children().get(slug=slug)
        return page.specific

    def image(self, title):
        return get_image_model().objects.get(collection=self.collection, title=title)

    def document(self, title):
        return get_document_model().objects.get(collection=self.collection, title=title)

    def snippet(self, ref):
        model = content_model(ref.model)
        # References name the German entry; pages keep pointing at it when translated.
        lookup = {snippet_key_field(ref.model): ref.key, "locale__language_code": GERMAN}
        # The region's own entry wins over a shared one of the same key.
        own = model.objects.filter(region=self.home, **lookup).first()
        return own or model.objects.get(region__isnull=True, **lookup)

    def object(self, value):
        """The object a reference names; anything else is returned as it is."""
        if isinstance(value, PageRef):
            return self.page(value.path)
        if isinstance(value, ImageRef):
            return self.image(value.title)
        if isinstance(value, DocumentRef):
            return self.document(value.title)
        if isinstance(value, SnippetRef):
            return self.snippet(value)
        return value

    def pk(self, value):
        return self.object(value).pk
