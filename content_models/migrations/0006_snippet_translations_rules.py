"""Every snippet now has its locale and translation key: make both required, one entry per
translation key and locale, and slugs unique per region and language."""

import uuid

import django.db.models.deletion
from django.db import migrations, models

MODELS = ("contact", "organisation", "municipality", "theme")


def _required(model):
    return [
        migrations.AlterField(
            model_name=model,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name=model,
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name=model, unique_together={("translation_key", "locale")}
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("content_models", "0005_snippet_translations"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *(operation for model in MODELS for operation in _required(model)),
        migrations.RemoveConstraint(model_name="municipality", name="unique_municipality_slug_per_region"),
        migrations.RemoveConstraint(model_name="theme", name="unique_theme_slug_per_region"),
        migrations.AddConstraint(
            model_name="municipality",
            constraint=models.UniqueConstraint(
                fields=("region", "slug", "locale"), name="unique_municipality_slug_per_region"
            ),
        ),
        migrations.AddConstraint(
            model_name="theme",
            constraint=models.UniqueConstraint(
                fields=("region", "slug", "locale"), name="unique_theme_slug_per_region"
            ),
        ),
    ]
