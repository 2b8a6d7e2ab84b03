"""The content model of DESIGN.md, one module per concern."""

from .events import EventPage
from .guidelines import GuidelinePage
from .indexes import (
    ContentPage,
    EventIndexPage,
    GuidelineIndexPage,
    ProjectIndexPage,
    StoryIndexPage,
    StrategyIndexPage,
)
from .navigation import RegionNavigation
from .projects import ProjectPage
from .region import RegionHomePage
from .settings import RegionSettings
from .snippets import Contact, Municipality, Organisation, Theme
from .stories import StoryPage, StoryTag
from .strategies import StrategyPage

__all__ = [
    "Contact",
    "ContentPage",
    "EventIndexPage",
    "EventPage",
    "GuidelineIndexPage",
    "GuidelinePage",
    "Municipality",
    "Organisation",
    "ProjectIndexPage",
    "ProjectPage",
    "RegionHomePage",
    "RegionNavigation",
    "RegionSettings",
    "StoryIndexPage",
    "StoryPage",
    "StoryTag",
    "StrategyIndexPage",
    "StrategyPage",
    "Theme",
]
