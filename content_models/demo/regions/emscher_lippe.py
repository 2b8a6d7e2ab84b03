"""SMART REGION Emscher-Lippe – the regional brand born from the programme UMBAU 21.

Facts from the seed: run by WiN Emscher-Lippe GmbH with Gelsenkirchen as lead municipality;
12 projects selected in „UMBAU 21 – Smart Region“, one of them Smart Networks; members by birth
are those projects, Kreis Recklinghausen with its ten towns, Gelsenkirchen, Bottrop and the
region's universities and institutes; communication via social media, newsletter, press and
events; the seal „Part of SMART REGION Emscher-Lippe“; the e-mail address. The prose is written
for the demo; the seed names no other of the 12 projects, so only Smart Networks has a page."""

from ..refs import DocumentRef, ImageRef, PageRef, contact, organisation, theme
from .body import (
    call_to_action,
    checklist,
    document,
    fact,
    facts,
    heading,
    image,
    key_fact,
    paragraph,
    quote,
    timeline,
)
from .body import contact as contact_block
from .common import legal_pages, legal_redirects, microsite_frontend, navigation, region_settings

NAME = "SMART REGION Emscher-Lippe"
EMAIL = "smartregion@emscher-lippe.de"
OPERATOR = "WiN Emscher-Lippe GmbH"
TEAM = "Team SMART REGION Emscher-Lippe"
PROGRAMME = "UMBAU 21 – Smart Region"
PROGRAMME_KEY = "umbau21"  # ProjectPage.PROGRAMME_CHOICES
SEAL = "Part of SMART REGION Emscher-Lippe"

HERO = "Titelbild Emscher-Lippe"
LOGO = "Logo SMART REGION Emscher-Lippe"
SEAL_IMAGE = "Siegel Part of SMART REGION Emscher-Lippe"
FACT_SHEET = "Informationsblatt: Mitgliedschaft und Siegel"

DISTRICT = "Kreis Recklinghausen"
DISTRICT_TOWNS = [
    "Castrop-Rauxel",
    "Datteln",
    "Dorsten",
    "Gladbeck",
    "Haltern am See",
    "Herten",
    "Marl",
    "Oer-Erkenschwick",
    "Recklinghausen",
    "Waltrop",
]

MUNICIPALITIES = [
    {"name": "Gelsenkirchen", "district": "", "role": "lead"},
    # Bottrop is a city without a district (kreisfrei); it takes part as a member.
    {"name": "Bottrop", "district": "", "role": "member"},
    {"name": DISTRICT, "district": "", "role": "district"},
    *({"name": town, "district": DISTRICT, "role": "member"} for town in DISTRICT_TOWNS),
]

SMART_NETWORKS = {
    "type": "ProjectPage",
    "slug": "smart-networks",
    "title": "Smart Networks",
    "fields": {
        "intro": "Wo steht die Region bei der Digitalisierung, und wer treibt sie voran? Smart "
        "Networks erfasst den Stand und bringt die wichtigen Akteure zusammen.",
        "status": "running",
        "funding_programme": PROGRAMME_KEY,
        "image": ImageRef("Smart Networks"),
        "partners": [organisation(OPERATOR)],
        "contact": contact(TEAM),
        "themes": [theme("vernetzung"), theme("wirtschaft")],
        "body": [
            heading("Bestandsaufnahme und Vernetzung"),
            paragraph(
                "Die WiN Emscher-Lippe GmbH verschafft sich mit dem Projekt einen umfassenden "
                "Überblick darüber, wie digital Unternehmen, Hochschulen und Kommunen zwischen "
                "Emscher und Lippe bereits arbeiten."
            ),
            paragraph(
                "Aus dieser Übersicht entstehen Kontakte: Wer an ähnlichen Fragen arbeitet, soll "
                "voneinander wissen und gemeinsam weiterkommen."
            ),
            checklist(
                "Was das Projekt leistet",
                "Digitale Aktivitäten der Region erfassen",
                "Akteure aus Wirtschaft, Wissenschaft und Verwaltung verbinden",
                "Ergebnisse unter der Marke SMART REGION Emscher-Lippe sichtbar machen",
            ),
            call_to_action(
                "Mehr über die Marke und ihre Mitglieder:", "Über uns", page=PageRef("ueber-uns")
            ),
        ],
    },
}

