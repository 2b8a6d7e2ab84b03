"""Smart Region Kreis Unna – inter-municipal cooperation (IKZ) of the district and its towns.

Facts from the seed: all ten municipalities of the district and Kreis Unna itself take part; a
project office (Projektleitstelle) at the town of Schwerte steers the work; the vision of a
networked district between Metropole Ruhr, Münsterland and Südwestfalen; the four goals; twelve
thematic fields. The prose is written for the demo.

The vision is a StrategyPage of kind "framework": it is the shared frame all eleven partners
agree on (like the Rahmenstrategie in Südwestfalen), not the strategy of one municipality."""

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

NAME = "Smart Region Kreis Unna"
DISTRICT = "Kreis Unna"
OFFICE = "Projektleitstelle Smart Region Kreis Unna"
TEAM = "Team der Projektleitstelle"

HERO = "Titelbild Kreis Unna"
LOGO = "Logo Smart Region Kreis Unna"
VISION_PAPER = "Visionspapier Smart Region Kreis Unna"

MEMBERS = [
    "Bergkamen",
    "Bönen",
    "Fröndenberg/Ruhr",
    "Holzwickede",
    "Kamen",
    "Lünen",
    "Schwerte",
    "Selm",
    "Unna",
    "Werne",
]

# The seed gives only the number of thematic fields (12), not their names: these twelve are
# illustrative, typical fields of smart-city work.
THEMATIC_FIELDS = [
    ("Smarte Verwaltung", "smarte-verwaltung", "Digitale Dienste und Abläufe in den Rathäusern."),
    ("Mobilität und Verkehr", "mobilitaet-und-verkehr", "Vernetzte Angebote für Pendelnde."),
    ("Energie und Klimaschutz", "energie-und-klimaschutz", "Daten für die Energiewende vor Ort."),
    ("Umwelt und Ressourcen", "umwelt-und-ressourcen", "Wasser, Luft und Flächen im Blick."),
    ("Bildung und Qualifizierung", "bildung-und-qualifizierung", "Digitale Kompetenzen stärken."),
    ("Gesundheit und Pflege", "gesundheit-und-pflege", "Unterstützung im Alltag und Quartier."),
    ("Wirtschaft und Handel", "wirtschaft-und-handel", "Innenstädte und Betriebe digital stärken."),
    ("Digitale Infrastruktur", "digitale-infrastruktur", "Netze, Funk und Sensorik."),
    ("Daten und Plattformen", "daten-und-plattformen", "Gemeinsame Datenbasis für die Region."),
    ("Bürgerbeteiligung", "buergerbeteiligung", "Mitreden und mitgestalten, auch online."),
    ("Sicherheit und Bevölkerungsschutz", "sicherheit", "Warnen, informieren, vorsorgen."),
    ("Stadt- und Quartiersentwicklung", "quartiersentwicklung", "Lebenswerte Orte planen."),
]

