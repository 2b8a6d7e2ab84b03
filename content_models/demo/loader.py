"""Creates the demo regions: for each, its collection, media, home page, site, snippets, page
tree, settings and English translations.

Idempotent: every object is looked up by its natural key (site hostname, page slug below its
parent, snippet name or slug within its region, image and document title within the
collection) and only created when missing. Nothing that exists is changed, since an editor may
have edited it since the last run."""

from django.contrib.auth.models import Group
from django.db import transaction

from ..editors import editor_group_name
from ..moderation import ensure_region_moderation, moderator_group_name, retire_stock_moderation
from .indexing import indexing_deferred
from .media import ensure_collection, ensure_document, ensure_image
from .pages import ensure_home, ensure_tree, publish_created
from .regions import REGIONS, SHARED_SNIPPETS
from .regions.common import MICROSITE_WEBHOOK_URL
from .resolve import Resolver
from .sections import missing_sections
from .sites import (
    ensure_microsite_webhook,
    ensure_navigation,
    ensure_redirects,
    ensure_settings,
    ensure_site,
    remove_wagtail_welcome_page,
)
from .snippets import ensure_snippets
from .tally import Tally
from .translations import ensure_region_translations, ensure_theme_translations


def load_region(region, tally):
    name = region["site"]["name"]
    palette = region["palette"]
    collection = ensure_collection(name, tally)
    for spec in region.get("images", ()):
        ensure_image(spec, collection, palette, name, tally)
    for spec in region.get("documents", ()):
        ensure_document(spec, collection, palette, name, tally)

    home, home_created = ensure_home(region["home"], tally)
    if home_created:
        home.media_collection = collection  # saved when the new home page is published
    site = ensure_site(region["site"], home, tally)
    names = {editor_group_name(home), moderator_group_name(home)}
    existing = set(Group.objects.filter(name__in=names).values_list("name", flat=True))
    editors, moderators, _ = ensure_region_moderation(home, collection)
    for group in (editors, moderators):
        (tally.keep if group.name in existing else tally.add)("groups", group)
    resolver = Resolver(home, collection)
    ensure_snippets(region.get("snippets", {}), home, resolver, tally)

    created = [(home, region["home"])] if home_created else []
    ensure_tree(home, region.get("pages", ()), tally, created)
    ensure_tree(home, missing_sections(home, region.get("pages", ())), tally, created)
    publish_created(created, resolver)
    ensure_settings(site, region.get("settings", {}), resolver, tally)
    ensure_navigation(site, region.get("navigation", {}), resolver, tally)
    ensure_redirects(site, region.get("redirects", ()), resolver, tally)
    ensure_microsite_webhook(home, MICROSITE_WEBHOOK_URL, tally)
    # The English home page gets the region's rights and workflow as it is created
    # (content_models.editors.extend_rights_to_translated_home).
    ensure_region_translations(home, resolver, tally)


@transaction.atomic
def load_demo_content(regions=REGIONS, shared_snippets=SHARED_SNIPPETS):
    """Loads all demo regions in one transaction and returns the Tally of what happened."""
    tally = Tally()
    with indexing_deferred(tally):
        remove_wagtail_welcome_page(tally)
        retire_stock_moderation()
        ensure_snippets(shared_snippets, None, None, tally)
        ensure_theme_translations(tally)
        for region in regions:
            load_region(region, tally)
    return tally
