"""Every region gets an index page for each section, so an editor never has to guess which
„Übersicht“ to create first. Sections the region's data already has are left as they are."""

SECTIONS = (
    ("StrategyIndexPage", "strategie", "Strategie", "Die Strategien der Region im Überblick."),
    ("GuidelineIndexPage", "leitfaeden", "Leitfäden", "Leitfäden und Arbeitshilfen der Region."),
    ("StoryIndexPage", "stories", "Stories", "Berichte und Neuigkeiten aus der Region."),
    (
        "EventIndexPage",
        "veranstaltungen",
        "Veranstaltungen",
        "Termine, Workshops und Konferenzen der Region.",
    ),
    ("ProjectIndexPage", "projekte", "Projekte", "Die Projekte der Region."),
)


def missing_sections(home, specs) -> list[dict]:
    """Specs of the section index pages the region's data (`specs`) lacks. A section an editor
    already made under another slug is left alone (one per type and region); one made by an
    earlier run is kept (and counted) by `ensure_page`."""
    in_data = {spec["type"] for spec in specs}
    existing = {type(child).__name__: child.slug for child in home.get_children().specific()}
    return [
        {"type": kind, "slug": slug, "title": title, "fields": {"intro": intro}}
        for kind, slug, title, intro in SECTIONS
        if kind not in in_data and existing.get(kind, slug) == slug
    ]
