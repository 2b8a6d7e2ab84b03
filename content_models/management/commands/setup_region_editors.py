"""``manage.py setup_region_editors``: gives every region its editors' and moderators' groups
and its approval workflow (see content_models.moderation), and takes Wagtail's stock groups and
workflow off the root; run it after creating a new region. Safe to run again."""

from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.models import Collection

from content_models.models import RegionHomePage
from content_models.moderation import ensure_region_moderation, retire_stock_moderation


class Command(BaseCommand):
    help = (
        "Create or complete the editors' and moderators' groups and the workflow of every region."
    )

    def handle(self, *args, **options):
        root = Collection.get_first_root_node()
        # Regions by their German home page; rights reach its translations' trees as well.
        homes = RegionHomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        for home in homes.order_by("title"):
            collection = home.media_collection
            if collection is None:
                collection = root.add_child(name=f"Medien {home.title}")
                home.media_collection = collection
                home.save(update_fields=["media_collection"])
            editors, moderators, workflow = ensure_region_moderation(home, collection)
            self.stdout.write(
                f"{home.title}: „{editors.name}“ submits, „{moderators.name}“ approves in "
                f"„{workflow.name}“ (media collection „{collection.name}“)"
            )
        for line in retire_stock_moderation():
            self.stdout.write(line)
