"""Pages created in bulk below one parent, with the paths treebeard would give them.

`add_child` costs several queries per page (it locks and re-reads the parent each time); for
thousands of pages of one type the base table's rows go in with one statement per 500 pages,
then the type's own table (multi-table inheritance), then the parent's child count."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from wagtail.models import Page

BATCH = 500


def _next_step(parent: Page) -> int:
    last = parent.get_children().order_by("-path").values_list("path", flat=True).first()
    return Page._str2int(last[-Page.steplen :]) + 1 if last else 1


def bulk_add_children(parent: Page, pages: list[Page]) -> list[Page]:
    """Adds `pages` (unsaved, all of one specific type) below `parent`, after its children."""
    if not pages:
        return pages
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    step = _next_step(parent)
    for offset, page in enumerate(pages):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step + offset)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.numchild = 0
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.draft_title = page.title
    base_fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
    bases = Page.objects.bulk_create(
        [Page(**{name: getattr(page, name) for name in base_fields}) for page in pages],
        batch_size=BATCH,
    )
    for page, base in zip(pages, bases, strict=True):
        page.id = page.page_ptr_id = base.pk
    own_fields = model._meta.local_concrete_fields
    for start in range(0, len(pages), BATCH):
        model._base_manager._insert(pages[start : start + BATCH], fields=own_fields)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages
