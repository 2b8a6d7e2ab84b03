"""Images and documents, never from a private collection or another region's collection."""

import graphene
from grapple.types.documents import get_document_type
from grapple.types.images import get_image_type
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from ..middleware import gate_for
from .arguments import site_argument

MAX_MEDIA = 100


class MediaQueries:
    image = graphene.Field(get_image_type, id=graphene.ID(required=True), site=site_argument())
    images = graphene.List(
        graphene.NonNull(get_image_type),
        limit=graphene.Int(),
        offset=graphene.Int(),
        site=site_argument(),
        required=True,
    )
    document = graphene.Field(
        get_document_type, id=graphene.ID(required=True), site=site_argument()
    )
    documents = graphene.List(
        graphene.NonNull(get_document_type),
        limit=graphene.Int(),
        offset=graphene.Int(),
        site=site_argument(),
        required=True,
    )

    def resolve_image(self, info, id, **_):
        return gate_for(info).media(get_image_model().objects.filter(pk=id)).first()

    def resolve_images(self, info, limit=None, offset=None, **_):
        return _window(
            gate_for(info).media(get_image_model().objects.order_by("-id")), limit, offset
        )

    def resolve_document(self, info, id, **_):
        return gate_for(info).media(get_document_model().objects.filter(pk=id)).first()

    def resolve_documents(self, info, limit=None, offset=None, **_):
        documents = get_document_model().objects.order_by("-id")
        return _window(gate_for(info).media(documents), limit, offset)


def _window(queryset, limit, offset):
    start = offset or 0  # negative sizes are refused before resolvers run (limits.py)
    size = max(1, min(limit or 20, MAX_MEDIA))
    return queryset[start : start + size]
