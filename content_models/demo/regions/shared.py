"""Themes every region may use (region left empty)."""

SNIPPETS = {
    "Theme": [
        {
            "name": "Mobilität",
            "slug": "mobilitaet",
            "description": "Wege in Stadt und Land: Verkehr, Sharing-Angebote und Informationen "
            "zu Bus und Bahn.",
        },
        {
            "name": "Bildung",
            "slug": "bildung",
            "description": "Lernen mit digitalen Mitteln – in Schulen, in der Weiterbildung und "
            "in der Verwaltung selbst.",
        },
        {
            "name": "Verwaltung",
            "slug": "verwaltung",
            "description": "Digitale Dienste der Rathäuser und Kreishäuser, vom Onlineantrag bis "
            "zur Zusammenarbeit über Gemeindegrenzen.",
        },
        {
            "name": "Beteiligung",
            "slug": "beteiligung",
            "description": "Wie Bürgerinnen und Bürger Vorhaben mitplanen und mitentscheiden "
            "können, vor Ort und online.",
        },
        {
            "name": "Wirtschaft",
            "slug": "wirtschaft",
            "description": "Unternehmen, Handel und Gründungen, die digitale Chancen nutzen.",
        },
        {
            "name": "Vernetzung",
            "slug": "vernetzung",
            "description": "Austausch zwischen Kommunen, Hochschulen, Unternehmen und "
            "Zivilgesellschaft.",
        },
        {
            "name": "Klima und Umwelt",
            "slug": "klima-und-umwelt",
            "description": "Energie sparen, Ressourcen schonen und Daten für den Klimaschutz "
            "nutzen.",
        },
    ]
}
