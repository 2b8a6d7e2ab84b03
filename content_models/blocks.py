"""The shared block library every StreamField of the CMS draws from.

One small set, so that every frontend renders every page with the same dozen components."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Überschrift", max_length=200)
    level = blocks.ChoiceBlock(
        label="Ebene",
        choices=[("h2", "Überschrift 2"), ("h3", "Überschrift 3"), ("h4", "Überschrift 4")],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = "Überschrift"


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Bild")
    caption = blocks.CharBlock(label="Bildunterschrift", required=False, max_length=250)
    credit = blocks.CharBlock(label="Bildnachweis", required=False, max_length=120)

    class Meta:
        icon = "image"
        label = "Bild"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Zitat")
    attribution = blocks.CharBlock(label="Quelle / Person", required=False, max_length=150)

    class Meta:
        icon = "openquote"
        label = "Zitat"


class FactBlock(blocks.StructBlock):
    value = blocks.CharBlock(label="Zahl", max_length=40, help_text="z. B. „1,38 Mio.“ oder „59“")
    unit = blocks.CharBlock(label="Einheit", required=False, max_length=40)
    caption = blocks.CharBlock(label="Beschriftung", max_length=120)

    class Meta:
        icon = "order"
        label = "Kennzahl"


class FactsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titel", required=False, max_length=120)
    facts = blocks.ListBlock(FactBlock(), label="Kennzahlen", min_num=1)

    class Meta:
        icon = "table"
        label = "Zahlen und Fakten"


class TimelineEntryBlock(blocks.StructBlock):
    date_label = blocks.CharBlock(
        label="Zeitpunkt", max_length=40, help_text="z. B. „2019“ oder „Herbst 2021“"
    )
    title = blocks.CharBlock(label="Titel", max_length=150)
    text = blocks.TextBlock(label="Beschreibung", required=False)

    class Meta:
        icon = "date"
        label = "Station"


class TimelineBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titel", required=False, max_length=120)
    entries = blocks.ListBlock(TimelineEntryBlock(), label="Stationen", min_num=1)

    class Meta:
        icon = "time"
        label = "Zeitleiste"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titel", required=False, max_length=120)
    items = blocks.ListBlock(
        blocks.CharBlock(label="Punkt", max_length=250), label="Punkte", min_num=1
    )

    class Meta:
        icon = "tick-inverse"
        label = "Checkliste"


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="Dokument")
    title = blocks.CharBlock(
        label="Linktext", required=False, max_length=150, help_text="Leer: Titel des Dokuments"
    )

    class Meta:
        icon = "download"
        label = "Dokument zum Download"


class ContactReferenceBlock(blocks.StructBlock):
    contact = SnippetChooserBlock("content_models.Contact", label="Ansprechperson")
    heading = blocks.CharBlock(label="Überschrift", required=False, max_length=120)

    class Meta:
        icon = "user"
        label = "Ansprechperson"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Text", max_length=200)
    button_label = blocks.CharBlock(label="Beschriftung der Schaltfläche", max_length=60)
    page = blocks.PageChooserBlock(label="Interne Seite", required=False)
    url = blocks.URLBlock(
        label="Externer Link", required=False, help_text="Nur wenn keine interne Seite gewählt ist"
    )

    class Meta:
        icon = "link"
        label = "Handlungsaufforderung"


class BodyBlock(blocks.StreamBlock):
    """The block library of DESIGN.md: every body field of the CMS uses exactly these."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label="Text",
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"],
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    facts = FactsBlock()
    timeline = TimelineBlock()
    checklist = ChecklistBlock()
    document = DocumentDownloadBlock()
    contact = ContactReferenceBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedBlock(label="Eingebettetes Medium", help_text="Link zu YouTube, Vimeo o. ä.")


class GoalBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Ziel", max_length=200)
    description = blocks.TextBlock(label="Erläuterung", required=False)

    class Meta:
        icon = "pick"
        label = "Ziel"
