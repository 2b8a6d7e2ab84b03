"""The region itself: its home page and its settings."""

import graphene
from graphene.utils.str_converters import to_camel_case
from grapple.registry import registry
from wagtail.fields import StreamField

from cms.feeds.region import feed_url
from content_models.models import RegionHomePage, RegionSettings

from ..loaders import active_loaders, asked_block_types
from ..middleware import gate_for
from ..relations import selected_fields, with_relations
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
        home = with_relations(
            gate.translated(RegionHomePage.objects.filter(pk=gate.root.pk)), info
        ).first()
        loaders = active_loaders()
        if home is not None and loaders is not None:
            # What the home page and its StreamFields name, loaded together, with the
            # settings' images and pages where the query asks for those too.
            for name, nodes in _selected_streams(home, info):
                loaders.prime_stream(getattr(home, name), asked_block_types(nodes, info.fragments))
            loaders.images.prime([home.hero_image_id])
            if _asks_for(info, "regionSettings"):
                _prime_settings(loaders, _settings_of(gate.site))
        return home

    def resolve_region_settings(self, info, **_):
        found = _settings_of(gate_for(info).site)
        loaders = active_loaders()
        if loaders is not None:
            _prime_settings(loaders, found)
        return found

    def resolve_feeds(self, info, **_):
        site = gate_for(info).site
        return RegionFeeds(
            events_ical=feed_url(info.context, "events-ical", site),
            stories_rss=feed_url(info.context, "stories-rss", site),
        )


def _settings_of(site) -> RegionSettings:
    """The region's settings, loaded with the site (cms/api/site_facts.py); Wagtail's
    `for_site` makes them where a region has none yet."""
    return getattr(site, "regionsettings", None) or RegionSettings.for_site(site)


def _prime_settings(loaders, found: RegionSettings):
    loaders.images.prime([found.logo_id])
    loaders.pages.prime([found.imprint_page_id, found.privacy_page_id])


def _asks_for(info, root_field: str) -> bool:
    """Whether the operation holds the root field `root_field` besides this one."""
    return any(
        getattr(selection, "name", None) is not None and selection.name.value == root_field
        for selection in info.operation.selection_set.selections
    )


def _selected_streams(page, info):
    """(attribute, field nodes) of each StreamField of `page` the query asks for."""
    nodes = list(selected_fields(info))
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            asked = [node for node in nodes if node.name.value == to_camel_case(field.name)]
            if asked:
                yield field.attname, asked
