"""schema.org JSON-LD of every page (and of municipalities), ready for a frontend to embed in a
<script type="application/ld+json">: the page as its schema.org type plus its BreadcrumbList.

URLs come from Wagtail's URL methods (page_urls), so they point where the region's frontend
serves the pages."""

import graphene
from grapple.registry import registry

from content_models.models import (
    EventPage,
    GuidelinePage,
    Municipality,
    RegionHomePage,
    StoryPage,
    StrategyPage,
)

from .page_urls import full_page_url

CONTEXT = "https://schema.org"
ATTENDANCE_MODES = {
    "onsite": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


def _clean(data: dict) -> dict:
    """Without empty values: schema.org validators flag empty strings and nulls."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def _date(value):
    return value.isoformat() if value else None


def region_object(page: RegionHomePage, url) -> dict:
    return {
        "@type": "GovernmentOrganization",
        "name": page.region_name or page.title,
        "slogan": page.claim,
        "email": page.contact_email,
        "url": url,
        "areaServed": _clean(
            {"@type": "AdministrativeArea", "name": page.region_name or page.title}
        ),
    }


def event_object(page: EventPage, url, language) -> dict:
    location = (
        {"@type": "VirtualLocation", "url": page.registration_url or url}
        if page.event_format == "online"
        else _clean({"@type": "Place", "name": page.location, "address": page.location})
    )
    return {
        "@type": "Event",
        "name": page.title,
        "description": page.intro,
        "startDate": _date(page.starts_at),
        "endDate": _date(page.ends_at),
        "eventAttendanceMode": ATTENDANCE_MODES.get(page.event_format),
        "eventStatus": "https://schema.org/EventScheduled",
        "location": location if page.location or page.event_format == "online" else None,
        "inLanguage": language,
        "url": url,
    }


def article_object(page, url, language, kind="Article", published=None) -> dict:
    return {
        "@type": kind,
        "headline": page.title,
        "description": getattr(page, "intro", "") or page.search_description,
        "datePublished": _date(published or page.first_published_at),
        "dateModified": _date(page.last_published_at),
        "inLanguage": language,
        "url": url,
    }


def story_object(page: StoryPage, url, language) -> dict:
    data = article_object(page, url, language, "NewsArticle", page.date)
    name = page.author.name if page.author_id and page.author else page.author_name
    data["author"] = _clean({"@type": "Person", "name": name}) if name else None
    return data


def main_object(page, url, language) -> dict:
    """`language`: the code of the language the page's content is in (schema.org inLanguage,
    which organisations do not have)."""
    if isinstance(page, RegionHomePage):
        return region_object(page, url)
    if isinstance(page, EventPage):
        return event_object(page, url, language)
    if isinstance(page, StoryPage):
        return story_object(page, url, language)
    if isinstance(page, StrategyPage):
        return article_object(page, url, language, published=page.adopted_on)
    if isinstance(page, GuidelinePage):
        return article_object(page, url, language, published=page.published_on)
    return article_object(page, url, language, "WebPage")


def breadcrumb_list(crumbs, request) -> dict:
    """schema.org wants absolute URLs here, wherever the API runs."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            _clean(
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": crumb.title,
                    "item": full_page_url(crumb.page, request),
                }
            )
            for position, crumb in enumerate(crumbs, start=1)
        ],
    }


def page_json_ld(page, request, crumbs, language) -> dict:
    """The page's object and its BreadcrumbList in one @graph; `language` is the one the page
    is in: the language asked for, or German where the page fell back to it."""
    main = _clean(main_object(page, full_page_url(page, request), language))
    return {"@context": CONTEXT, "@graph": [main, breadcrumb_list(crumbs, request)]}


def municipality_json_ld(municipality: Municipality) -> dict:
    return {
        "@context": CONTEXT,
        **_clean(
            {
                "@type": "Place",
                "name": municipality.name,
                "url": municipality.website,
                "containedInPlace": _clean(
                    {"@type": "AdministrativeArea", "name": municipality.district}
                )
                if municipality.district
                else None,
                "additionalProperty": _clean(
                    {
                        "@type": "PropertyValue",
                        "name": "population",
                        "value": municipality.population,
                    }
                )
                if municipality.population
                else None,
            }
        ),
    }


def add_json_ld_fields():
    """`jsonLd` on the municipality type (pages have it through the page interface)."""
    registry.snippets[Municipality]._meta.fields["json_ld"] = graphene.Field(
        graphene.JSONString,
        required=True,
        description="schema.org-Daten. The municipality as a schema.org Place in JSON-LD.",
        resolver=lambda municipality, info, **_: municipality_json_ld(municipality),
    )
