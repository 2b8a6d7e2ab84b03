"""StoryList without GraphQL: the answer of graphql/operations/StoryList.graphql (German, no
filters) from plain ORM queries and dictionaries, byte for byte. What the API costs beyond
this is the price of GraphQL; `tests/test_bench_views.py` keeps the two answers equal."""

import json
from math import ceil

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from wagtail.models import Site

from cms.api.gate import VisibilityGate
from content_models.models import StoryPage

DEFAULT_PER_PAGE = 10
MAX_PER_PAGE = 100
TEASER = "fill-400x300"


def _number(value, default):
    try:
        return max(1, int(value)) if value is not None else default
    except ValueError:
        return default


def _image(image, gate):
    if image is None or not gate.allows_media(image):
        return None
    rendition = image.get_rendition(TEASER)
    return {
        "title": image.title,
        "teaser": {"url": rendition.full_url, "width": rendition.width, "height": rendition.height},
    }


def _story(story, gate, root_path):
    author = story.author
    return {
        "id": str(story.pk),
        "title": story.title,
        "urlPath": "/" + story.url_path[len(root_path) :],
        "intro": story.intro,
        "date": story.date.isoformat(),
        "tags": [tag.name for tag in story.tags.all()],
        "authorName": story.author_name,
        "author": {"name": author.name} if author and gate.allows_snippet(author) else None,
        "image": _image(story.image, gate),
        "themes": [
            {"name": theme.name, "slug": theme.slug}
            for theme in story.themes.all()
            if gate.allows_snippet(theme)
        ],
    }


def story_list(request):
    """`?site=<hostname>&page=<n>&perPage=<n>`, as the operation's variables."""
    site = get_object_or_404(Site, hostname=request.GET.get("site", ""))
    page = _number(request.GET.get("page"), 1)
    per_page = min(_number(request.GET.get("perPage"), DEFAULT_PER_PAGE), MAX_PER_PAGE)
    gate = VisibilityGate(site)
    stories = gate.pages(StoryPage.objects.all())
    total = stories.count()
    start = (page - 1) * per_page
    window = (
        stories.order_by("-date", "title")
        .select_related("image", "author")
        .prefetch_related("tags", "themes", "image__renditions")[start : start + per_page]
    )
    root_path = gate.root.url_path
    total_pages = max(1, ceil(total / per_page))
    body = {
        "data": {
            "stories": {
                "items": [_story(story, gate, root_path) for story in window],
                "pagination": {
                    "total": total,
                    "nextPage": page + 1 if page < total_pages else None,
                },
            }
        }
    }
    return HttpResponse(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")),
        content_type="application/json",
    )
