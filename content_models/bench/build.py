"""Builds the data set: on top of the demo regions, per region its images, contacts and
stories, each created only where missing, all in one transaction; the new objects enter the
search index in bulk (one statement per model and batch) rather than one by one."""

from dataclasses import dataclass, field

from django.db import transaction
from modelsearch.backends import get_search_backend

from ..demo.regions import REGIONS
from ..models import Contact, RegionHomePage, StoryPage
from .contacts import ensure_contacts
from .media import ensure_images
from .stories import ensure_stories

INDEX_BATCH = 500


@dataclass
class Sizes:
    stories_per_region: int = 2000
    images: int = 500
    contacts: int = 300


@dataclass
class Built:
    stories: int = 0
    images: int = 0
    contacts: int = 0
    regions: list[str] = field(default_factory=list)


def _homes():
    """The German home page of each demo region, with the demo region's spec."""
    for region in REGIONS:
        home = RegionHomePage.objects.filter(
            slug=region["home"]["slug"], locale__language_code="de"
        ).first()
        if home is None:
            raise RuntimeError("Load the demo content first: manage.py load_demo_content")
        yield region, home


def _share(total: int, parts: int, index: int) -> int:
    return total // parts + (1 if index < total % parts else 0)


def _index(model, objects):
    backend = get_search_backend()
    for start in range(0, len(objects), INDEX_BATCH):
        backend.add_bulk(model, objects[start : start + INDEX_BATCH])


@transaction.atomic
def build(sizes: Sizes) -> Built:
    built = Built()
    homes = list(_homes())
    new_contacts, new_stories = [], []
    for position, (region, home) in enumerate(homes):
        images, created = ensure_images(region, home, _share(sizes.images, len(homes), position))
        built.images += len(created)
        contacts, created = ensure_contacts(
            home, images, _share(sizes.contacts, len(homes), position)
        )
        new_contacts += created
        new_stories += ensure_stories(home, images, contacts, sizes.stories_per_region)
        built.regions.append(home.slug)
    built.contacts, built.stories = len(new_contacts), len(new_stories)
    _index(Contact, new_contacts)
    _index(StoryPage, new_stories)
    return built


def totals() -> str:
    """What the database holds now, the demo content included."""
    from wagtail.images import get_image_model

    stories = StoryPage.objects.live().count()
    return (
        f"{stories} live stories in {len(REGIONS)} regions, "
        f"{get_image_model().objects.count()} images, {Contact.objects.count()} contacts"
    )
