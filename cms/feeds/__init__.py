"""Open formats of each region at stable URLs: the iCalendar feed of its upcoming events and the
RSS feed of its stories. Both show only what the API's visibility gate lets through."""
