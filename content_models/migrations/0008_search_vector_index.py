"""A GIN index on the expression Wagtail's PostgreSQL search matches with, `title || body` of
its index entries: Wagtail indexes each column alone, so its match reads every entry of the
pages searched (cms.api.page_search). PostgreSQL only; nothing on SQLite."""

from django.db import migrations

INDEX = "content_models_search_vector_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("content_models", "0007_region_primary_colour"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
