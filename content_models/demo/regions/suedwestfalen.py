"""Smart Cities: 5 für Südwestfalen – the federal model project of five pioneer municipalities.

Facts from the seeds: 1.38 M inhabitants, 6,200 km², 222 per km², 59 municipalities; five
pioneers and 14 joining municipalities; 13 M EUR federal funding; the framework strategy of 2020
with the motto Digital – Nachhaltig – Authentisch; Smart Cities: Schule since 2020; the project
manager Matthias Barutowicz. The prose is written for the demo.

Where the seeds give only a year (or only the order of events), the day is illustrative. The
guideline titles and the upcoming events are illustrative too: the seeds name neither."""

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from ..refs import DocumentRef, ImageRef, PageRef, contact, municipality, organisation, theme
from .body import (
    call_to_action,
    checklist,
    checklist_item,
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

NAME = "Smart Cities: 5 für Südwestfalen"
BERLIN = ZoneInfo("Europe/Berlin")

HERO = "Titelbild Südwestfalen"
LOGO = "Logo Smart Cities: 5 für Südwestfalen"
STRATEGY_PAPER = "Strategiepapier: Smart Cities Rahmenstrategie für Südwestfalen"
MANAGER = "Matthias Barutowicz"
AGENCY = "Südwestfalen Agentur"

PIONEERS = [
    ("Arnsberg", "Hochsauerlandkreis"),
    ("Bad Berleburg", "Kreis Siegen-Wittgenstein"),
    ("Menden", "Märkischer Kreis"),
    ("Olpe", "Kreis Olpe"),
    ("Soest", "Kreis Soest"),
]

# The 14 municipalities that joined by autumn 2021, as the seed lists them. „Wendener Land“ is
# the association around the municipality of Wenden (Kreis Olpe).
JOINING = [
    ("Attendorn", "Kreis Olpe"),
    ("Brilon", "Hochsauerlandkreis"),
    ("Burbach", "Kreis Siegen-Wittgenstein"),
    ("Drolshagen", "Kreis Olpe"),
    ("Hemer", "Märkischer Kreis"),
    ("Iserlohn", "Märkischer Kreis"),
    ("Lippstadt", "Kreis Soest"),
    ("Lüdenscheid", "Märkischer Kreis"),
    ("Plettenberg", "Märkischer Kreis"),
    ("Siegen", "Kreis Siegen-Wittgenstein"),
    ("Wendener Land", "Kreis Olpe"),
    ("Werdohl", "Märkischer Kreis"),
    ("Werl", "Kreis Soest"),
    ("Winterberg", "Hochsauerlandkreis"),
]

GUIDELINES = [
    # (number, slug, title, theme slugs, checklist)
    (
        1,
        "eigene-smart-city-strategie",
        "Leitfaden 1: Von der Rahmenstrategie zur eigenen Smart-City-Strategie",
        ["verwaltung", "wissenstransfer"],
        [
            "Ziele der Stadtentwicklung zusammentragen",
            "Bedarfe mit Verwaltung, Politik und Bürgerschaft erheben",
            "Schwerpunkte festlegen und mit der Rahmenstrategie abgleichen",
            "Zuständigkeiten und Zeitplan im Rat beschließen lassen",
        ],
    ),
    (
        2,
        "digital-beteiligen",
        "Leitfaden 2: Bürgerinnen und Bürger digital beteiligen",
        ["beteiligung"],
        [
            "Frage und Entscheidungsspielraum klar benennen",
            "Online- und Präsenzformate kombinieren",
            "Ergebnisse veröffentlichen und Rückmeldung geben",
        ],
    ),
    (
        3,
        "offene-daten",
        "Leitfaden 3: Offene Daten in der Kommune bereitstellen",
        ["verwaltung", "vernetzung"],
        [
            "Vorhandene Datensätze erfassen",
            "Lizenz und Format festlegen",
            "Daten auf einem Portal veröffentlichen und pflegen",
        ],
    ),
]


def _guideline(number, slug, title, theme_slugs, items):
    return {
        "type": "GuidelinePage",
        "slug": slug,
        "title": title,
        "fields": {
            "intro": f"Teil {number} der Leitfaden-Reihe für die Städte und Gemeinden "
            "Südwestfalens: praktische Schritte zum Nachmachen.",
            "number": number,
            "summary": "Der Leitfaden bündelt, was die Pionierkommunen dabei gelernt haben, "
            "und zeigt, wie andere Kommunen ohne Umwege starten.",
            "published_on": date(2021, 3 + number, 1),
            "author": contact(MANAGER),
            "themes": [theme(theme_slug) for theme_slug in theme_slugs],
            "checklist": [checklist_item(item) for item in items],
            "document": DocumentRef(title),
            "body": [
                heading("Für wen dieser Leitfaden gedacht ist"),
                paragraph(
                    "Für Beschäftigte aus Verwaltungen, die ein Vorhaben anstoßen möchten und "
                    "dabei auf Erfahrungen aus der Region zurückgreifen wollen."
                ),
                paragraph(
                    "Die Leitfäden entstehen im Modellprojekt, damit Wissen nicht in einer "
                    "einzelnen Kommune bleibt. Zusammen ergeben sie eine Sammlung, aus der sich "
                    "alle Orte Südwestfalens bedienen können."
                ),
            ],
        },
    }


def _municipal_strategy(name, district):
    return {
        "type": "StrategyPage",
        "slug": name.lower().replace(" ", "-"),
        "title": f"Smart-City-Strategie {name}",
        "fields": {
            "intro": f"Die kommunale Strategie von {name} ({district}) baut auf dem gemeinsamen "
            "Rahmen der Region auf und setzt eigene Schwerpunkte.",
            "kind": "municipal",
            "motto": "Digital – Nachhaltig – Authentisch",
            "themes": [theme("verwaltung"), theme("beteiligung")],
            "municipalities": [municipality(name)],
            "contact": contact(MANAGER),
            "body": [
                heading("Ein eigener Weg auf gemeinsamer Grundlage"),
                paragraph(
                    f"{name} ist eine der fünf Pionierkommunen. Welche Vorhaben Vorrang haben, "
                    "hat die Stadt nach einer Analyse der örtlichen Bedarfe und mit breiter "
                    "Beteiligung der Einwohnerinnen und Einwohner entschieden."
                ),
                paragraph(
                    "Weil jede der fünf Kommunen ihren Prozess selbst gestaltet, sammelt jede "
                    "eigene Erfahrungen – und teilt sie mit dem Netzwerk in Südwestfalen."
                ),
                call_to_action(
                    "Den gemeinsamen Rahmen aller fünf Strategien finden Sie hier.",
                    "Zur Rahmenstrategie",
                    page=PageRef("strategie/rahmenstrategie"),
                ),
            ],
        },
    }


def _story(slug, title, day, intro, body, tags, theme_slugs, picture, author=MANAGER, towns=()):
    return {
        "type": "StoryPage",
        "slug": slug,
        "title": title,
        "fields": {
            "intro": intro,
            "date": day,
            "author": contact(author),
            "image": ImageRef(picture),
            "tags": tags,
            "themes": [theme(theme_slug) for theme_slug in theme_slugs],
            "municipalities": [municipality(town) for town in towns],
            "body": body,
        },
    }


def _event(slug, title, starts_at, ends_at, event_format, location, intro, theme_slugs):
    return {
        "type": "EventPage",
        "slug": slug,
        "title": title,
        "fields": {
            "intro": intro,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "event_format": event_format,
            "location": location,
            "registration_url": f"https://veranstaltungen.example.org/suedwestfalen/{slug}",
            "image": ImageRef("Smart Cities: Schule"),
            "contact": contact(MANAGER),
            "themes": [theme(theme_slug) for theme_slug in theme_slugs],
            "body": [
                paragraph(
                    "Die Smart Cities: Schule ist ein offenes Format zum Mitmachen: Beschäftigte "
                    "aus den Kommunen tauschen sich ohne Vorkenntnisse über Smart-City-Themen aus."
                ),
            ],
        },
    }


STORIES = [
    _story(
        "menden-digitale-aufholer",
        "Menden unter den Top 3 der digitalen Aufholer",
        # 2022 is from the seed; the day is illustrative.
        date(2022, 6, 15),
        "Eine bundesweite Untersuchung vergleicht mehr als 400 Kommunen – und sieht Menden "
        "beim digitalen Fortschritt eines Jahres ganz vorn.",
        [
            paragraph(
                "Wie stark haben Städte und Gemeinden ihre Digitalisierung innerhalb von zwölf "
                "Monaten vorangebracht? Dieser Frage ging eine unabhängige Studie nach und nahm "
                "dafür über 400 Kommunen in ganz Deutschland unter die Lupe."
            ),
            paragraph(
                "Die Pionierkommune Menden schaffte es dabei auf Platz 3 der Kommunen, die am "
                "meisten aufgeholt haben. Für das Modellprojekt ist das eine schöne Bestätigung."
            ),
            facts(
                "Die Auszeichnung in Zahlen",
                fact("3", "Rang unter den digitalen Aufholern", "Platz"),
                fact("400+", "untersuchte Kommunen"),
                fact("2022", "Jahr der Auszeichnung"),
            ),
            call_to_action(
                "Wie Menden seine Smart-City-Strategie angelegt hat:",
                "Zur Strategie von Menden",
                page=PageRef("strategie/menden"),
            ),
        ],
        ["Menden", "Auszeichnung", "Digitalisierung"],
        ["verwaltung"],
        "Menden auf der digitalen Überholspur",
        towns=["Menden"],
    ),
    _story(
        "konferenz-2021-arnsberg",
        "Rückblick: Smart-Cities-Konferenz 2021 in Arnsberg",
        # 2021 and Arnsberg are from the seed; the day is illustrative.
        date(2021, 9, 23),
        "In Arnsberg kamen Kommunen aus ganz Südwestfalen zusammen, um Zwischenstände aus dem "
        "Modellprojekt zu teilen.",
        [
            paragraph(
                "Wie weit sind die fünf Pionierkommunen, und was können andere davon übernehmen? "
                "Darum ging es bei der Konferenz 2021, zu der das Modellprojekt nach Arnsberg "
                "eingeladen hatte."
            ),
            quote(
                "Wer früh von den Erfahrungen der anderen erfährt, spart sich manchen Umweg.",
                "Leitgedanke des Wissenstransfers im Modellprojekt",
            ),
        ],
        ["Konferenz", "Arnsberg", "Wissenstransfer"],
        ["vernetzung", "wissenstransfer"],
        "Konferenz 2021 in Arnsberg",
        towns=["Arnsberg"],
    ),
    _story(
        "schule-14-mitmacherkommunen",
        "Smart Cities: Schule – 14 Mitmacherkommunen",
        # „Bis zum Herbst 2021“ in the seed; the day is illustrative.
        date(2021, 10, 15),
        "Die Rahmenstrategie zieht Kreise: 14 Städte und Gemeinden aus allen Teilen der Region "
        "haben sich ihr offiziell angeschlossen.",
        [
            paragraph(
                "Neben den fünf Pionierkommunen arbeiten nun 14 weitere Kommunen mit der "
                "Rahmenstrategie und nutzen die Smart Cities: Schule als Ort für den Austausch:"
            ),
            paragraph("\n".join(f"- {name} ({district})" for name, district in JOINING)),
            call_to_action(
                "Was die Mitmacherkommunen verbindet:",
                "Zur Rahmenstrategie",
                page=PageRef("strategie/rahmenstrategie"),
            ),
        ],
        ["Smart Cities: Schule", "Mitmacherkommunen"],
        ["vernetzung", "bildung"],
        "Smart Cities: Schule",
        towns=[name for name, _district in JOINING],
    ),
    _story(
        "erste-leitfaeden",
        "Die ersten Leitfäden sind da",
        # The seed gives no date; it places the guides between 2020 and autumn 2021.
        date(2021, 4, 1),
        "Mit einer Reihe von Leitfäden macht das Modellprojekt sein Wissen für alle Kommunen "
        "der Region nutzbar.",
        [
            paragraph(
                "Was in einer Pionierkommune funktioniert, soll auch anderswo gelingen. Deshalb "
                "schreibt das Projektteam seine Erfahrungen in Leitfäden auf, die Schritt für "
                "Schritt durch ein Vorhaben führen."
            ),
            paragraph(
                "Nach und nach entsteht so eine Sammlung, die jeder Stadt und jeder Gemeinde in "
                "Südwestfalen offensteht."
            ),
            call_to_action(
                "Alle Leitfäden im Überblick:", "Zu den Leitfäden", PageRef("leitfaeden")
            ),
        ],
        ["Leitfäden", "Wissenstransfer"],
        ["wissenstransfer"],
        "Leitfäden für Südwestfalen",
    ),
    _story(
        "foerderzusage-berlin",
        "Förderzusage in Berlin: 13 Millionen Euro für Südwestfalen",
        # The seed gives no date; the federal model projects' first round was 2019.
        date(2019, 9, 10),
        "Das Konsortium „5 für Südwestfalen“ hat in Berlin die Förderurkunde für seinen "
        "gemeinsamen Smart-City-Ansatz erhalten.",
        [
            paragraph(
                "Überreicht hat die Urkunde der damalige Bundesinnenminister Horst Seehofer. Mit "
                "13 Millionen Euro unterstützt der Bund die Städte Arnsberg, Bad Berleburg, Menden, "
                "Olpe und Soest dabei, modellhaft Smart-City-Strategien zu erarbeiten."
            ),
            facts(
                "Die Förderung",
                fact("13", "Bundesförderung", "Mio. Euro"),
                fact("5", "Kommunen im Konsortium"),
            ),
        ],
        ["Förderung", "Bund"],
        ["verwaltung"],
        "Förderurkunde in Berlin",
    ),
    _story(
        "recap-suedwestfalen-geht-app",
        "Recap Smart Cities: Schule „Südwestfalen geht App!“",
        # Illustrative date: the seed names the session but not its day.
        date(2022, 3, 24),
        "Eine Ausgabe der Smart Cities: Schule drehte sich ganz um Apps für Städte und Gemeinden.",
        [
            paragraph(
                "Welche Dienste gehören aufs Smartphone, und wie gelingt ein gemeinsamer Auftritt "
                "der Region? Darüber sprachen Vertreterinnen und Vertreter aus Kommunen, die im "
                "Modellprojekt an Lösungen für die Stadt von morgen arbeiten."
            ),
            checklist(
                "Fragen aus der Runde",
                "Welche Angebote nutzen Bürgerinnen und Bürger unterwegs am häufigsten?",
                "Wie lassen sich Daten mehrerer Kommunen in einer App bündeln?",
                "Wer pflegt die Inhalte langfristig?",
            ),
        ],
        ["Smart Cities: Schule", "Apps", "Recap"],
        ["bildung", "verwaltung"],
        "Südwestfalen geht App",
    ),
]

EVENTS = [
    _event(
        "konferenz-2021-arnsberg",
        "Smart Cities: Konferenz 2021",
        datetime(2021, 9, 23, 10, 0, tzinfo=BERLIN),
        datetime(2021, 9, 23, 16, 30, tzinfo=BERLIN),
        "onsite",
        "Arnsberg",
        "Treffpunkt der Region: Pionier- und Mitmacherkommunen berichten, was sie gelernt haben.",
        ["vernetzung", "wissenstransfer"],
    ),
    _event(
        "schule-suedwestfalen-geht-app",
        "Smart Cities: Schule – Südwestfalen geht App!",
        datetime(2022, 3, 24, 14, 0, tzinfo=BERLIN),
        datetime(2022, 3, 24, 16, 0, tzinfo=BERLIN),
        "online",
        "Videokonferenz",
        "Apps für Kommunen: was sie leisten und wie die Region sie gemeinsam anbieten kann.",
        ["bildung", "verwaltung"],
    ),
    # Upcoming sessions, so that frontends have future dates to show (illustrative).
    _event(
        "schule-offene-daten",
        "Smart Cities: Schule – Offene Daten",
        datetime(2027, 2, 11, 14, 0, tzinfo=BERLIN),
        datetime(2027, 2, 11, 16, 0, tzinfo=BERLIN),
        "online",
        "Videokonferenz",
        "Welche Daten eine Kommune veröffentlichen kann und wie sie dabei vorgeht.",
        ["verwaltung", "vernetzung"],
    ),
    _event(
        "schule-digitale-beteiligung",
        "Smart Cities: Schule – Digitale Beteiligung",
        datetime(2027, 3, 18, 14, 0, tzinfo=BERLIN),
        datetime(2027, 3, 18, 17, 0, tzinfo=BERLIN),
        "hybrid",
        "Olpe und Videokonferenz",
        "Beteiligungsformate im Vergleich, mit Beispielen aus den Pionierkommunen.",
        ["beteiligung"],
    ),
]

FRAMEWORK_STRATEGY = {
    "type": "StrategyPage",
    "slug": "rahmenstrategie",
    "title": "Smart Cities Rahmenstrategie für Südwestfalen",
    "fields": {
        "intro": "Die gemeinsame Leitlinie der fünf Pionierkommunen: Mit ihr kann jede Kommune "
        "der Region Digitalisierung und Stadtentwicklung planvoll verbinden.",
        "kind": "framework",
        "motto": "Digital – Nachhaltig – Authentisch",
        "municipalities": [municipality(name) for name, _district in PIONEERS],
        # The seed gives the year 2020; the day is illustrative.
        "adopted_on": date(2020, 11, 30),
        "goals": [
            goal(
                "Digitalisierung und Stadtentwicklung zusammendenken",
                "Kommunen erhalten einen Handlungsrahmen, mit dem sie digitale Vorhaben an ihren "
                "Entwicklungszielen ausrichten.",
            ),
            goal(
                "Smart City für Südwestfalen bestimmen",
                "Die Strategie klärt, was der Begriff in dieser Region bedeutet, und knüpft an "
                "die Smart City Charta des Bundes an.",
            ),
            goal(
                "Erfahrungen in der ganzen Region teilen",
                "Was die Pionierkommunen lernen, steht allen 59 Städten und Gemeinden offen – "
                "Nachmachen ist gewollt.",
            ),
            goal(
                "Gutes Leben in Südwestfalen sichern",
                "Digitale Lösungen sollen den Alltag der Menschen spürbar erleichtern.",
            ),
        ],
        "themes": [
            theme("verwaltung"),
            theme("beteiligung"),
            theme("mobilitaet"),
            theme("wissenstransfer"),
        ],
        "document": DocumentRef(STRATEGY_PAPER),
        "contact": contact(MANAGER),
        "body": [
            heading("Ein Rahmen für die ganze Region"),
            paragraph(
                "2020 haben die Partner des Konsortiums ihre gemeinsame Vision in der "
                "Rahmenstrategie festgehalten. Sie beschreibt, wie eine ganze Region strategisch "
                "vorgeht, was Smart City hier heißt und wo die Smart City Charta des Bundes "
                "anschließt."
            ),
            heading("Die Südwestfalen-DNA als Kompass"),
            paragraph(
                "Grundlage ist das Leitmotiv Digital – Nachhaltig – Authentisch, mit dem viele "
                "Akteure bereits in der REGIONALE arbeiten. Für die Rahmenstrategie wurde daraus "
                "ein Arbeitsziel: gemeinsam und auf digitale, nachhaltige und authentische Weise "
                "für ein gutes Leben in Südwestfalen sorgen."
            ),
            quote("Digital – Nachhaltig – Authentisch", "Leitmotiv der Südwestfalen-DNA"),
            heading("Fünf kommunale Strategien"),
            paragraph(
                "Auf diesem Rahmen bauen die Strategien der fünf Pionierkommunen auf. Jede "
                "berücksichtigt die Eigenheiten vor Ort und setzt nach Bedarfsanalyse und "
                "Beteiligung eigene Schwerpunkte."
            ),
            document(DocumentRef(STRATEGY_PAPER), "Strategiepapier herunterladen (PDF)"),
            contact_block(contact(MANAGER), "Fragen zur Rahmenstrategie"),
        ],
    },
}

REGION = {
    "site": {"hostname": "suedwestfalen.localhost", "port": 80, "name": NAME, "is_default": True},
    "palette": ((22, 58, 112), (0, 140, 130), (200, 215, 60)),
    "images": [
        {"title": HERO, "kind": "hero"},
        {"title": LOGO, "kind": "logo"},
        {"title": MANAGER, "kind": "portrait"},
        {"title": "Menden auf der digitalen Überholspur", "kind": "photo"},
        {"title": "Konferenz 2021 in Arnsberg", "kind": "photo"},
        {"title": "Smart Cities: Schule", "kind": "photo"},
        {"title": "Leitfäden für Südwestfalen", "kind": "photo"},
        {"title": "Förderurkunde in Berlin", "kind": "photo"},
        {"title": "Südwestfalen geht App", "kind": "photo"},
    ],
    "documents": [
        {
            "title": STRATEGY_PAPER,
            "pages": [
                "Smart Cities Rahmenstrategie für Südwestfalen (Demo-Fassung)\n\n"
                "Diese Datei ist ein Platzhalter der Demo-Inhalte. Sie steht für das "
                "Strategiepapier, das die fünf Pionierkommunen 2020 gemeinsam vorgelegt "
                "haben.\n\n"
                "Leitmotiv: Digital – Nachhaltig – Authentisch."
            ],
        },
        *(
            {
                "title": title,
                "pages": [
                    f"{title}\n\nPlatzhalter der Demo-Inhalte.\n\n"
                    + "\n".join(f"[ ] {item}" for item in items)
                ],
            }
            for _, _, title, _, items in GUIDELINES
        ),
    ],
    "snippets": {
        "Theme": [
            {
                "name": "Wissenstransfer",
                "slug": "wissenstransfer",
                "description": "Wie Erfahrungen der Pionierkommunen in die ganze Region gelangen: "
                "Leitfäden, Konferenzen und die Smart Cities: Schule.",
            }
        ],
        "Organisation": [
            {
                "name": AGENCY,
                "kind": "agency",
                "description": "Regionale Entwicklungsgesellschaft der fünf Kreise "
                "Hochsauerlandkreis, Märkischer Kreis, Kreis Olpe, Kreis Siegen-Wittgenstein "
                "und Kreis Soest. Im Modellprojekt knüpft sie das Netz: Sie verantwortet die "
                "gemeinsame Kommunikation und sorgt dafür, dass Wissen in der Region ankommt.",
                "logo": ImageRef(LOGO),
            }
        ],
        "Contact": [
            {
                "name": MANAGER,
                "role": "Projektmanager Smart Cities: 5 für Südwestfalen",
                "organisation": organisation(AGENCY),
                "photo": ImageRef(MANAGER),
            }
        ],
        "Municipality": [
            *(
                {"name": name, "district": district, "role": "pioneer"}
                for name, district in PIONEERS
            ),
            *(
                {"name": name, "district": district, "role": "joining"}
                for name, district in JOINING
            ),
        ],
    },
    "home": {
        "type": "RegionHomePage",
        "slug": "suedwestfalen",
        "title": NAME,
        "fields": {
            "region_name": NAME,
            "claim": "Gemeinsam auf dem Weg zur smartesten Region bis 2030",
            "intro": "Fünf Pionierkommunen und ein wachsender Kreis von Mitmacherkommunen "
            "gestalten die digitale Zukunft Südwestfalens. Hier lesen Sie, wie Stadtentwicklung "
            "und Digitalisierung zusammenfinden – und wie Ihre Kommune einsteigen kann.",
            "hero_image": ImageRef(HERO),
            "operator": organisation(AGENCY),
            "contact": contact(MANAGER),
            "inhabitants": 1_380_000,
            "area_km2": Decimal("6200.00"),
            "density_per_km2": 222,
            "municipality_count": 59,
            "key_facts": [
                key_fact("13", "Bundesförderung für das Modellprojekt", "Mio. Euro"),
                key_fact("5", "Pionierkommunen"),
                key_fact("14", "Mitmacherkommunen"),
                key_fact("5", "Kreise"),
            ],
            "body": [
                heading("Warum Südwestfalen smart wird"),
                paragraph(
                    "Weltweite Entwicklungen erreichen auch das Sauerland, das Siegerland und "
                    "den Hellweg. Damit die Region Schritt hält und an Qualität gewinnt, "
                    "verknüpfen Kommunen ihre Stadt- und Ortsentwicklung mit digitalen Werkzeugen."
                ),
                paragraph(
                    "Smart City verstehen wir dabei als integriertes Konzept: Eine kluge Planung "
                    "richtet Städte und Dörfer an dem aus, was die Menschen dort brauchen – heute "
                    "und in Zukunft."
                ),
                facts(
                    "Südwestfalen in Zahlen",
                    fact("1,38", "Einwohnerinnen und Einwohner", "Mio."),
                    fact("6.200", "Fläche", "km²"),
                    fact("222", "Einwohner je km²"),
                    fact("59", "Städte und Gemeinden"),
                ),
                timeline(
                    # Years as the seeds give them; „Auftakt“ stands for the funding decision,
                    # which the seed does not date, and the guidelines' year is estimated from
                    # the seed's order of events.
                    "Unser Weg bisher",
                    (
                        "Auftakt",
                        "Förderzusage in Berlin",
                        "Der Bund fördert das Konsortium „5 für Südwestfalen“ mit 13 Millionen "
                        "Euro.",
                    ),
                    (
                        "2020",
                        "Rahmenstrategie",
                        "Die Pionierkommunen legen eine gemeinsame Leitlinie für alle Kommunen "
                        "der Region vor.",
                    ),
                    (
                        "2020",
                        "Start der Smart Cities: Schule",
                        "Die Südwestfalen Agentur gründet ein offenes Austauschformat für "
                        "Verwaltungsbeschäftigte.",
                    ),
                    ("2020/21", "Erste Leitfäden", "Die Reihe zum Wissenstransfer beginnt."),
                    (
                        "Herbst 2021",
                        "14 Mitmacherkommunen",
                        "Weitere Städte und Gemeinden schließen sich offiziell an.",
                    ),
                    ("2021", "Konferenz in Arnsberg", "Die Region zieht Zwischenbilanz."),
                    (
                        "2022",
                        "Auszeichnung für Menden",
                        "Rang 3 unter den digitalen Aufholern bundesweit.",
                    ),
                ),
                image(ImageRef("Konferenz 2021 in Arnsberg"), "Austausch auf der Konferenz 2021"),
                quote(
                    "Digital, nachhaltig und authentisch – so soll das gute Leben in Südwestfalen "
                    "gemeinsam gelingen.",
                    "Arbeitsziel der Rahmenstrategie, sinngemäß",
                ),
                checklist(
                    "So steigt Ihre Kommune ein",
                    "Rahmenstrategie lesen und mit den eigenen Zielen abgleichen",
                    "An einer Sitzung der Smart Cities: Schule teilnehmen",
                    "Eine Ansprechperson in der Verwaltung benennen",
                    "Offiziell als Mitmacherkommune beitreten",
                ),
                call_to_action(
                    "Wie die Rahmenstrategie Digitalisierung und Stadtentwicklung verbindet:",
                    "Zur Rahmenstrategie",
                    page=PageRef("strategie/rahmenstrategie"),
                ),
                document(DocumentRef(STRATEGY_PAPER), "Rahmenstrategie als PDF"),
                contact_block(contact(MANAGER), "Ihr Ansprechpartner"),
            ],
        },
    },
    "pages": [
        {
            "type": "StrategyIndexPage",
            "in_menu": True,
            "slug": "strategie",
            "title": "Strategie",
            "fields": {
                "intro": "Die gemeinsame Rahmenstrategie und die Strategien der fünf "
                "Pionierkommunen."
            },
            "children": [
                FRAMEWORK_STRATEGY,
                *(_municipal_strategy(name, district) for name, district in PIONEERS),
            ],
        },
        {
            "type": "GuidelineIndexPage",
            "in_menu": True,
            "slug": "leitfaeden",
            "title": "Leitfäden",
            "fields": {
                "intro": "Praxiswissen aus dem Modellprojekt, aufbereitet für alle Kommunen "
                "in Südwestfalen."
            },
            "children": [_guideline(*guideline) for guideline in GUIDELINES],
        },
        {
            "type": "StoryIndexPage",
            "in_menu": True,
            "slug": "stories",
            "title": "Stories",
            "fields": {"intro": "Neuigkeiten, Rückblicke und Erfolge aus dem Modellprojekt."},
            "children": STORIES,
        },
        {
            "type": "EventIndexPage",
            "in_menu": True,
            "slug": "veranstaltungen",
            "title": "Veranstaltungen",
            "fields": {
                "intro": "Konferenzen und Sitzungen der Smart Cities: Schule – offen für alle, "
                "die Wissen teilen möchten."
            },
            "children": EVENTS,
        },
        {
            "type": "ContentPage",
            "slug": "ueber-uns",
            "in_menu": True,
            "title": "Über uns",
            "fields": {
                "intro": "Wer hinter dem Modellprojekt steht und wie das Netzwerk arbeitet.",
                "body": [
                    heading("Die Südwestfalen Agentur als Knotenpunkt"),
                    paragraph(
                        "Im Konsortium laufen bei der Südwestfalen Agentur die Fäden zusammen. "
                        "Sie kümmert sich um die gemeinsame Kommunikation und darum, dass "
                        "Erkenntnisse in der ganzen Region ankommen."
                    ),
                    paragraph(
                        "Dafür hat sie 2020 die Smart Cities: Schule gegründet: ein leicht "
                        "zugängliches Format, in dem Beschäftigte aus Kommunen mitmachen und sich "
                        "austauschen. Bis zum Herbst 2021 sind 14 weitere Kommunen dazugekommen."
                    ),
                    heading("Voneinander lernen"),
                    paragraph(
                        "Aus den Strategien der Pionierkommunen entstehen gemeinsame Abläufe und "
                        "neue Verbindungen, wo es passt auch zu smarten Vorhaben der REGIONALE "
                        "2025. Wer eine Idee übernehmen möchte, ist dazu herzlich eingeladen."
                    ),
                    facts(
                        "Das Netzwerk",
                        fact("5", "Pionierkommunen"),
                        fact("14", "Mitmacherkommunen"),
                        fact("5", "Kreise in der Agentur"),
                    ),
                    contact_block(contact(MANAGER)),
                ],
            },
        },
        *legal_pages(AGENCY),
    ],
    "settings": region_settings(
        LOGO, "#086878", **microsite_frontend("suedwestfalen.localhost")
    ),  # the logo's colour
}

# Main menu from the pages marked in_menu, footer with the legal pages.
REGION["navigation"] = navigation(REGION["pages"])
REGION["redirects"] = legal_redirects() + [
    ("/rahmenstrategie", PageRef("strategie/rahmenstrategie")),
    ("/smart-cities-schule", PageRef("veranstaltungen")),
]
