"""``manage.py load_demo_content``: creates the demo regions; safe to run again."""

from django.core.management.base import BaseCommand

from content_models.demo.loader import load_demo_content


class Command(BaseCommand):
    help = (
        "Creates the four demo regions (sites, pages, snippets, images, documents). "
        "Existing objects are kept unchanged, so the command can run any number of times."
    )

    def handle(self, *args, **options):
        tally = load_demo_content()
        for line in tally.lines():
            self.stdout.write(line)
