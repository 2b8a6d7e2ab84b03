"""Shorthands for StreamField data, so the region modules read like the pages they describe.

Each returns a (block type, value) pair of the shared block library (content_models.blocks)."""


def fact(value, label, unit=""):
    return {"value": value, "unit": unit, "caption": label}


def key_fact(value, label, unit=""):
    return ("fact", fact(value, label, unit))


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(text):
    """Plain text; blank lines separate paragraphs, lines starting with "- " make a list."""
    return ("paragraph", text)


def facts(title, *items):
    return ("facts", {"title": title, "facts": list(items)})


def timeline(title, *entries):
    return (
        "timeline",
        {
            "title": title,
            "entries": [
                {"date_label": when, "title": what, "text": text} for when, what, text in entries
            ],
        },
    )


def quote(text, attribution=""):
    return ("quote", {"text": text, "attribution": attribution})


def checklist(title, *items):
    return ("checklist", {"title": title, "items": list(items)})


def image(ref, caption="", credit="Demo-Grafik"):
    return ("image", {"image": ref, "caption": caption, "credit": credit})


def document(ref, title=""):
    return ("document", {"document": ref, "title": title})


def contact(ref, heading_text=""):
    return ("contact", {"contact": ref, "heading": heading_text})


def call_to_action(text, button_label, page=None, url=""):
    return (
        "call_to_action",
        {"text": text, "button_label": button_label, "page": page, "url": url},
    )


def goal(title, description=""):
    return ("goal", {"title": title, "description": description})


def checklist_item(text):
    return ("item", text)
