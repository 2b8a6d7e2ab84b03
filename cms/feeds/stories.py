"""The RSS 2.0 feed of a region's stories, with Django's syndication framework."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

from content_models.models import StoryPage

from .region import gate_for_hostname, site_key

FEED_LENGTH = 50


class StoriesFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "de"

    def get_object(self, request, hostname):
        self.request = request
        self.gate = gate_for_hostname(request, hostname)
        return self.gate

    def title(self, gate):
        return f"Stories – {gate.root.specific.title}"

    def link(self, gate):
        return gate.root.specific.get_full_url(self.request) or "/"

    def description(self, gate):
        return f"Neuigkeiten und Berichte aus {gate.root.specific.title}."

    def items(self, gate):
        stories = gate.pages(StoryPage.objects.all()).order_by("-date", "-pk")
        return stories[:FEED_LENGTH]

    def item_title(self, story):
        return story.title

    def item_description(self, story):
        return story.intro

    def item_link(self, story):
        return story.get_full_url(self.request) or self.link(self.gate)

    def item_guid(self, story):
        return f"story-{story.pk}@{site_key(self.gate.site)}"

    item_guid_is_permalink = False

    def item_pubdate(self, story):
        noon = datetime.datetime.combine(story.date, datetime.time(12))
        return timezone.make_aware(noon, timezone.get_default_timezone())

    def item_updateddate(self, story):
        return story.last_published_at
