"""The region itself: its home page and its settings."""

import graphene
from grapple.registry import registry

from content_models.models import RegionHomePage, RegionSettings

from ..middleware import gate_for
from .arguments import site_argument


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

    def resolve_region(self, info, **_):
        gate = gate_for(info)
        return gate.pages(RegionHomePage.objects.filter(pk=gate.root.pk)).first()

    def resolve_region_settings(self, info, **_):
        return RegionSettings.for_site(gate_for(info).site)
