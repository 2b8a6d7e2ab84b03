"""OWL 4.0 – the action plan of OstWestfalenLippe for industry, work and society.

Facts from the seed: the action plan „OWL 4.0 – Industrie, Arbeit, Gesellschaft“ started in 2015
and has been revised; motto „Wir gestalten unser MORGEN“; eleven projects completed; seven new
ones submitted to Regio.NRW for 2019–2022; a strategy process for 2022–2025 with 40 partners; the
six focus themes and the cross-cutting themes; OstWestfalenLippe GmbH; contact Wolfgang
Marquardt. The prose is written for the demo.

The seed names none of the projects: the seven submitted ones are named after the focus themes
(plus one for the cross-cutting theme of qualification), and the three completed ones stand for
the eleven; all project names and texts are illustrative."""

from datetime import date

from ..refs import DocumentRef, ImageRef, PageRef, contact, organisation, theme
from .body import (
    call_to_action,
    checklist,
    document,
    fact,
    facts,
    goal,
    heading,
    image,
    key_fact,
    paragraph,
    quote,
    timeline,
)
from .body import contact as contact_block
from .common import legal_pages, legal_redirects, microsite_frontend, navigation, region_settings

NAME = "OWL 4.0"
OPERATOR = "OstWestfalenLippe GmbH"
CONTACT = "Wolfgang Marquardt"
MOTTO = "Wir gestalten unser MORGEN"
PROGRAMME = "Regio.NRW"
PROGRAMME_KEY = "regio_nrw"  # ProjectPage.PROGRAMME_CHOICES

HERO = "Titelbild OWL 4.0"
LOGO = "Logo OWL 4.0"
ACTION_PLAN_PDF = "Handlungskonzept OWL 4.0"

FOCUS_THEMES = [
    ("Technologietransfer", "technologietransfer", "Forschung schneller in Betriebe bringen."),
    ("Innovationsmanagement", "innovationsmanagement", "Neues systematisch entwickeln."),
    ("Kundenzugang", "kundenzugang", "Digitale Wege zu Kundinnen und Kunden."),
    ("Internationale Vernetzung", "internationale-vernetzung", "Partner über Grenzen hinweg."),
    ("Zirkuläre Wertschöpfung", "zirkulaere-wertschoepfung", "Produkte im Kreislauf denken."),
    (
        "Vereinbarkeit von Beruf und Pflege",
        "beruf-und-pflege",
        "Beschäftigte entlasten, die Angehörige pflegen.",
    ),
]

# (slug, title, focus theme slug, teaser) – illustrative, see the module docstring.
SUBMITTED_PROJECTS = [
    (
        "transfer-scouts",
        "Transfer-Scouts OWL",
        "technologietransfer",
        "Ansprechpersonen bringen Ergebnisse aus Hochschulen in kleine und mittlere Betriebe.",
    ),
    (
        "innovationswerkstatt",
        "Innovationswerkstatt Mittelstand",
        "innovationsmanagement",
        "Betriebe lernen, Ideen strukturiert zu bewerten und umzusetzen.",
    ),
    (
        "digitaler-kundenzugang",
        "Digitaler Kundenzugang für KMU",
        "kundenzugang",
        "Kleine Unternehmen erschließen Onlinekanäle für Vertrieb und Service.",
    ),
    (
        "owl-international",
        "OWL international vernetzt",
        "internationale-vernetzung",
        "Unternehmen der Region finden Partner im Ausland.",
    ),
    (
        "kreislauf-owl",
        "Kreislaufwirtschaft 4.0",
        "zirkulaere-wertschoepfung",
        "Digitale Werkzeuge helfen, Material länger im Umlauf zu halten.",
    ),
    (
        "beruf-und-pflege",
        "Beruf und Pflege digital vereinbaren",
        "beruf-und-pflege",
        "Betriebe unterstützen Beschäftigte mit Pflegeaufgaben.",
    ),
    (
        "qualifizierung-kmu",
        "Qualifizierungsoffensive KMU 4.0",
        None,
        "Weiterbildung für Beschäftigte und Führungskräfte, quer zu allen Schwerpunkten.",
    ),
]

