"""Writes the manifest of trusted documents (`make schema`): every operation of
graphql/operations/ under the SHA-256 of its file's text (cms.api.trusted_documents)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.api.trusted_documents import manifest_from_operations, manifest_json


class Command(BaseCommand):
    help = "Writes graphql/trusted-documents.json from graphql/operations/*.graphql."

    def add_arguments(self, parser):
        parser.add_argument("--out", required=True, help="Path of the manifest to write.")

    def handle(self, *args, out, **options):
        try:
            manifest = manifest_from_operations()
        except ValueError as error:
            raise CommandError(str(error)) from error
        Path(out).write_text(manifest_json(manifest), encoding="utf-8")
        self.stdout.write(f"{len(manifest)} trusted documents written to {out}.")
