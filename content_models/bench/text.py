"""German filler text from the regions' own vocabulary, the same for the same number on every
run, so that search and body sizes are realistic and repeatable."""

import random

SUBJECTS = [
    "Die Kommune",
    "Das Projektteam",
    "Der Kreis",
    "Die Verwaltung",
    "Das Reallabor",
    "Die Smart-City-Werkstatt",
    "Die Bürgerschaft",
    "Der Förderverein",
]
VERBS = ["erprobt", "startet", "vernetzt", "digitalisiert", "plant", "stellt vor", "bündelt"]
OBJECTS = [
    "ein offenes Datenportal",
    "smarte Parkplatzsensoren",
    "die digitale Bürgerbeteiligung",
    "ein LoRaWAN-Netz für die Region",
    "den Breitbandausbau in den Dörfern",
    "eine Mobilitätsplattform",
    "die Rahmenstrategie der Region",
    "digitale Bildungsangebote für Schulen",
    "ein Sensornetz für Hochwasserwarnungen",
    "die Online-Dienste des Rathauses",
]
PLACES = [
    "in Arnsberg",
    "in Soest",
    "in Gelsenkirchen",
    "in Bielefeld",
    "in Unna",
    "in Schwerte",
    "in Olpe",
    "in Menden",
    "im ländlichen Raum",
    "gemeinsam mit den Nachbarkommunen",
]
TOPICS = [
    "Mobilität",
    "Klimaschutz",
    "Verwaltung",
    "Bildung",
    "Gesundheit",
    "Energie",
    "Beteiligung",
    "Wissenstransfer",
    "Daten",
    "Ehrenamt",
]


def rng(*parts) -> random.Random:
    return random.Random("|".join(str(part) for part in parts))


def sentence(generator: random.Random) -> str:
    return (
        f"{generator.choice(SUBJECTS)} {generator.choice(VERBS)} "
        f"{generator.choice(OBJECTS)} {generator.choice(PLACES)}."
    )


def paragraph(generator: random.Random, sentences=4) -> str:
    return " ".join(sentence(generator) for _ in range(sentences))


def title(generator: random.Random, number: int) -> str:
    thing = generator.choice(OBJECTS)
    return f"{generator.choice(TOPICS)}: {thing[0].upper()}{thing[1:]} ({number})"