COMPLETED_PROJECTS = [
    ("arbeit-4-0-lab", "Arbeit 4.0 Lab", "Wie sich Arbeitsplätze mit der Digitalisierung wandeln."),
    ("digitale-werkbank", "Digitale Werkbank", "Digitale Werkzeuge zum Ausprobieren für Betriebe."),
    (
        "gesellschaft-digital",
        "Gesellschaft digital",
        "Angebote, die Bürgerinnen und Bürger mitnehmen.",
    ),
]


def _project(slug, title, teaser, status, theme_slugs, start_year, end_year):
    return {
        "type": "ProjectPage",
        "slug": slug,
        "title": title,
        "fields": {
            "intro": teaser,
            "status": status,
            "funding_programme": PROGRAMME_KEY if status == "submitted" else "",
            "start_year": start_year,
            "end_year": end_year,
            "image": ImageRef(title),
            "partners": [organisation(OPERATOR)],
            "contact": contact(CONTACT),
            "themes": [theme(theme_slug) for theme_slug in theme_slugs],
            "body": [
                paragraph(
                    f"{teaser} Das Projekt gehört zum Handlungskonzept OWL 4.0 und wird mit "
                    "Partnern aus der Region umgesetzt."
                ),
                call_to_action(
                    "Den Rahmen aller Projekte beschreibt das Handlungskonzept:",
                    "Zum Handlungskonzept",
                    page=PageRef("strategie/owl-4-0"),
                ),
            ],
        },
    }


ACTION_PLAN = {
    "type": "StrategyPage",
    "slug": "owl-4-0",
    "title": "OWL 4.0 – Industrie, Arbeit, Gesellschaft",
    "fields": {
        "intro": "Das Handlungskonzept, mit dem OstWestfalenLippe seit 2015 die Digitalisierung "
        "für Wirtschaft und Gesellschaft nutzt – inzwischen gemeinsam weiterentwickelt.",
        "kind": "action_plan",
        "motto": MOTTO,
        # The seed gives the year 2015; the day is illustrative.
        "adopted_on": date(2015, 6, 1),
        "period_start": 2022,
        "period_end": 2025,
        "goals": [
            goal(
                "Maßnahmen für Wirtschaft, Verwaltung, Mobilität und Infrastruktur entwickeln",
                "In einem Strategieprozess für 2022 bis 2025 mit 40 Partnern aus der Region.",
            ),
            goal(
                "Digitalisierung als Schlüsselthema halten",
                "Die Akteure der Region sehen darin weiterhin die zentrale Aufgabe.",
            ),
            goal(
                "Unternehmen, vor allem KMU, besser erreichen",
                "Angebote transparent machen, Zugänge schaffen, Betriebe aktivieren.",
            ),
            goal(
                "Region ganzheitlich entwickeln",
                "Im Zusammenspiel mit it’s OWL, der REGIONALE und der Digitalen Modellregion OWL.",
            ),
        ],
        "themes": [theme(slug) for _, slug, _ in FOCUS_THEMES],
        "document": DocumentRef(ACTION_PLAN_PDF),
        "contact": contact(CONTACT),
        "body": [
            heading("Zwischenbilanz"),
            paragraph(
                "Die Ziele und Meilensteine des Konzepts wurden bisher eingehalten. Die Partner "
                "arbeiten engagiert zusammen, und die elf umgesetzten Projekte haben praxisnahe "
                "Lösungen hervorgebracht, die in OWL und darüber hinaus gefragt sind."
            ),
            heading("Warum weiterentwickeln?"),
            paragraph(
                "Die Digitalisierung steht erst am Anfang und wird an Tempo und Breite zulegen. "
                "Deshalb hat die OstWestfalenLippe GmbH das Konzept gemeinsam mit den "
                "Wirtschaftsförderungen der Kreise und der Stadt Bielefeld, Hochschulen, "
                "Forschungsinstituten, Kammern, Branchennetzwerken, den Fraktionen im Regionalrat, "
                "Verbänden und gesellschaftlichen Gruppen überarbeitet."
            ),
            heading("Querschnittsthemen"),
            paragraph(
                "- Qualifizierung\n"
                "- Transparenz der Angebote\n"
                "- Neue Zugänge und Aktivierung von Unternehmen, vor allem KMU"
            ),
            quote(MOTTO, "Motto von OWL 4.0"),
            document(DocumentRef(ACTION_PLAN_PDF), "Handlungskonzept herunterladen (PDF)"),
            contact_block(contact(CONTACT), "Ansprechpartner"),
        ],
    },
}

