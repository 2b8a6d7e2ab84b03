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


def region_settings(logo_title, **extra):
    return {
        "logo": ImageRef(logo_title),
        "imprint_page": PageRef("impressum"),
        "privacy_page": PageRef("datenschutz"),
        **extra,
    }
