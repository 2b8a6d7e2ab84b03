"""What a region editor saves stays in the region: a page or snippet may reference only pages
of its own region, snippets of its region or shared ones, and media outside other regions'
collections. Wagtail's reference index finds every reference (foreign keys, chooser blocks,
rich-text links), so one check covers them all. Superusers may link across regions."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Collection, Page, ReferenceIndex

from .tree_paths import at_or_below


def other_regions_collection_ids(home) -> set[int]:
    from .models import RegionHomePage

    paths = (
        RegionHomePage.objects.exclude(translation_key=home.translation_key)
        .filter(media_collection__depth__gt=1)
        .values_list("media_collection__path", flat=True)
    )
    return set(Collection.objects.filter(at_or_below(paths)).values_list("pk", flat=True))


def _in_region_trees(home) -> Q:
    """The region's pages in every language's tree."""
    from .models.region import region_homes

    return at_or_below(region_homes(home).values_list("path", flat=True))


def _referenced(instance) -> dict[type, set[str]]:
    by_model = defaultdict(set)
    for content_type_id, object_id, *_ in ReferenceIndex._extract_references_from_object(instance):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            by_model[model].add(object_id)
    return by_model


def foreign_references(instance, home) -> list[str]:
    """German messages, one per referenced object that belongs to another region."""
    from .models.snippets import RegionScoped

    messages = []
    hidden_collections = None
    for model, ids in _referenced(instance).items():
        if issubclass(model, Page):
            for page in Page.objects.filter(pk__in=ids).exclude(_in_region_trees(home)):
                messages.append(
                    f"Die Seite „{page.title}“ gehört zu einer anderen Region und kann hier "
                    "nicht verlinkt werden."
                )
        elif issubclass(model, RegionScoped):
            others = model.objects.filter(pk__in=ids, region__isnull=False).exclude(
                region_id=home.pk
            )
            for obj in others:
                messages.append(
                    f"„{obj}“ ({model._meta.verbose_name}) gehört zu einer anderen Region."
                )
        elif issubclass(model, AbstractImage | AbstractDocument):
            if hidden_collections is None:
                hidden_collections = other_regions_collection_ids(home)
            for item in model.objects.filter(pk__in=ids, collection_id__in=hidden_collections):
                kind = "Das Bild" if issubclass(model, AbstractImage) else "Das Dokument"
                messages.append(
                    f"{kind} „{item.title}“ liegt im Medienordner einer anderen Region."
                )
    return messages