STORY = {
    "type": "StoryPage",
    "slug": "sieben-neue-projektideen",
    "title": "OWL 4.0 weiterentwickelt: sieben neue Projektideen",
    "fields": {
        "intro": "Aus den Erfahrungen mit elf Projekten sind sieben neue Ideen entstanden. Sie "
        "wurden beim Aufruf Regio.NRW zur Förderung eingereicht.",
        # The seed gives 28 September without a year; 2018 is inferred from the projects'
        # period 2019–2022.
        "date": date(2018, 9, 28),
        "author": contact(CONTACT),
        "image": ImageRef(HERO),
        "tags": ["Regio.NRW", "Handlungskonzept", "Projekte"],
        "themes": [theme(slug) for _, slug, _ in FOCUS_THEMES],
        "body": [
            paragraph(
                "Die neuen Vorhaben für 2019 bis 2022 greifen die sechs Schwerpunktthemen auf und "
                "sollen sich gegenseitig ergänzen. Über die Förderung wird im Februar entschieden."
            ),
            call_to_action(
                "Alle eingereichten Projekte im Überblick:", "Zu den Projekten", PageRef("projekte")
            ),
        ],
    },
}

REGION = {
    "site": {"hostname": "owl.localhost", "port": 80, "name": NAME},
    "palette": ((110, 20, 40), (215, 85, 60), (250, 210, 120)),
    "images": [
        {"title": HERO, "kind": "hero"},
        {"title": LOGO, "kind": "logo"},
        {"title": CONTACT, "kind": "portrait"},
        *({"title": title, "kind": "photo"} for _, title, _, _ in SUBMITTED_PROJECTS),
        *({"title": title, "kind": "photo"} for _, title, _ in COMPLETED_PROJECTS),
    ],
    "documents": [
        {
            "title": ACTION_PLAN_PDF,
            "pages": [
                "OWL 4.0 – Industrie, Arbeit, Gesellschaft (Demo-Fassung)\n\n"
                "Platzhalter der Demo-Inhalte für das weiterentwickelte Handlungskonzept.\n\n"
                f"Motto: {MOTTO}. Strategiezeitraum 2022–2025."
            ],
        }
    ],
    "snippets": {
        "Theme": [
            {"name": name, "slug": slug, "description": description}
            for name, slug, description in FOCUS_THEMES
        ],
        "Organisation": [
            {
                "name": OPERATOR,
                "kind": "agency",
                "description": "Regionale Entwicklungsgesellschaft für OstWestfalenLippe; "
                "koordiniert das Handlungskonzept OWL 4.0 mit den Partnern der Region.",
                "logo": ImageRef(LOGO),
            },
            {
                "name": "Spitzencluster it’s OWL",
                "kind": "association",
                "description": "Technologienetzwerk der Region, mit dem OWL 4.0 eng "
                "zusammenarbeitet.",
            },
        ],
        "Contact": [
            {
                "name": CONTACT,
                "role": "Ansprechpartner Handlungskonzept OWL 4.0",
                "organisation": organisation(OPERATOR),
                "phone": "0521 96733-22",
                "photo": ImageRef(CONTACT),
            }
        ],
    },
    "home": {
        "type": "RegionHomePage",
        "slug": "owl",
        "title": NAME,
        "fields": {
            "region_name": NAME,
            "claim": MOTTO,
            "intro": "OstWestfalenLippe nutzt die Digitalisierung für Industrie, Arbeit und "
            "Gesellschaft. Das Handlungskonzept OWL 4.0 bündelt dafür Wirtschaftsförderungen, "
            "Hochschulen, Kammern und Netzwerke der Region.",
            "hero_image": ImageRef(HERO),
            "operator": organisation(OPERATOR),
            "contact": contact(CONTACT),
            "key_facts": [
                key_fact("11", "abgeschlossene Projekte"),
                key_fact("7", f"eingereichte Projekte ({PROGRAMME})"),
                key_fact("40", "Partner im Strategieprozess"),
                key_fact("2022–2025", "Zeitraum des Strategieprozesses"),
            ],
            "body": [
                heading("Digitalisierung als Chance für die Region"),
                paragraph(
                    "2015 hat sich OstWestfalenLippe mit dem Handlungskonzept OWL 4.0 auf den Weg "
                    "gemacht. Regionale Partner haben seither elf Projekte erfolgreich "
                    "abgeschlossen. Weil der digitale Wandel immer schneller voranschreitet, "
                    "wurde das Konzept gemeinsam fortgeschrieben."
                ),
                facts(
                    "OWL 4.0 in Zahlen",
                    fact("11", "abgeschlossene Projekte"),
                    fact("7", "neue Projektideen"),
                    fact("40", "Partner"),
                    fact("6", "Schwerpunktthemen"),
                ),
                timeline(
                    # Years from the seed; the submission's year is inferred (see STORY).
                    "Stationen",
                    ("2015", "Start des Handlungskonzepts", f"Unter dem Motto „{MOTTO}“."),
                    ("Bilanz", "Elf Projekte umgesetzt", "Ziele und Meilensteine eingehalten."),
                    (
                        "2018",
                        "Sieben Projekte eingereicht",
                        f"Beim Projektaufruf {PROGRAMME}, für den Zeitraum 2019–2022.",
                    ),
                    ("2022–2025", "Strategieprozess", "40 Partner entwickeln neue Maßnahmen."),
                ),
                image(ImageRef(HERO), "OstWestfalenLippe gestaltet den digitalen Wandel"),
                quote(MOTTO, "Motto von OWL 4.0"),
                checklist(
                    "Die Schwerpunktthemen",
                    *(name for name, _, _ in FOCUS_THEMES),
                ),
                call_to_action(
                    "Ziele, Partner und Zeitplan des Konzepts:",
                    "Zum Handlungskonzept",
                    page=PageRef("strategie/owl-4-0"),
                ),
                document(DocumentRef(ACTION_PLAN_PDF)),
                contact_block(contact(CONTACT), "Ihr Ansprechpartner"),
            ],
        },
    },
    "pages": [
        {
            "type": "StrategyIndexPage",
            "in_menu": True,
            "slug": "strategie",
            "title": "Strategie",
            "fields": {"intro": "Das Handlungskonzept OWL 4.0."},
            "children": [ACTION_PLAN],
        },
        {
            "type": "ProjectIndexPage",
            "in_menu": True,
            "slug": "projekte",
            "title": "Projekte",
            "fields": {"intro": "Abgeschlossene und eingereichte Projekte des Handlungskonzepts."},
            "children": [
                *(
                    _project(
                        slug,
                        title,
                        teaser,
                        "submitted",
                        [theme_slug] if theme_slug else [],
                        2019,
                        2022,
                    )
                    for slug, title, theme_slug, teaser in SUBMITTED_PROJECTS
                ),
                *(
                    _project(slug, title, teaser, "completed", [], None, None)
                    for slug, title, teaser in COMPLETED_PROJECTS
                ),
            ],
        },
        {
            "type": "StoryIndexPage",
            "in_menu": True,
            "slug": "stories",
            "title": "Stories",
            "fields": {"intro": "Neuigkeiten aus OWL 4.0."},
            "children": [STORY],
        },
        {
            "type": "ContentPage",
            "slug": "ueber-uns",
            "in_menu": True,
            "title": "Über uns",
            "fields": {
                "intro": "Wer OWL 4.0 trägt und mit wem das Konzept zusammenspielt.",
                "body": [
                    heading("Träger und Partner"),
                    paragraph(
                        "Die OstWestfalenLippe GmbH koordiniert das Handlungskonzept. Es hat einen "
                        "festen Platz in der Regionalentwicklung und greift mit dem Spitzencluster "
                        "it’s OWL, der REGIONALE und der Initiative Digitale Modellregion OWL "
                        "ineinander."
                    ),
                    contact_block(contact(CONTACT)),
                ],
            },
        },
        *legal_pages(OPERATOR),
    ],
    "settings": region_settings(
        LOGO, "#a83838", **microsite_frontend("owl.localhost")
    ),  # the logo's colour
}

# Main menu from the pages marked in_menu, footer with the legal pages.
REGION["navigation"] = navigation(REGION["pages"])
REGION["redirects"] = legal_redirects()
