"""Rich-text link handlers that pass the visibility gate: a link to a draft, private or expired
page, or to a document in a private collection, keeps its text but loses its target.

Inside a GraphQL request the linked pages and documents come from the request's loaders
(cms/api/loaders.py) and are checked against the gate's facts loaded for the request, so a
body's links cost no query per rich-text block."""

from django.utils.html import escape
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.documents import get_document_model
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from cms.media.public_url import absolute_url

from .gate import private_collection_ids, published_and_public
from .loaders import active_loaders


def _ids(attrs_list):
    return [str(attrs.get("id")) for attrs in attrs_list]


class GatedPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        ids = _ids(attrs_list)
        loaders = active_loaders()
        if loaders is not None:
            pages = loaders.pages.load_many(ids)
            public = loaders.facts.published_and_public
            return [page if page is not None and public(page) else None for page in pages]
        pages = published_and_public(Page.objects.filter(id__in=ids)).defer_streamfields()
        by_id = {str(page.pk): page for page in pages.specific()}
        return [by_id.get(page_id) for page_id in ids]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        return [
            f'<a href="{escape(_localized(page).url)}">' if page else "<a>"
            for page in cls.get_many(attrs_list)
        ]


def _localized(page):
    """Wagtail's `page.localized` (the page in the active language), without its query per
    link where the page is in that language already, as nearly every link is."""
    loaders = active_loaders()
    if loaders is not None:
        active = get_supported_content_language_variant(get_language())
        if loaders.facts.language_codes.get(page.locale_id) == active:
            return page
    return page.localized


class GatedDocumentLinkHandler(DocumentLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        ids = _ids(attrs_list)
        loaders = active_loaders()
        if loaders is not None:
            private = loaders.facts.in_private_collection
            documents = loaders.documents.load_many(ids)
            return [doc if doc is not None and not private(doc) else None for doc in documents]
        documents = get_document_model().objects.filter(id__in=ids)
        documents = documents.exclude(collection_id__in=private_collection_ids())
        by_id = {str(document.pk): document for document in documents}
        return [by_id.get(document_id) for document_id in ids]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        # Absolute, like every other media URL of the API (cms/api/media_urls.py).
        return [
            f'<a href="{escape(absolute_url(document.url))}">' if document else "<a>"
            for document in cls.get_many(attrs_list)
        ]
