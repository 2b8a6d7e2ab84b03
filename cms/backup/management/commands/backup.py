from pathlib import Path

from django.core.management.base import BaseCommand

from cms.backup.archive import write_backup


class Command(BaseCommand):
    help = "Writes all content (database rows and uploaded files) into one zip archive."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, file, **options):
        manifest = write_backup(file)
        self.stdout.write(f"Backup written to {file} ({len(manifest['media'])} media files).")
