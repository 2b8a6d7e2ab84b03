"""What every page shows besides its content: SEO fields with its canonical URL, and its
breadcrumbs. Both are fields of the page interface."""

import graphene
from grapple.types.images import get_image_type
from grapple.types.interfaces import get_page_interface
from wagtail.models import Page

from .gate import DEFAULT_LANGUAGE
from .middleware import gate_for
from .page_urls import full_page_url, page_url, relative_url_path

# Fields of page types whose image stands in for a missing social image, in this order.
OWN_IMAGE_FIELDS = ("image", "hero_image")


class Seo(graphene.ObjectType):
    """Suchmaschinen und soziale Medien. What a frontend puts in the page's <head>."""

    title = graphene.String(
        required=True,
        description="Titel für Suchmaschinen. The SEO title, else the page's title.",
    )
    description = graphene.String(
        description="Beschreibung für Suchmaschinen. The search description, else the teaser."
    )
    image = graphene.Field(
        get_image_type,
        description="Bild für soziale Medien. The social image, else the page's own image.",
    )
    canonical_url = graphene.String(
        description="Kanonische Adresse. The page's canonical URL on the region's frontend."
    )
    noindex = graphene.Boolean(
        required=True,
        description="Nicht indexieren. Whether search engines should leave the page out.",
    )


class Breadcrumb(graphene.ObjectType):
    """Brotkrume. One step of the path from the region's home page to a page."""

    title = graphene.String(required=True, description="Titel. The page's title.")
    url = graphene.String(description="Adresse. The page's URL.")
    url_path = graphene.String(
        required=True, description="Pfad. Path relative to the region's home page."
    )
    page = graphene.Field(get_page_interface, description="Seite. The page itself.")


def seo_of(page: Page, request) -> Seo:
    own_image = next(
        (getattr(page, name) for name in OWN_IMAGE_FIELDS if getattr(page, name, None)), None
    )
    return Seo(
        title=page.seo_title or page.title,
        description=page.search_description or getattr(page, "intro", "") or None,
        image=getattr(page, "social_image", None) or own_image,
        canonical_url=full_page_url(page, request),
        noindex=bool(getattr(page, "noindex", False)),
    )


def breadcrumbs_of(page: Page, info) -> list[Breadcrumb]:
    """From the region's home page down to the page itself, each step visible."""
    gate = gate_for(info)
    if gate.language == DEFAULT_LANGUAGE:
        steps = gate.ancestors_of(page)  # loaded once per request for a whole list
    else:
        # In the requested language: a German fallback page sits below the English home page.
        steps = gate.in_language(page.get_ancestors(inclusive=True)).order_by("depth").specific()
    return [
        Breadcrumb(
            title=step.title,
            url=page_url(step, info.context),
            url_path=relative_url_path(gate, step),
            page=step,
        )
        for step in steps
    ]
