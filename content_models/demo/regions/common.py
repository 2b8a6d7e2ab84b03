"""What every region has alike: legal pages and the settings that point at them."""

from ..refs import ImageRef, PageRef
from .body import heading, paragraph


def legal_pages(operator_name):
    """Placeholder „Impressum“ and „Datenschutz“ pages, clearly marked as demo text."""
    return [
        {
            "type": "ContentPage",
            "slug": "impressum",
            "title": "Impressum",
            "fields": {
                "intro": f"Angaben zum Anbieter dieses Angebots: {operator_name}.",
                "body": [
                    heading("Anbieter"),
                    paragraph(
                        f"Verantwortlich für die Inhalte ist {operator_name}. Anschrift, "
                        "Vertretungsberechtigte und Registerangaben werden hier im Livebetrieb "
                        "ergänzt."
                    ),
                    paragraph(
                        "Hinweis: Diese Seite gehört zu den Demo-Inhalten des CMS und ersetzt "
                        "kein rechtlich geprüftes Impressum."
                    ),
                ],
            },
        },
        {
            "type": "ContentPage",
            "slug": "datenschutz",
            "title": "Datenschutz",
            "fields": {
                "intro": "Wie wir mit personenbezogenen Daten umgehen.",
                "body": [
                    heading("Grundsätze"),
                    paragraph(
                        "Dieses Angebot erhebt nur die Daten, die für seinen Betrieb nötig sind. "
                        "Die vollständige Erklärung nach der DSGVO folgt im Livebetrieb."
                    ),
                    paragraph(
                        "Hinweis: Diese Seite gehört zu den Demo-Inhalten des CMS und ersetzt "
                        "keine rechtlich geprüfte Datenschutzerklärung."
                    ),
                ],
            },
        },
    ]


# The local reference microsite (`make microsite`, README "Reference microsite") serves each
# region on a port of its own and takes change events at one receiver.
MICROSITE_PORTS = {
    "suedwestfalen.localhost": 4301,
    "emscher-lippe.localhost": 4302,
    "kreis-unna.localhost": 4303,
    "owl.localhost": 4304,
}
MICROSITE_WEBHOOK_URL = "http://127.0.0.1:4300/webhook"


def microsite_frontend(hostname):
    """The region's frontend and preview addresses on the local reference microsite."""
    base = f"http://{hostname}:{MICROSITE_PORTS[hostname]}"
    return {"frontend_url": base, "preview_url": f"{base}/vorschau/"}


def region_settings(logo_title, primary_colour, **extra):
    """`primary_colour`: the seeds state no corporate colour for any region, so each region's is
    its demo logo's dominant colour as the reference microsite derived it with sharp before the
    API had the field (the 160 px rendition's `stats().dominant`, darkened until white text on
    it reaches 4.5:1)."""
    return {
        "logo": ImageRef(logo_title),
        "primary_colour": primary_colour,
        "imprint_page": PageRef("impressum"),
        "privacy_page": PageRef("datenschutz"),
        **extra,
    }


def menu_item(page_path=None, url="", label="", children=()):
    return (
        "item",
        {
            "page": PageRef(page_path) if page_path is not None else None,
            "url": url,
            "label": label,
            "children": [
                {"page": PageRef(child) if child else None, "url": "", "label": ""}
                for child in children
            ],
        },
    )


def navigation(pages, newsletter_url="https://newsletter.example.org/", submenu_size=3):
    """Main menu: the top-level pages marked `in_menu`, in the order of the tree, each with its
    first pages below as a second level. Footer: the legal pages and the region's newsletter."""
    main = []
    for spec in pages:
        if not spec.get("in_menu"):
            continue
        children = [f"{spec['slug']}/{child['slug']}" for child in spec.get("children", ())]
        main.append(menu_item(spec["slug"], children=children[:submenu_size]))
    footer = [
        menu_item("impressum"),
        menu_item("datenschutz", label="Datenschutzerklärung"),
        menu_item(url=newsletter_url, label="Newsletter"),
    ]
    return {"main_menu": main, "footer_menu": footer}


def legal_redirects():
    """Paths of the legal pages as older websites named them."""
    return [
        ("/impressum.html", PageRef("impressum")),
        ("/datenschutz.html", PageRef("datenschutz")),
    ]
