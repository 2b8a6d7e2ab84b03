"""The built-in preview of a region without a frontend: every field of the page, labelled in
German, plainly rendered. It shows what an editor entered, not how a frontend will look."""

from django.db import models
from django.utils.formats import localize
from django.utils.html import linebreaks
from django.utils.safestring import mark_safe
from modelcluster.fields import ParentalManyToManyField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

_PAGE_FIELDS = {field.name for field in Page._meta.get_fields()} - {"title"}


def _rendered(page, field):
    value = getattr(page, field.name)
    if value in (None, "") or (isinstance(field, ParentalManyToManyField) and not value.all()):
        return None
    if isinstance(field, StreamField):
        return value.render_as_block() if value else None
    if isinstance(field, RichTextField):
        return mark_safe(expand_db_html(value))
    if isinstance(field, ParentalManyToManyField):
        return ", ".join(str(item) for item in value.all())
    if isinstance(field, models.TextField):
        return mark_safe(linebreaks(value))
    if isinstance(field, models.DateField | models.DateTimeField):
        return localize(value)
    if field.choices:
        return getattr(page, f"get_{field.name}_display")()
    return str(value)


def field_rows(page) -> list[tuple[str, str]]:
    """(label, rendered value) of every field that holds something, in model order."""
    rows = []
    for field in page._meta.get_fields():
        if field.name in _PAGE_FIELDS or field.name.endswith("_ptr"):
            continue
        if not (getattr(field, "concrete", False) or isinstance(field, ParentalManyToManyField)):
            continue
        rendered = _rendered(page, field)
        if rendered is not None:
            rows.append((str(field.verbose_name), rendered))
    return rows
