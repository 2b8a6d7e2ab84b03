"""Writes the plain data of a region module onto model instances.

Plain fields are set when an object is created; relations, StreamFields and tags need the
objects they point at, so they are set in a second step, once everything of the region exists."""

from html import escape

from django.db import models
from taggit.managers import TaggableManager
from wagtail.blocks import ListBlock, RichTextBlock, StructBlock
from wagtail.fields import RichTextField, StreamField

from .resolve import is_reference


def rich_text(text):
    """HTML for a RichTextField or RichTextBlock: paragraphs split on blank lines; paragraphs
    whose lines all start with "- " become a bullet list."""
    parts = []
    for paragraph in filter(None, (p.strip() for p in text.split("\n\n"))):
        lines = paragraph.splitlines()
        if all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{escape(line[2:].strip())}</li>" for line in lines)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{escape(' '.join(line.strip() for line in lines))}</p>")
    return "".join(parts)


def _raw_block_value(block, value, resolver):
    """The JSON form of one block value, with references replaced by primary keys."""
    if isinstance(block, RichTextBlock):
        return rich_text(value)
    if isinstance(block, StructBlock):
        return {
            name: _raw_block_value(block.child_blocks[name], child_value, resolver)
            for name, child_value in value.items()
        }
    if isinstance(block, ListBlock):
        return [_raw_block_value(block.child_block, item, resolver) for item in value]
    if is_reference(value):
        return resolver.pk(value)
    return value


def stream_data(field, items, resolver):
    stream_block = field.stream_block
    return [
        {
            "type": block_type,
            "value": _raw_block_value(stream_block.child_blocks[block_type], value, resolver),
        }
        for block_type, value in items
    ]


def _is_related(field):
    return (
        isinstance(field, StreamField | TaggableManager)
        or field.many_to_many
        or isinstance(field, models.ForeignKey)
    )


def plain_values(model, data):
    """The values that need no other object: set when the object is created."""
    values = {}
    for name, value in data.items():
        field = model._meta.get_field(name)
        if _is_related(field):
            continue
        values[name] = rich_text(value) if isinstance(field, RichTextField) else value
    return values


def apply_related(instance, data, resolver):
    """Sets relations, StreamFields and tags on an instance that is about to be published."""
    for name, value in data.items():
        field = instance._meta.get_field(name)
        if isinstance(field, TaggableManager):
            getattr(instance, name).add(*value)
        elif isinstance(field, StreamField):
            setattr(instance, name, stream_data(field, value, resolver))
        elif field.many_to_many:
            getattr(instance, name).set([resolver.object(item) for item in value])
        elif isinstance(field, models.ForeignKey):
            setattr(instance, name, resolver.object(value))
