"""``manage.py microsite_webhooks on|off``: switches the demo regions' webhooks to the local
reference microsite's receiver on (with the receiver's secret) or off.

`make microsite` runs it on the checkout's database as it starts the receiver and again as
it stops, so that `make run` alone stores no deliveries that nobody receives."""

import os

from django.core.management.base import BaseCommand, CommandError

from cms.editorial.models import WebhookEndpoint
from content_models.demo.regions.common import MICROSITE_WEBHOOK_URL


class Command(BaseCommand):
    help = "Switches the demo webhooks to the local microsite's receiver on or off."

    def add_arguments(self, parser):
        parser.add_argument("state", choices=["on", "off"])
        parser.add_argument(
            "--url", default=MICROSITE_WEBHOOK_URL, help="The receiver's address (/webhook)."
        )

    def handle(self, *args, state, url, **options):
        endpoints = WebhookEndpoint.objects.filter(url=url)
        if state == "off":
            count = endpoints.update(active=False)
            self.stdout.write(f"{count} webhook(s) to {url} switched off.")
            return
        secret = os.environ.get("MICROSITE_WEBHOOK_SECRET", "")
        if len(secret) < 16:
            raise CommandError("Set MICROSITE_WEBHOOK_SECRET (at least 16 characters).")
        count = endpoints.update(active=True, secret=secret)
        if not count:
            raise CommandError(f"No webhook to {url}: load the demo content first.")
        self.stdout.write(f"{count} webhook(s) to {url} switched on.")
