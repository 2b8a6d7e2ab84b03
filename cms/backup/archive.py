"""One zip archive holds all content: the database rows as Django fixtures (natural keys for
content types and permissions, which differ between databases) and the uploaded files of
images and documents. Renditions, the search index and the reference index are rebuilt
after a restore; sessions are not kept.

Every model is included (Django's serializers, in dumpdata's dependency order; loaddata
restores), so there is no list to keep up to date; only what is derived or transient is left
out."""

import datetime
import json
import tempfile
import zipfile
from pathlib import Path

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry

FORMAT = 1
# Derived or transient: rebuilt after a restore, or recreated by migrations.
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "wagtailimages.rendition",
    "wagtailcore.referenceindex",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",
    "wagtailadmin.editingsession",
]
# What a freshly migrated database holds before anyone added content: Wagtail's root page
# and its welcome page.
MIGRATION_PAGES = 2


class RestoreRefused(Exception):
    pass


def media_names() -> list[str]:
    names = list(get_image_model().objects.values_list("file", flat=True))
    names += get_document_model().objects.values_list("file", flat=True)
    return sorted(set(filter(None, names)))


def _encode(value):
    # Django's JSON encoder cuts datetimes to milliseconds; a backup keeps them whole.
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return DjangoJSONEncoder().default(value)


def _models_in_dependency_order():
    models = [
        model
        for model in apps.get_models()
        if not model._meta.proxy
        and model._meta.managed
        and model._meta.label_lower not in EXCLUDED
        and model._meta.app_label not in EXCLUDED
    ]
    by_app = {}
    for model in models:
        by_app.setdefault(apps.get_app_config(model._meta.app_label), []).append(model)
    return serializers.sort_dependencies(by_app.items(), allow_cycles=True)


def _rows(model) -> list[dict]:
    queryset = model._base_manager.order_by("pk")
    if model is PageLogEntry:
        # Entries may name deleted pages: with natural keys Django would look each page up
        # and fail. Pages keep their ids, so only the content type goes by natural key.
        rows = serializers.serialize("python", queryset)
        for row in rows:
            content_type = row["fields"].get("content_type")
            if content_type is not None:
                natural = ContentType.objects.get_for_id(content_type).natural_key()
                row["fields"]["content_type"] = list(natural)
        return rows
    return serializers.serialize("python", queryset, use_natural_foreign_keys=True)


def _permission_keys() -> list[list[str]]:
    """Every permission by name and natural key. `flush` recreates those the models declare,
    not those only a data migration made (wagtail-localize's "submit_translation"), which
    groups still name."""
    return [
        [permission.name, permission.codename, *permission.content_type.natural_key()]
        for permission in Permission.objects.select_related("content_type")
    ]


def _recreate_permissions(keys: list[list[str]]):
    ContentType.objects.clear_cache()  # flush gave the content types new ids
    for name, codename, app_label, model in keys:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        Permission.objects.get_or_create(
            codename=codename, content_type=content_type, defaults={"name": name}
        )


def write_backup(path: Path) -> dict:
    data = [row for model in _models_in_dependency_order() for row in _rows(model)]
    names = media_names()
    manifest = {
        "format": FORMAT,
        "created": datetime.datetime.now(datetime.UTC).isoformat(),
        "database": connection.vendor,
        "media": names,
        "permissions": _permission_keys(),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, indent=2))
        archive.writestr("data.json", json.dumps(data, default=_encode))
        for name in names:
            with default_storage.open(name, "rb") as source:
                archive.writestr(f"media/{name}", source.read())
    return manifest


def ensure_empty(names: list[str]):
    """Refuses before anything is written: a restore never merges into existing content."""
    from django.contrib.auth import get_user_model

    found = []
    if get_user_model().objects.exists():
        found.append("users")
    if Page.objects.count() > MIGRATION_PAGES:
        found.append("pages")
    if get_image_model().objects.exists() or get_document_model().objects.exists():
        found.append("images or documents")
    existing = [name for name in names if default_storage.exists(name)]
    if existing:
        found.append(f"media files (e.g. {existing[0]})")
    if found:
        raise RestoreRefused(
            "The target is not empty (it holds "
            + ", ".join(found)
            + "). Restore only into a new, empty database and an empty media folder or bucket."
        )


def restore_backup(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        if manifest.get("format") != FORMAT:
            raise RestoreRefused(f"Unknown archive format {manifest.get('format')!r}.")
        names = manifest["media"]
        ensure_empty(names)
        with tempfile.TemporaryDirectory() as directory:
            rows = Path(directory) / "data.json"
            rows.write_bytes(archive.read("data.json"))
            with transaction.atomic():
                # Wagtail's migrations created a root page, a site, a collection, groups and a
                # workflow; the archive brings its own, with the same primary keys.
                call_command("flush", interactive=False, verbosity=0)
                _recreate_permissions(manifest.get("permissions", []))
                call_command("loaddata", str(rows), verbosity=0)
                for name in names:
                    default_storage.save(name, ContentFile(archive.read(f"media/{name}")))
    call_command("rebuild_references_index", verbosity=0)
    call_command("update_index", verbosity=0)
    return manifest
