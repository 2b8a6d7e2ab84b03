"""Rich-text link handlers that pass the visibility gate: a link to a draft, private or expired
page, or to a document in a private collection, keeps its text but loses its target."""

from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from cms.media.public_url import absolute_url

from .gate import private_collection_ids, published_and_public


def _ids(attrs_list):
    return [str(attrs.get("id")) for attrs in attrs_list]


class GatedPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        ids = _ids(attrs_list)
        pages = published_and_public(Page.objects.filter(id__in=ids)).defer_streamfields()
        by_id = {str(page.pk): page for page in pages.specific()}
        return [by_id.get(page_id) for page_id in ids]


class GatedDocumentLinkHandler(DocumentLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        ids = _ids(attrs_list)
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