REGION = {
    "site": {"hostname": "emscher-lippe.localhost", "port": 80, "name": NAME},
    "palette": ((16, 50, 80), (230, 120, 30), (255, 205, 70)),
    "images": [
        {"title": HERO, "kind": "hero"},
        {"title": LOGO, "kind": "logo"},
        {"title": SEAL_IMAGE, "kind": "logo"},
        {"title": "Smart Networks", "kind": "photo"},
    ],
    "documents": [
        {
            "title": FACT_SHEET,
            "pages": [
                f"Mitglied werden in der {NAME} (Demo-Fassung)\n\n"
                "Digitalaffine Unternehmen, Institutionen und smarte Projekte aus der Region "
                f"können sich anschließen und das Siegel „{SEAL}“ verwenden.\n\n"
                f"Kontakt: {EMAIL}"
            ],
        }
    ],
    "snippets": {
        "Theme": [
            {
                "name": "Strukturwandel",
                "slug": "strukturwandel",
                "description": "Wie digitale Technik den Wandel der früheren Bergbau- und "
                "Industrieregion unterstützt.",
            }
        ],
        "Organisation": [
            {
                "name": OPERATOR,
                "kind": "agency",
                "description": "Wirtschaftsförderung für die Emscher-Lippe-Region; Trägerin der "
                "Marke SMART REGION Emscher-Lippe und des Projekts Smart Networks.",
                "email": EMAIL,
                "logo": ImageRef(LOGO),
            }
        ],
        "Contact": [
            {
                "kind": "team",
                "name": TEAM,
                "role": "Ansprechpartner für Mitgliedschaft und Siegel",
                "organisation": organisation(OPERATOR),
                "email": EMAIL,
            }
        ],
        "Municipality": MUNICIPALITIES,
    },
    "home": {
        "type": "RegionHomePage",
        "slug": "emscher-lippe",
        "title": NAME,
        "fields": {
            "region_name": NAME,
            "claim": "Die digitalen Kräfte der Region unter einem Dach",
            "intro": "Unternehmen, Hochschulen und Kommunen zwischen Emscher und Lippe treiben "
            "die Digitalisierung voran. Unter einer gemeinsamen Marke machen sie ihre "
            "Innovationen sichtbar – mit Gelsenkirchen als Leitkommune.",
            "hero_image": ImageRef(HERO),
            "operator": organisation(OPERATOR),
            "contact": contact(TEAM),
            "contact_email": EMAIL,
            # The ten towns of Kreis Recklinghausen plus Gelsenkirchen and Bottrop.
            "municipality_count": 12,
            "key_facts": [
                key_fact("12", f"geförderte Projekte aus „{PROGRAMME}“"),
                key_fact("10", "Städte im Kreis Recklinghausen"),
                key_fact("2", "kreisfreie Städte: Gelsenkirchen und Bottrop"),
            ],
            "body": [
                heading("Vom Förderaufruf zur Digitalregion"),
                paragraph(
                    f"Angestoßen hat den Weg das Landesprogramm „{PROGRAMME}“. Es sollte zeigen, "
                    "wie die Digitalisierung den Strukturwandel der Region beschleunigen und sie "
                    "zu einer digitalen Modellregion machen kann. Zwölf Projekte erhielten dafür "
                    "den Zuschlag."
                ),
                facts(
                    "Die Region in Zahlen",
                    fact("12", "Projekte im Programm"),
                    fact("12", "Städte, davon 10 im Kreis Recklinghausen"),
                    fact("1", "gemeinsame Marke"),
                ),
                timeline(
                    # The seed dates none of these steps, so the labels name phases, not years.
                    "Der Weg der SMART REGION",
                    ("Auftakt", "Förderprogramm des Landes", f"„{PROGRAMME}“ startet."),
                    ("Auswahl", "Zwölf Projekte", "Darunter Smart Networks der WiN Emscher-Lippe."),
                    (
                        "Marke",
                        NAME,
                        "Die digitalen Kräfte der Region treten gemeinsam auf.",
                    ),
                    (
                        "Ausblick",
                        "Die Region wächst",
                        f"Neue Mitglieder führen das Siegel „{SEAL}“.",
                    ),
                ),
                image(
                    ImageRef("Smart Networks"), "Smart Networks verbindet die Akteure der Region"
                ),
                quote(
                    "Eine Innovation, die gemeinsam erzählt wird, erreicht mehr Menschen.",
                    "Leitgedanke der Marke",
                ),
                checklist(
                    "In drei Schritten Mitglied werden",
                    "Sie sind ein digitales Projekt, ein Unternehmen oder eine Institution aus "
                    "der Region",
                    f"Sie schreiben eine E-Mail an {EMAIL}",
                    f"Sie führen das Siegel „{SEAL}“ und nutzen die gemeinsame Kommunikation",
                ),
                call_to_action(
                    "Was das Siegel bedeutet und wer es tragen kann:",
                    "Zum Siegel",
                    page=PageRef("siegel"),
                ),
                document(DocumentRef(FACT_SHEET)),
                contact_block(contact(TEAM), "Kontakt"),
            ],
        },
    },
    "pages": [
        {
            "type": "ProjectIndexPage",
            "in_menu": True,
            "slug": "projekte",
            "title": "Projekte",
            "fields": {
                "intro": f"Die Projekte aus „{PROGRAMME}“, die die Region digital voranbringen."
            },
            "children": [SMART_NETWORKS],
        },
        {
            "type": "ContentPage",
            "slug": "ueber-uns",
            "in_menu": True,
            "title": "Über uns",
            "fields": {
                "intro": "Wer zur SMART REGION Emscher-Lippe gehört und wie sie kommuniziert.",
                "body": [
                    heading("Mitglieder von Anfang an"),
                    paragraph(
                        "Zur Marke gehören von Beginn an:\n\n"
                        f"- die Projekte aus dem Aufruf „{PROGRAMME}“\n"
                        f"- der {DISTRICT} mit seinen zehn Städten\n"
                        "- die Städte Gelsenkirchen und Bottrop\n"
                        "- die Hochschulen und Forschungsinstitute der Region"
                    ),
                    heading("Gemeinsam sichtbar"),
                    paragraph(
                        "Unter dem gemeinsamen Dach stärken die Beteiligten die Verbundenheit mit "
                        "ihrer Region. Dafür stehen Social-Media-Kanäle, ein regionaler "
                        "Newsletter, Pressearbeit und Veranstaltungen bereit, über die Neuigkeiten "
                        "aus der Modellregion gebündelt an die Öffentlichkeit gehen."
                    ),
                    contact_block(contact(TEAM)),
                ],
            },
        },
        {
            "type": "ContentPage",
            "slug": "siegel",
            "title": f"Das Siegel „{SEAL}“",
            "fields": {
                "intro": "Unternehmen, Institutionen und Projekte mit digitalem Profil können "
                "Mitglied werden und das Siegel führen.",
                "body": [
                    image(ImageRef(SEAL_IMAGE), f"Das Siegel „{SEAL}“"),
                    heading("Warum mitmachen?"),
                    paragraph(
                        "Die SMART REGION Emscher-Lippe will wachsen und das Leben in der Region "
                        "weiter verbessern. Mitglieder zeigen mit dem Siegel, dass sie dazugehören, "
                        "und profitieren von der gemeinsamen Öffentlichkeitsarbeit."
                    ),
                    heading("So geht es"),
                    paragraph(f"Schreiben Sie uns einfach eine E-Mail an {EMAIL}."),
                    document(DocumentRef(FACT_SHEET)),
                    contact_block(contact(TEAM)),
                ],
            },
        },
        *legal_pages(OPERATOR),
    ],
    "settings": region_settings(
        LOGO,
        "#785838",  # the logo's colour
        newsletter_url="https://newsletter.example.org/smart-region-emscher-lippe",
        **microsite_frontend("emscher-lippe.localhost"),
    ),
}

# Main menu from the pages marked in_menu, footer with the legal pages.
REGION["navigation"] = navigation(REGION["pages"])
REGION["redirects"] = legal_redirects()
