"""The region itself: its home page and its settings."""

import graphene
from grapple.registry import registry

from cms.feeds.region import feed_url
from content_models.models import RegionHomePage, RegionSettings

from ..middleware import gate_for
from .arguments import site_argument


class RegionFeeds(graphene.ObjectType):
    """Feeds der Region. The region's open-format feeds, at stable URLs of the CMS."""

    events_ical = graphene.String(
        required=True,
        description="Kalender der kommenden Veranstaltungen. URL of the iCalendar (RFC 5545) "
        "feed of the region's upcoming events.",
    )
    stories_rss = graphene.String(
        required=True,
        description="Stories als RSS. URL of the RSS 2.0 feed of the region's stories.",
    )


class RegionQueries:
    region = graphene.Field(
        lambda: registry.pages[RegionHomePage],
        site=site_argument(),
        description="The region's home page with its key facts.",
    )
    region_settings = graphene.Field(
        lambda: registry.settings[RegionSettings],
        site=site_argument(),
        description="Logo, social links, newsletter, imprint and privacy pages of the region.",
    )

    feeds = graphene.Field(
        graphene.NonNull(RegionFeeds),
        site=site_argument(),
        description="Feeds der Region. Where the region's calendar and story feed are.",
    )

    def resolve_region(self, info, **_):
        gate = gate_for(info)
        # The home page in the language asked for, else the German one.
        return gate.translated(RegionHomePage.objects.filter(pk=gate.root.pk)).first()

    def resolve_region_settings(self, info, **_):
        return RegionSettings.for_site(gate_for(info).site)

    def resolve_feeds(self, info, **_):
        site = gate_for(info).site
        return RegionFeeds(
            events_ical=feed_url(info.context, "events-ical", site),
            stories_rss=feed_url(info.context, "stories-rss", site),
        )