VISION = {
    "type": "StrategyPage",
    "slug": "vision",
    "title": "Vision Smart Region Kreis Unna",
    "fields": {
        "intro": "Ein Kreis aus cleveren Städten und Gemeinden, die miteinander vernetzt sind: "
        "Das ist das Bild, auf das die elf Partner gemeinsam hinarbeiten.",
        "kind": "framework",
        "goals": [
            goal(
                "Ressourcen schonen",
                "Technologien einsetzen, die mit Energie und Material sparsam umgehen.",
            ),
            goal(
                "Zukunftsfähig werden",
                "Städte und Raum so entwickeln, dass sie kommenden Anforderungen gewachsen sind.",
            ),
            goal(
                "Integrieren und vernetzen",
                "Ökologische und soziale Verbesserungen durch verbundene Lösungen erreichen.",
            ),
            goal(
                "Beteiligung stärken",
                "Bürgerinnen und Bürger stärker in Vorhaben einbeziehen.",
            ),
        ],
        "themes": [theme(slug) for _, slug, _ in THEMATIC_FIELDS],
        "document": DocumentRef(VISION_PAPER),
        "contact": contact(TEAM),
        "body": [
            heading("Ein Knotenpunkt zwischen drei Regionen"),
            paragraph(
                "Der Kreis Unna liegt dort, wo Metropole Ruhr, Münsterland und Südwestfalen "
                "aufeinandertreffen. Als Smart Region soll er diese Lage nutzen: als Verbund "
                "smarter Städte und Gemeinden, die wirtschaftlich und digital eng verbunden sind."
            ),
            heading("Gemeinsam statt nebeneinander"),
            paragraph(
                "Die Partner sind überzeugt, dass smarte Städte nur im Zusammenspiel entstehen – "
                "mit Verwaltungen, Wirtschaft, Forschung, öffentlichen Einrichtungen und der "
                "Stadtgesellschaft, so wie es die Smart City Charta beschreibt. Deshalb wollen sie "
                "Projekte künftig untereinander abstimmen, gemeinsame Regeln und Schnittstellen "
                "schaffen und Synergien heben."
            ),
            paragraph(
                "Leitlinie ist das Gemeinwohl: Lebensqualität und Standortqualität sollen steigen, "
                "im Sinne der neuen Leipzig Charta. Zugleich helfen Innovationen, die Folgen des "
                "Strukturwandels und des Kohleausstiegs zu bewältigen und eine widerstandsfähige "
                "Region zu formen."
            ),
            quote("Digitalisierung endet nicht am Ortsschild.", "Leitgedanke der Zusammenarbeit"),
            document(DocumentRef(VISION_PAPER)),
            contact_block(contact(TEAM), "Fragen zur Vision"),
        ],
    },
}

