"""Index pages: the sections of a region that hold its strategies, guidelines, stories, events
and projects."""

from .base import RegionPage


class SectionIndexPage(RegionPage):
    """A section listing its children; frontends query the children, the page holds the intro."""

    parent_page_types = ["content_models.RegionHomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class StrategyIndexPage(SectionIndexPage):
    page_description = "Übersicht der Strategien; neue Strategien werden darunter angelegt."
    subpage_types = ["content_models.StrategyPage"]

    class Meta:
        verbose_name = "Übersicht Strategien"


class GuidelineIndexPage(SectionIndexPage):
    page_description = "Übersicht der Leitfäden; neue Leitfäden werden darunter angelegt."
    subpage_types = ["content_models.GuidelinePage"]

    class Meta:
        verbose_name = "Übersicht Leitfäden"


class StoryIndexPage(SectionIndexPage):
    page_description = "Übersicht der Stories; neue Stories werden darunter angelegt."
    subpage_types = ["content_models.StoryPage"]

    class Meta:
        verbose_name = "Übersicht Stories"


class EventIndexPage(SectionIndexPage):
    page_description = "Übersicht der Veranstaltungen; neue Termine werden darunter angelegt."
    subpage_types = ["content_models.EventPage"]

    class Meta:
        verbose_name = "Übersicht Veranstaltungen"


class ProjectIndexPage(SectionIndexPage):
    page_description = "Übersicht der Projekte; neue Projekte werden darunter angelegt."
    subpage_types = ["content_models.ProjectPage"]

    class Meta:
        verbose_name = "Übersicht Projekte"


class ContentPage(RegionPage):
    """A free page such as „Über uns“, „Impressum“ or „Datenschutz“."""

    page_description = "Eine freie Seite wie „Über uns“, „Impressum“ oder „Datenschutz“."

    parent_page_types = ["content_models.RegionHomePage", "content_models.ContentPage"]
    subpage_types = ["content_models.ContentPage"]

    class Meta:
        verbose_name = "Inhaltsseite"
        verbose_name_plural = "Inhaltsseiten"
