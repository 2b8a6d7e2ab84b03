"""`manage.py build_bench_data`: the large data set of `make bench` on top of the demo content
(run `load_demo_content` first). Idempotent: a second run creates nothing."""

import time

from django.core.management.base import BaseCommand
from django.db import connection

from content_models.bench.build import Sizes, build, totals


class Command(BaseCommand):
    help = "Builds the benchmark's data set (stories, images, contacts) on the demo regions."

    def add_arguments(self, parser):
        defaults = Sizes()
        parser.add_argument("--stories-per-region", type=int, default=defaults.stories_per_region)
        parser.add_argument("--images", type=int, default=defaults.images)
        parser.add_argument("--contacts", type=int, default=defaults.contacts)

    def handle(self, *args, stories_per_region, images, contacts, **options):
        started = time.monotonic()
        built = build(Sizes(stories_per_region, images, contacts))
        self.stdout.write(
            f"Bench data in {', '.join(built.regions)}: {built.stories} stories, "
            f"{built.images} images, {built.contacts} contacts created "
            f"in {time.monotonic() - started:.1f} s."
        )
        # The planner's statistics, as autovacuum would gather them some time later: a run
        # straight after the build must not measure plans made for empty tables.
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        # The last line: what the data set holds (bench/run.py reports it).
        self.stdout.write(totals())
