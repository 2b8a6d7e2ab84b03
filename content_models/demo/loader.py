"""Creates the demo regions: for each, its collection, media, home page, site, snippets, page
tree and settings.

Idempotent: every object is looked up by its natural key (site hostname, page slug below its
parent, snippet name or slug within its region, image and document title within the
collection) and only created when missing. Nothing that exists is changed, since an editor may
have edited it since the last run."""

from django.db import transaction

from ..editors import ensure_editor_group
from .indexing import indexing_deferred
from .media import ensure_collection, ensure_document, ensure_image
from .pages import ensure_home, ensure_tree, publish_created
from .regions import REGIONS, SHARED_SNIPPETS
from .resolve import Resolver
from .sites import ensure_settings, ensure_site, remove_wagtail_welcome_page
from .snippets import ensure_snippets
from .tally import Tally


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
    group, group_created = ensure_editor_group(home, collection)
    (tally.add if group_created else tally.keep)("groups", group)
    resolver = Resolver(home, collection)
    ensure_snippets(region.get("snippets", {}), home, resolver, tally)

    created = [(home, region["home"])] if home_created else []
    ensure_tree(home, region.get("pages", ()), tally, created)
    publish_created(created, resolver)
    ensure_settings(site, region.get("settings", {}), resolver, tally)


@transaction.atomic
def load_demo_content(regions=REGIONS, shared_snippets=SHARED_SNIPPETS):
    """Loads all demo regions in one transaction and returns the Tally of what happened."""
    tally = Tally()
    with indexing_deferred(tally):
        remove_wagtail_welcome_page(tally)
        ensure_snippets(shared_snippets, None, None, tally)
        for region in regions:
            load_region(region, tally)
    return tally
