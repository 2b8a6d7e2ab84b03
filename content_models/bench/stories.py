"""The data set's stories: per region, numbered stories below its story index, each with an
image, an author, themes, a municipality, tags and a body of chooser-holding blocks."""

import datetime
import uuid

from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Page

from ..models import Municipality, StoryIndexPage, StoryPage, StoryTag, Theme
from . import text
from .tree import bulk_add_children

SLUG_PREFIX = "bench-story-"
TAGS = [f"{topic.lower()}-{kind}" for topic in text.TOPICS for kind in ("praxis", "bericht")]
FIRST_DAY = datetime.date(2026, 10, 31)


def story_slug(number: int) -> str:
    return f"{SLUG_PREFIX}{number:04d}"


def _body(generator, number, image, contact, page) -> list[dict]:
    blocks = [
        ("heading", {"text": f"Worum es geht ({number})", "level": "h2"}),
        ("paragraph", f"<p>{text.paragraph(generator)}</p><p>{text.paragraph(generator)}</p>"),
        ("image", {"image": image.pk, "caption": text.sentence(generator), "credit": "Bench"}),
        ("quote", {"text": text.sentence(generator), "attribution": contact.name}),
        (
            "facts",
            {
                "title": "In Zahlen",
                "facts": [
                    {"type": "item", "value": {"value": str(number), "unit": "", "caption": "Nr."}},
                    {"type": "item", "value": {"value": "12", "unit": "", "caption": "Partner"}},
                ],
            },
        ),
        ("paragraph", f"<p>{text.paragraph(generator, 3)}</p>"),
        ("contact", {"contact": contact.pk, "heading": "Ansprechperson"}),
        (
            "call_to_action",
            {"text": "Mehr erfahren", "button_label": "Weiter", "page": page.pk, "url": ""},
        ),
    ]
    return [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]


def story_index(home) -> StoryIndexPage:
    return StoryIndexPage.objects.child_of(home).first()


def ensure_stories(home, images, contacts, count: int) -> list[StoryPage]:
    """The region's missing bench stories, created published; returns the new ones."""
    index = story_index(home)
    existing = set(
        StoryPage.objects.child_of(index)
        .filter(slug__startswith=SLUG_PREFIX)
        .values_list("slug", flat=True)
    )
    target = Page.objects.filter(pk=home.pk).first()
    now = timezone.now()
    pages = []
    for number in range(1, count + 1):
        if story_slug(number) in existing:
            continue
        generator = text.rng(home.slug, number)
        contact = contacts[number % len(contacts)]
        image = images[number % len(images)]
        pages.append(
            StoryPage(
                title=text.title(generator, number),
                slug=story_slug(number),
                intro=text.paragraph(generator, 2),
                date=FIRST_DAY - datetime.timedelta(days=number // 3),
                author=contact,
                image=image,
                body=_body(generator, number, image, contact, target),
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                translation_key=uuid.uuid4(),
            )
        )
    bulk_add_children(index, pages)
    _relate(home, pages)
    return pages


def _relate(home, pages):
    """Themes, a municipality and tags for each new story, one statement per relation."""
    themes = list(
        Theme.objects.filter(live=True, locale__language_code="de").filter(
            Theme.of_regions_or_shared([home.pk])
        )
    )
    municipalities = list(
        Municipality.objects.filter(live=True, locale__language_code="de").filter(
            Municipality.of_regions_or_shared([home.pk])
        )
    )
    tags = [Tag.objects.get_or_create(name=name, defaults={"slug": name})[0] for name in TAGS]
    theme_rows, municipality_rows, tag_rows = [], [], []
    for page in pages:
        number = int(page.slug.removeprefix(SLUG_PREFIX))
        for offset in (0, 3):
            if themes:
                theme = themes[(number + offset) % len(themes)]
                theme_rows.append(StoryPage.themes.through(storypage=page, theme=theme))
            tag_rows.append(StoryTag(content_object=page, tag=tags[(number + offset) % len(tags)]))
        if municipalities:
            municipality = municipalities[number % len(municipalities)]
            municipality_rows.append(
                StoryPage.municipalities.through(storypage=page, municipality=municipality)
            )
    StoryPage.themes.through.objects.bulk_create(theme_rows, ignore_conflicts=True)
    StoryPage.municipalities.through.objects.bulk_create(municipality_rows, ignore_conflicts=True)
    StoryTag.objects.bulk_create(tag_rows)
