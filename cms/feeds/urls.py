from django.urls import path

from .calendar import events_calendar
from .stories import StoriesFeed

urlpatterns = [
    path("<str:hostname>/events.ics", events_calendar, name="events-ical"),
    path("<str:hostname>/stories.xml", StoriesFeed(), name="stories-rss"),
]
