"""Prints the cost, aliases and root fields of every named operation in graphql/operations/
beside their limits (`make cost`)."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from graphql import get_operation_ast, parse

from cms.api.cost import measure

OPERATIONS = Path(settings.BASE_DIR) / "graphql" / "operations"


def operation_measures():
    """(name, Measure) of every named operation, with its example variables."""
    from cms.api.schema import schema

    for path in sorted(OPERATIONS.glob("*.graphql")):
        document = parse(path.read_text())
        variables_file = path.with_suffix(".variables.json")
        variables = json.loads(variables_file.read_text()) if variables_file.exists() else {}
        operation = get_operation_ast(document)
        yield path.stem, measure(schema.graphql_schema, document, operation, variables)


class Command(BaseCommand):
    help = "Cost of every named operation in graphql/operations/, beside the limits."

    def handle(self, *args, **options):
        self.stdout.write(f"{'operation':<16}{'cost':>8}{'aliases':>9}{'root fields':>13}")
        for name, found in operation_measures():
            self.stdout.write(f"{name:<16}{found.cost:>8}{found.aliases:>9}{found.root_fields:>13}")
        self.stdout.write(
            f"{'maximum':<16}{settings.GRAPHQL_MAX_COST:>8}{settings.GRAPHQL_MAX_ALIASES:>9}"
            f"{settings.GRAPHQL_MAX_ROOT_FIELDS:>13}"
        )
