"""Only the fields we chose reach the schema.

grapple's generated types carry more than a frontend should see: every page type gets all of
Wagtail's `Page` columns (`draftTitle`, `hasUnpublishedChanges`, `sitesRootedHere` with its
ungated `pages`, ...), images and documents their `collection` (with the names of private
collections below it), and every StreamField block a `rawValue` that serialises chooser values
to file paths and ids without the gate. Before the schema is built, page and snippet types are
cut down to their interface plus the `graphql_fields` of exposure.py, and the other fields
below are removed."""

from grapple.registry import registry
from grapple.types.documents import DocumentObjectType
from grapple.types.images import ImageObjectType
from grapple.types.interfaces import StreamFieldInterface
from grapple.types.pages import Page as BasePageType

MEDIA_FIELDS_REMOVED = ("collection",)
BLOCK_FIELDS_REMOVED = ("raw_value",)


def _keep_only(object_type, allowed):
    for name in list(object_type._meta.fields):
        if name not in allowed:
            del object_type._meta.fields[name]


def _remove(object_type, names):
    for name in names:
        object_type._meta.fields.pop(name, None)


def _declared_fields(model) -> set[str]:
    fields = set()
    for field in getattr(model, "graphql_fields", ()):
        fields.add((field() if callable(field) else field).field_name)
    return fields


def _interface_fields(object_type) -> set[str]:
    names = set()
    for interface in object_type._meta.interfaces:
        names |= set(interface._meta.fields)
    return names


def restrict_schema_fields():
    for registered in (registry.pages, registry.snippets):
        for model, object_type in registered.items():
            allowed = {"id"} | _interface_fields(object_type) | _declared_fields(model)
            _keep_only(object_type, allowed)
    # The type of a page whose specific class has none; the gate returns specific pages,
    # so it is a fallback only, and shows no more than the interface.
    _keep_only(BasePageType, {"id"} | _interface_fields(BasePageType))
    media_types = {ImageObjectType, DocumentObjectType}
    media_types |= set(registry.images.values()) | set(registry.documents.values())
    for object_type in media_types:
        _remove(object_type, MEDIA_FIELDS_REMOVED)
    _remove(StreamFieldInterface, BLOCK_FIELDS_REMOVED)
    for object_type in registry.streamfield_blocks.values():
        if isinstance(object_type, type) and hasattr(object_type, "_meta"):
            _remove(object_type, BLOCK_FIELDS_REMOVED)
