"""``manage.py setup_region_editors``: gives every region an editor group (see
content_models.editors); run it after creating a new region. Safe to run again."""

from django.core.management.base import BaseCommand
from wagtail.models import Collection

from content_models.editors import ensure_editor_group
from content_models.models import RegionHomePage


class Command(BaseCommand):
    help = "Create or complete the editor group of every region."

    def handle(self, *args, **options):
        root = Collection.get_first_root_node()
        for home in RegionHomePage.objects.order_by("title"):
            collection = home.media_collection
            if collection is None:
                collection = root.add_child(name=f"Medien {home.title}")
                home.media_collection = collection
                home.save(update_fields=["media_collection"])
            group, created = ensure_editor_group(home, collection)
            state = "created" if created else "completed"
            self.stdout.write(f"{group.name}: {state} (media collection „{collection.name}“)")
