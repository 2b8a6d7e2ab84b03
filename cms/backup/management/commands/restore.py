from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from cms.backup.archive import RestoreRefused, restore_backup


class Command(BaseCommand):
    help = (
        "Restores an archive of `backup` into an empty database (migrated here first) and "
        "empty media; refuses, changing nothing, when either holds content."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, file, **options):
        if not file.is_file():
            raise CommandError(f"No archive at {file}.")
        call_command("migrate", interactive=False, verbosity=0)
        try:
            manifest = restore_backup(file)
        except RestoreRefused as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(
            f"Restored {file} (made {manifest['created']} on {manifest['database']})."
        )
