"""Markers the region data uses to point at objects that exist only once the loader ran.

The data modules stay plain Python data; the loader swaps each marker for the object (or, in
StreamField data, its primary key) it names."""

from dataclasses import dataclass


@dataclass(frozen=True)
class PageRef:
    """A page of the same region, by its slug path below the region's home page ("" = home)."""

    path: str


@dataclass(frozen=True)
class ImageRef:
    """An image of the region's collection, by title."""

    title: str


@dataclass(frozen=True)
class DocumentRef:
    """A document of the region's collection, by title."""

    title: str


@dataclass(frozen=True)
class SnippetRef:
    """A snippet by model name and natural key (name, or slug for themes).

    Looked up in the region first, then among the snippets all regions share."""

    model: str
    key: str


def theme(slug):
    return SnippetRef("Theme", slug)


def contact(name):
    return SnippetRef("Contact", name)


def organisation(name):
    return SnippetRef("Organisation", name)


def municipality(name):
    return SnippetRef("Municipality", name)