REGION = {
    "site": {"hostname": "kreis-unna.localhost", "port": 80, "name": NAME},
    "palette": ((24, 96, 64), (120, 180, 60), (235, 240, 200)),
    "images": [
        {"title": HERO, "kind": "hero"},
        {"title": LOGO, "kind": "logo"},
        {"title": "Projektleitstelle in Schwerte", "kind": "photo"},
    ],
    "documents": [
        {
            "title": VISION_PAPER,
            "pages": [
                f"{VISION_PAPER} (Demo-Fassung)\n\n"
                "Platzhalter der Demo-Inhalte für das gemeinsame Papier der elf Partner der "
                "interkommunalen Zusammenarbeit.\n\n"
                "Ziele: Ressourcen schonen, zukunftsfähig werden, integrieren und vernetzen, "
                "Beteiligung stärken."
            ],
        }
    ],
    "snippets": {
        "Theme": [
            {"name": name, "slug": slug, "description": description}
            for name, slug, description in THEMATIC_FIELDS
        ],
        "Organisation": [
            {
                "name": OFFICE,
                "kind": "municipality",
                "description": "Bei der Stadt Schwerte angesiedelt: steuert die Zusammenarbeit "
                "operativ, führt die Aktivitäten der Partner zusammen und bearbeitet die Projekte.",
                "logo": ImageRef(LOGO),
            }
        ],
        "Contact": [
            {
                "name": TEAM,
                "role": "Projektleitstelle in Schwerte",
                "organisation": organisation(OFFICE),
                "email": "projektleitstelle@example.org",
            }
        ],
        "Municipality": [
            {"name": DISTRICT, "district": "", "role": "district"},
            *({"name": name, "district": DISTRICT, "role": "member"} for name in MEMBERS),
        ],
    },
    "home": {
        "type": "RegionHomePage",
        "slug": "kreis-unna",
        "title": NAME,
        "fields": {
            "region_name": NAME,
            "claim": "Clevere Städte, vernetzter Kreis",
            "intro": "Der Kreis Unna und seine zehn Städte und Gemeinden gehen die "
            "Digitalisierung gemeinsam an. In Schwerte laufen die Fäden der Zusammenarbeit "
            "zusammen.",
            "hero_image": ImageRef(HERO),
            "operator": organisation(OFFICE),
            "contact": contact(TEAM),
            "municipality_count": len(MEMBERS),
            "key_facts": [
                key_fact("10", "kreisangehörige Kommunen"),
                key_fact("1", "Kreis als Partner"),
                key_fact("12", "Themenfelder"),
            ],
            "body": [
                heading("Eine Region aus cleveren Städten"),
                paragraph(
                    "Alle zehn Kommunen des Kreises und der Kreis selbst haben sich zur "
                    "interkommunalen Zusammenarbeit Smart Region Kreis Unna verbunden. Gemeinsam "
                    "bauen sie Wissen auf, technisch wie organisatorisch, und starten Projekte, "
                    "die über die eigene Stadtgrenze hinausreichen."
                ),
                facts(
                    "Die Zusammenarbeit in Zahlen",
                    fact("11", "Partner"),
                    fact("12", "Themenfelder"),
                    fact("1", "Projektleitstelle in Schwerte"),
                ),
                timeline(
                    # The seed dates none of these steps, so the labels name phases, not years.
                    "So arbeiten wir",
                    ("Start", "Partner verständigen sich", "Kreis und Kommunen bilden die IKZ."),
                    (
                        "Aufbau",
                        "Projektleitstelle in Schwerte",
                        "Sie übernimmt Steuerung und Projektbearbeitung.",
                    ),
                    (
                        "Laufend",
                        "Abstimmen und verbinden",
                        "Gemeinsame Regeln und Schnittstellen für vernetzte Projekte.",
                    ),
                    ("Ausblick", "Projekte in 12 Themenfeldern", "Gemeinsam umsetzen, was trägt."),
                ),
                image(
                    ImageRef("Projektleitstelle in Schwerte"), "Die Projektleitstelle in Schwerte"
                ),
                quote(
                    "Digitalisierung endet nicht am Ortsschild.", "Leitgedanke der Zusammenarbeit"
                ),
                checklist(
                    "Unsere Ziele",
                    "Technologien nutzen, die Ressourcen schonen",
                    "Städte und Raum zukunftsfähiger machen",
                    "Durch Vernetzung ökologisch und sozial gewinnen",
                    "Bürgerinnen und Bürger stärker beteiligen",
                ),
                call_to_action(
                    "Wohin sich der Kreis Unna entwickeln soll:",
                    "Zur Vision",
                    page=PageRef("strategie/vision"),
                ),
                document(DocumentRef(VISION_PAPER)),
                contact_block(contact(TEAM), "Kontakt zur Projektleitstelle"),
            ],
        },
    },
    "pages": [
        {
            "type": "StrategyIndexPage",
            "in_menu": True,
            "slug": "strategie",
            "title": "Strategie",
            "fields": {"intro": "Die gemeinsame Vision der elf Partner."},
            "children": [VISION],
        },
        {
            "type": "ContentPage",
            "slug": "ueber-uns",
            "in_menu": True,
            "title": "Über uns",
            "fields": {
                "intro": "Wer an der Smart Region Kreis Unna mitwirkt und wie die Arbeit "
                "organisiert ist.",
                "body": [
                    heading("Die Partner"),
                    paragraph(
                        f"Der {DISTRICT} und seine Städte und Gemeinden:\n\n"
                        + "\n".join(f"- {name}" for name in MEMBERS)
                    ),
                    heading("Die Projektleitstelle"),
                    paragraph(
                        "Für die Umsetzung hat die Stadt Schwerte eine Projektleitstelle "
                        "eingerichtet. Sie steuert den Alltag der Kooperation, bündelt die "
                        "Aktivitäten der Partner und kümmert sich um die Projektarbeit."
                    ),
                    contact_block(contact(TEAM)),
                ],
            },
        },
        *legal_pages(OFFICE),
    ],
    "settings": region_settings(
        LOGO, "#417a32", **microsite_frontend("kreis-unna.localhost")
    ),  # the logo's colour
}

# Main menu from the pages marked in_menu, footer with the legal pages.
REGION["navigation"] = navigation(REGION["pages"])
REGION["redirects"] = legal_redirects()
