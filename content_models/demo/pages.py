"""The page tree of a region, keyed by slug below its parent.

Pages are created in two steps: first the whole tree with plain fields (as drafts), then each new
page gets its relations and body and is published once. The second step can then link to any page
of the region, wherever it sits in the tree."""

from wagtail.models import Page

from .fields import apply_related, plain_values
from .resolve import content_model


def ensure_page(parent, spec, tally):
    """The page with spec's slug below parent, created as a draft if missing."""
    existing = parent.get_children().filter(slug=spec["slug"]).first()
    if existing:
        return tally.keep("pages", existing.specific), False
    model = content_model(spec["type"])
    page = model(
        title=spec["title"],
        slug=spec["slug"],
        live=False,
        show_in_menus=spec.get("in_menu", False),
        **plain_values(model, spec.get("fields", {})),
    )
    parent.add_child(instance=page)
    return tally.add("pages", page), True


def ensure_tree(parent, specs, tally, created):
    """Ensures specs and their children below parent; appends new pages to created."""
    for spec in specs:
        page, was_created = ensure_page(parent, spec, tally)
        if was_created:
            created.append((page, spec))
        ensure_tree(page, spec.get("children", ()), tally, created)


def ensure_home(spec, tally):
    """The region's home page, directly below the tree root (each region is its own Site)."""
    return ensure_page(Page.get_first_root_node(), spec, tally)


def publish_created(created, resolver):
    """Adds relations and bodies to the pages created in this run and publishes each once."""
    for page, spec in created:
        apply_related(page, spec.get("fields", {}), resolver)
        page.save_revision().publish()
