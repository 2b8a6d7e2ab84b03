"""English translations of the demo content, written for the demo from the same facts as the
German pages: each region's home page, Südwestfalen's framework strategy, several stories and
the shared themes.

Pages are keyed by their path below the German home page ("" is the home page itself); the
English page keeps the German slug, so a frontend finds both under the same path. Index pages
on the way to a translated page are translated with the titles in INDEX_TITLES."""

from .body import heading, paragraph

INDEX_TITLES = {
    "strategie": "Strategy",
    "stories": "Stories",
}

PAGES = {
    "suedwestfalen": {
        "": {
            "title": "Smart Cities: 5 for South Westphalia",
            "claim": "Together on the way to the smartest region by 2030",
            "intro": "Five pioneer municipalities and a growing circle of joining "
            "municipalities are shaping the digital future of South Westphalia. Read how urban "
            "development and digital tools come together here – and how your municipality can "
            "take part.",
            "body": [
                heading("Why South Westphalia is getting smart"),
                paragraph(
                    "Global change reaches the Sauerland, the Siegerland and the Hellweg, too. "
                    "To keep pace and gain in quality, the municipalities link the development "
                    "of their towns and villages with digital tools."
                ),
                paragraph(
                    "1.38 million people live in the region's 59 towns and municipalities, on "
                    "6,200 km². The federal government funds the model project with 13 million "
                    "euros."
                ),
            ],
        },
        "strategie/rahmenstrategie": {
            "title": "Smart Cities Framework Strategy for South Westphalia",
            "intro": "The shared guideline of the five pioneer municipalities: with it, every "
            "municipality in the region can combine digitalisation and urban development in a "
            "planned way.",
            "motto": "Digital – Sustainable – Authentic",
            "body": [
                heading("A framework for the whole region"),
                paragraph(
                    "In 2020 the partners of the consortium set down their shared vision in the "
                    "framework strategy. It describes how a whole region proceeds strategically, "
                    "what smart city means here and where the federal Smart City Charter comes "
                    "in."
                ),
                heading("South Westphalia's DNA as a compass"),
                paragraph(
                    "Its basis is the guiding motto Digital – Sustainable – Authentic, which many "
                    "people in the region already work with. The strategy turns it into a goal: "
                    "to shape the future together, in a digital, sustainable and authentic way."
                ),
            ],
        },
        "stories/menden-digitale-aufholer": {
            "title": "Menden among the top 3 digital catch-up municipalities",
            "intro": "A nationwide study compares more than 400 municipalities – and puts "
            "Menden near the very top for one year's digital progress.",
            "body": [
                paragraph(
                    "How far did towns and municipalities take their digitalisation within "
                    "twelve months? An independent study looked at more than 400 municipalities "
                    "across Germany to find out."
                ),
                paragraph(
                    "The pioneer municipality Menden came third among those that caught up "
                    "most. For the model project, that is a welcome confirmation."
                ),
            ],
        },
        "stories/konferenz-2021-arnsberg": {
            "title": "Looking back: the Smart Cities conference 2021 in Arnsberg",
            "intro": "Municipalities from all over South Westphalia met in Arnsberg to share "
            "where the model project stands.",
            "body": [
                paragraph(
                    "How far have the five pioneer municipalities come, and what can others "
                    "adopt? That was the question of the 2021 conference, to which the model "
                    "project had invited everyone to Arnsberg."
                ),
            ],
        },
        "stories/erste-leitfaeden": {
            "title": "The first guides are out",
            "intro": "With a series of guides, the model project makes its knowledge usable "
            "for every municipality in the region.",
            "body": [
                paragraph(
                    "What works in one pioneer municipality should succeed elsewhere, too. So "
                    "the project team writes its experience down in guides that lead step by "
                    "step through a project."
                ),
            ],
        },
    },
    "emscher-lippe": {
        "": {
            "title": "SMART REGION Emscher-Lippe",
            "claim": "The digital strengths of the region under one roof",
            "intro": "Companies, universities and municipalities between the Emscher and the "
            "Lippe are driving digitalisation forward. Under one shared brand they make their "
            "innovations visible – with Gelsenkirchen as the lead municipality.",
            "body": [],
        },
    },
    "kreis-unna": {
        "": {
            "title": "Smart Region Kreis Unna",
            "claim": "Clever towns, a connected district",
            "intro": "The district of Unna and its ten towns and municipalities tackle "
            "digitalisation together. Schwerte is where the threads of the cooperation come "
            "together.",
            "body": [],
        },
    },
    "owl": {
        "": {
            "title": "OWL 4.0",
            "claim": "We shape our TOMORROW",
            "intro": "OstWestfalenLippe uses digitalisation for industry, work and society. "
            "The OWL 4.0 action plan brings together the region's business development "
            "agencies, universities, chambers and networks.",
            "body": [],
        },
        "stories/sieben-neue-projektideen": {
            "title": "OWL 4.0 moves on: seven new project ideas",
            "intro": "Seven new ideas have grown out of the experience with eleven projects. "
            "They were submitted for funding in the Regio.NRW call.",
            "body": [
                paragraph(
                    "The new projects for 2019 to 2022 take up the six focus topics and are "
                    "meant to complement one another. The funding decision is due in February."
                ),
            ],
        },
    },
}

# Shared themes, by slug.
THEMES = {
    "mobilitaet": (
        "Mobility",
        "Getting around town and country: traffic, sharing services and information on buses "
        "and trains.",
    ),
    "bildung": (
        "Education",
        "Learning with digital means – in schools, in further training and in the "
        "administration itself.",
    ),
    "verwaltung": (
        "Administration",
        "Digital services of town halls and district offices, from online applications to "
        "working together across municipal borders.",
    ),
    "beteiligung": (
        "Participation",
        "How citizens help plan and decide on projects, on site and online.",
    ),
    "klima-und-umwelt": (
        "Climate and environment",
        "Saving energy, conserving resources and using data for climate protection.",
    ),
}
