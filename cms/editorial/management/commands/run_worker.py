"""``manage.py run_worker``: the CMS's background process.

It runs django-tasks' database worker (`db_worker`: Wagtail's background tasks) and, beside
it, every WORKER_TICK_SECONDS: Wagtail's `publish_scheduled` (pages and snippets whose go-live
or expiry time has come) and the due webhook deliveries. Stop it with SIGTERM or Ctrl-C; work
that a killed worker held is picked up again by the next one."""

import logging
import threading
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from cms.editorial.webhooks import send_due

logger = logging.getLogger(__name__)


def tick():
    close_old_connections()
    call_command("publish_scheduled", verbosity=0)
    send_due()


def tick_forever(interval: float):
    while True:
        try:
            tick()
        except Exception:  # the next tick tries again; the worker itself keeps running
            logger.exception("Worker tick failed")
        time.sleep(interval)


class Command(BaseCommand):
    help = "Background worker: django-tasks queue, scheduled publishing, webhook deliveries."

    def handle(self, *args, **options):
        interval = settings.WORKER_TICK_SECONDS
        self.stdout.write(f"Worker: scheduled publishing and webhooks every {interval:g} s")
        if "django_tasks_db" not in settings.TASKS["default"]["BACKEND"]:
            # Tasks run at once where they are enqueued (tests): only the ticks are left.
            tick_forever(interval)
            return
        threading.Thread(target=tick_forever, args=(interval,), daemon=True).start()
        # No autoreload: a reloader would be a second process with a second tick thread.
        call_command("db_worker", interval=1, reload=False)
