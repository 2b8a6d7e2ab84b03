"""The iCalendar feed (RFC 5545) of a region's upcoming events, built with `icalendar`."""

from django.http import HttpResponse
from icalendar import Calendar, Event

from cms.api.filters import upcoming_or_past
from content_models.models import EventPage

from .region import gate_for_hostname, site_key


def upcoming_events(gate):
    """The region's visible events that have not ended yet, earliest first."""
    return upcoming_or_past(gate.pages(EventPage.objects.all()), gate.now)


def event_component(page, request, hostname) -> Event:
    event = Event()
    # Stable across edits and re-publishing, unique across regions and installations.
    event.add("uid", f"event-{page.pk}@{hostname}")
    event.add("dtstamp", page.last_published_at or page.latest_revision_created_at)
    event.add("dtstart", page.starts_at)
    if page.ends_at:
        event.add("dtend", page.ends_at)
    event.add("summary", page.title)
    if page.intro:
        event.add("description", page.intro)
    if page.location:
        event.add("location", page.location)
    url = page.get_full_url(request)
    if url:
        event.add("url", url)
    if page.last_published_at:
        event.add("last-modified", page.last_published_at)
    return event


def events_calendar(request, hostname):
    gate = gate_for_hostname(request, hostname)
    region = gate.root.specific
    calendar = Calendar()
    calendar.add("prodid", "-//Smart-Region CMS//Veranstaltungen//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"Veranstaltungen – {region.title}")
    calendar.add("x-wr-timezone", "Europe/Berlin")
    for page in upcoming_events(gate).order_by("starts_at", "pk"):
        calendar.add_component(event_component(page, request, site_key(gate.site)))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="veranstaltungen.ics"'
    return response
