"""Demo content for the four regions of the seeds, and the loader that puts it into Wagtail.

Run it with ``python manage.py load_demo_content``; see loader.py for how it stays idempotent."""
