"""Snippets become translatable (TranslatableMixin): every existing entry is German, the
default language, with a translation key of its own."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MODELS = ("contact", "organisation", "municipality", "theme")


def existing_entries_are_german(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    default, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for name in MODELS:
        model = apps.get_model("content_models", name)
        for pk in model.objects.filter(translation_key__isnull=True).values_list("pk", flat=True):
            model.objects.filter(pk=pk).update(translation_key=uuid.uuid4(), locale=default)


def _nullable(model):
    return [
        migrations.AddField(
            model_name=model,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name=model,
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("content_models", "0004_merge_frontends_and_navigation"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *(operation for model in MODELS for operation in _nullable(model)),
        migrations.RunPython(existing_entries_are_german, migrations.RunPython.noop),
    ]
