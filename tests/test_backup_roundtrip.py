"""Backup and restore across backends, as a region moving from the embedded SQLite to
PostgreSQL does: the demo content backed up from SQLite and restored into an empty PostgreSQL
database and an empty media folder answers every named operation as before (URLs aside), with
equal counts; restoring into a database that holds content is refused and changes nothing."""

import json
import subprocess
import sys

import pytest

from .graphql_client import OPERATIONS_DIR, operation_text, operation_variables
from .servers import PROJECT, OwnPostgres, http, manage, production_env, start_gunicorn

pytestmark = pytest.mark.slow

PG_PORT, SOURCE_PORT, TARGET_PORT = 18540, 18541, 18542
OPERATIONS = sorted(path.stem for path in OPERATIONS_DIR.glob("*.graphql"))
COUNTS = """
import json
from django.contrib.auth.models import Group, User
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision
from content_models.models import Contact, Municipality, Organisation, Theme
print(json.dumps({model.__name__: model.objects.count() for model in (
    Page, Revision, Contact, Municipality, Organisation, Theme, get_image_model(),
    get_document_model(), Collection, User, Group)}))
"""


def counts(env) -> dict:
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", COUNTS],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def answers(port) -> dict:
    base = f"http://127.0.0.1:{port}"
    found = {}
    for name in OPERATIONS:
        status, _, body = http(
            "POST",
            base + "/graphql/",
            {"query": operation_text(name), "variables": operation_variables(name)},
        )
        assert status == 200, body
        found[name] = unordered(json.loads(body.decode().replace(base, "<cms>")))
        assert "errors" not in found[name], found[name]
    return found


def unordered(value, key=None):
    """What the two backends may order differently: full-text ranking (SQLite FTS5 against
    PostgreSQL's ts_rank) and tags, which have no order of their own. Search across all content
    also ranks and marks excerpts per backend, so only which hits it finds is compared (Hits)."""
    if isinstance(value, dict):
        if key == "siteSearch":
            return {"hits": Hits(str(item["title"]) for item in value["items"])}
        return {k: unordered(v, k) for k, v in value.items()}
    if isinstance(value, list):
        items = [unordered(item) for item in value]
        if key in ("search", "tags"):
            return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
        return items
    return value


@pytest.fixture(scope="module")
def roundtrip(tmp_path_factory):
    root = tmp_path_factory.mktemp("backup")
    archive = root / "backup.zip"
    source_env = production_env(
        DATABASE_URL=f"sqlite:///{root / 'source.sqlite3'}", MEDIA_ROOT=root / "source-media"
    )
    manage(source_env, "migrate", "--noinput")
    manage(source_env, "load_demo_content")
    manage(source_env, "ensure_admin")
    manage(source_env, "backup", str(archive))

    postgres = OwnPostgres(PG_PORT)
    servers = []
    try:
        postgres.create_database("cms_i5_restored")
        target_env = production_env(
            DATABASE_URL=postgres.url("cms_i5_restored"), MEDIA_ROOT=root / "target-media"
        )
        manage(target_env, "restore", str(archive))
        servers.append(start_gunicorn(SOURCE_PORT, source_env, root / "source.log"))
        servers.append(start_gunicorn(TARGET_PORT, target_env, root / "target.log"))
        yield {"archive": archive, "source": source_env, "target": target_env}
    finally:
        for server in servers:
            server.stop()
        postgres.remove()


class Hits(frozenset):
    """Search hits across all content: PostgreSQL stems German words and SQLite's FTS5 does not
    („Beteiligung“ finds „beteiligen“ on PostgreSQL only), so the restored database must find
    every hit of the source, and may find more."""


def differences(before, after, path="") -> list[str]:
    if isinstance(before, Hits) and isinstance(after, Hits):
        return [] if before <= after else [f"{path}: lost {sorted(before - after)!r}"]
    if isinstance(before, dict) and isinstance(after, dict) and before.keys() == after.keys():
        return [d for key in before for d in differences(before[key], after[key], f"{path}.{key}")]
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        return [
            d
            for i, pair in enumerate(zip(before, after, strict=True))
            for d in differences(*pair, f"{path}[{i}]")
        ]
    return [] if before == after else [f"{path}: {before!r} != {after!r}"]


def test_every_operation_answers_as_before(roundtrip):
    before, after = answers(SOURCE_PORT), answers(TARGET_PORT)
    found = [d for name in OPERATIONS for d in differences(before[name], after[name], name)]
    assert not found, "\n".join(found)


def test_counts_are_equal(roundtrip):
    before = counts(roundtrip["source"])
    assert before["Page"] > 10 and before["CustomImage" if "CustomImage" in before else "Image"]
    assert counts(roundtrip["target"]) == before


def test_restore_into_a_database_with_content_is_refused_and_changes_nothing(roundtrip):
    before = counts(roundtrip["target"])
    result = subprocess.run(
        [sys.executable, "manage.py", "restore", str(roundtrip["archive"])],
        cwd=PROJECT,
        env=roundtrip["target"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0
    assert "The target is not empty" in result.stderr
    assert counts(roundtrip["target"]) == before
