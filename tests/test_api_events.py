"""Events by date: upcoming and past (at the time of the request), a date range in
Europe/Berlin, ordering by start; the iCalendar feed of upcoming events and the RSS feed of
stories, at stable URLs the API links to."""

import datetime
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from content_models.models import EventIndexPage, EventPage, StoryIndexPage, StoryPage

from .conftest import add_page
from .graphql_client import data_of

pytestmark = pytest.mark.django_db
BERLIN = ZoneInfo("Europe/Berlin")


def event(index, title, starts_at, ends_at=None, live=True):
    return add_page(
        index,
        EventPage(
            title=title,
            slug=title.lower().replace(" ", "-"),
            starts_at=starts_at,
            ends_at=ends_at,
            intro=f"Über {title}.",
            location="Arnsberg",
        ),
        live=live,
    )


@pytest.fixture
def events(regions):
    now = timezone.now()
    day = datetime.timedelta(days=1)
    index = add_page(regions.north, EventIndexPage(title="Termine", slug="termine"))
    event(index, "Vorjahr", now - 300 * day, now - 300 * day + datetime.timedelta(hours=2))
    event(index, "Gestern", now - day)  # no end: over once it has started
    event(index, "Laeuft gerade", now - datetime.timedelta(hours=1), now + day)
    event(index, "Naechste Woche", now + 7 * day, now + 7 * day + datetime.timedelta(hours=3))
    event(index, "Naechster Monat", now + 30 * day)
    event(index, "Entwurf", now + 3 * day, live=False)
    # Half past midnight in Berlin on 2 March 2026 is still 1 March in UTC.
    event(index, "Mitternacht", datetime.datetime(2026, 3, 2, 0, 30, tzinfo=BERLIN))
    south_index = add_page(regions.south, EventIndexPage(title="Termine", slug="termine"))
    event(south_index, "Im Sueden", now + 2 * day)
    return regions


def event_titles(client, arguments, host="north.test"):
    data = data_of(client, f"{{ events({arguments}) {{ items {{ title }} }} }}", host=host)
    return [item["title"] for item in data["events"]["items"]]


def test_upcoming_events_are_those_not_over_earliest_first(client, events):
    assert event_titles(client, "when: UPCOMING") == [
        "Laeuft gerade",
        "Naechste Woche",
        "Naechster Monat",
    ]


def test_past_events_are_latest_first(client, events):
    # "Vorjahr" began 300 days ago, before "Mitternacht" (2 March 2026).
    assert event_titles(client, "when: PAST") == ["Gestern", "Mitternacht", "Vorjahr"]
    starts = data_of(client, "{ events(when: PAST) { items { startsAt } } }")
    values = [item["startsAt"] for item in starts["events"]["items"]]
    assert values == sorted(values, reverse=True)


def test_explicit_order_wins_over_the_default_of_past_events(client, events):
    titles = event_titles(client, 'when: PAST, order: "title"')
    assert titles == sorted(titles)


def test_date_range_is_in_berlin_time(client, events):
    assert "Mitternacht" in event_titles(
        client, 'startsFrom: "2026-03-02", startsUntil: "2026-03-02"'
    )
    assert "Mitternacht" not in event_titles(client, 'startsUntil: "2026-03-01"')
    assert "Mitternacht" not in event_titles(client, 'startsFrom: "2026-03-03"')


def test_all_events_ordered_by_start(client, events):
    data = data_of(client, "{ events(perPage: 100) { items { title startsAt } } }")
    starts = [item["startsAt"] for item in data["events"]["items"]]
    assert starts == sorted(starts) and len(starts) == 6  # no draft, nothing from the south


def test_calendar_feed_has_the_upcoming_events_of_its_region_only(client, events):
    response = client.get("/feeds/north.test/events.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["version"]) == "2.0" and calendar.get("prodid")
    vevents = calendar.walk("VEVENT")
    assert [str(vevent["summary"]) for vevent in vevents] == [
        "Laeuft gerade",
        "Naechste Woche",
        "Naechster Monat",
    ]
    first = vevents[0]
    page = EventPage.objects.get(title="Laeuft gerade")
    assert str(first["uid"]) == f"event-{page.pk}@north.test"
    assert first.decoded("dtstart") == page.starts_at.replace(microsecond=0)
    assert first.decoded("dtend") == page.ends_at.replace(microsecond=0)
    assert str(first["location"]) == "Arnsberg"
    assert str(first["description"]) == "Über Laeuft gerade."
    assert first.get("dtstamp")


def test_calendar_feed_of_an_unknown_region_is_not_found(client, events):
    assert client.get("/feeds/nowhere.test/events.ics").status_code == 404


def test_stories_feed_is_rss_of_the_regions_published_stories(client, regions):
    index = add_page(regions.north, StoryIndexPage(title="Stories", slug="stories"))
    for title, day, live in (
        ("Alt", datetime.date(2024, 1, 1), True),
        ("Neu", datetime.date(2025, 1, 1), True),
        ("Geheim", datetime.date(2025, 2, 1), False),
    ):
        add_page(index, StoryPage(title=title, slug=title.lower(), date=day, intro=title), live)
    south_index = add_page(regions.south, StoryIndexPage(title="Stories", slug="stories"))
    add_page(south_index, StoryPage(title="Süden", slug="sueden", date=datetime.date(2025, 3, 1)))

    response = client.get("/feeds/north.test/stories.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ElementTree.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "de"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Neu", "Alt"]
    assert items[0].findtext("guid").endswith("@north.test")
    assert items[0].findtext("pubDate")


def test_api_links_the_feeds_of_the_region(client, events):
    data = data_of(client, '{ feeds(site: "south.test") { eventsIcal storiesRss } }')
    assert data["feeds"] == {
        "eventsIcal": "http://north.test/feeds/south.test/events.ics",
        "storiesRss": "http://north.test/feeds/south.test/stories.xml",
    }
    calendar = Calendar.from_ical(client.get("/feeds/south.test/events.ics").content)
    assert [str(vevent["summary"]) for vevent in calendar.walk("VEVENT")] == ["Im Sueden"]
