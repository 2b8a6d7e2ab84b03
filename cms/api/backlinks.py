"""Relations read the other way round: a theme's strategies, guidelines, stories, events and
projects; a municipality's projects, strategies and stories; an organisation's projects and
contacts; the pages that name a contact. Each is paginated like the root lists and starts
from what the gate lets through, so a draft or another region's page never shows.

The content model keeps no reverse accessors (`related_name="+"`); each list filters from the
other side, in the database. The fields are added to grapple's snippet types before the schema
is built."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField
from django.db.models.functions import Cast
from grapple.registry import registry
from grapple.types.interfaces import get_page_interface
from wagtail.models import Page, ReferenceIndex

from content_models.models import Contact, Municipality, Organisation, Theme

from .filters import naming
from .middleware import gate_for
from .queries.directory import CONTACTS
from .queries.pagination import paginate, paginated_field
from .queries.sections import EVENTS, GUIDELINES, PROJECTS, STORIES, STRATEGIES

# (snippet model, field name, list, the filter that relates an item to the snippet, German
# description)
BACKLINKS = [
    (Theme, "strategies", STRATEGIES, "themes", "Strategien zu diesem Themenfeld."),
    (Theme, "guidelines", GUIDELINES, "themes", "Leitfäden zu diesem Themenfeld."),
    (Theme, "stories", STORIES, "themes", "Stories zu diesem Themenfeld."),
    (Theme, "events", EVENTS, "themes", "Veranstaltungen zu diesem Themenfeld."),
    (Theme, "projects", PROJECTS, "themes", "Projekte zu diesem Themenfeld."),
    (Municipality, "projects", PROJECTS, "municipalities", "Projekte in dieser Kommune."),
    (Municipality, "strategies", STRATEGIES, "municipalities", "Strategien dieser Kommune."),
    (Municipality, "stories", STORIES, "municipalities", "Stories aus dieser Kommune."),
    (Organisation, "projects", PROJECTS, "partners", "Projekte, an denen sie mitwirkt."),
    (Organisation, "contacts", CONTACTS, "organisation", "Ansprechpersonen der Organisation."),
]

# Filters that make no sense below the snippet they would filter by.
REDUNDANT_FILTERS = {Theme: ("theme",), Municipality: ("municipality",)}


def _backlink_resolver(typed_list, relation):
    def resolve(snippet, info, **kwargs):
        return typed_list.resolve(
            info, narrow=lambda items: items.filter(**naming(relation, snippet)), **kwargs
        )

    return resolve


def _pages_naming(contact) -> list:
    """Ids of the pages whose fields or body blocks point at the contact, from Wagtail's
    reference index (kept up to date on every save)."""
    # The index keeps ids as text (any model's key); PostgreSQL compares only like with like.
    return (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            to_content_type=ContentType.objects.get_for_model(Contact),
            to_object_id=str(contact.pk),
        )
        .annotate(page_id=Cast("object_id", output_field=IntegerField()))
        .values("page_id")
    )


def resolve_contact_pages(contact, info, page=None, per_page=None, **_):
    gate = gate_for(info)
    pages = gate.pages(Page.objects.filter(pk__in=_pages_naming(contact))).order_by("path")
    return paginate(pages.specific(), page, per_page)


def _add_field(model, name, field, resolver):
    object_type = registry.snippets[model]
    field.resolver = resolver
    object_type._meta.fields[name] = field


def add_backlinks():
    for model, name, typed_list, relation, german in BACKLINKS:
        english = f"The {name} related to this {model._meta.model_name}, paginated."
        field = typed_list.field(
            f"{german} {english}", nested=True, without=REDUNDANT_FILTERS.get(model, ())
        )
        _add_field(model, name, field, _backlink_resolver(typed_list, relation))
    pages = paginated_field(
        get_page_interface,
        "Page",
        search=False,
        order=False,
        description="Seiten, die diese Ansprechperson nennen. The published pages of the region "
        "that name this contact (in a field or a content block), in tree order.",
    )
    _add_field(Contact, "pages", pages, resolve_contact_pages)
