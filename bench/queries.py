"""The SQL queries of one request, counted inside Django (the servers' settings and database):
its first request in a fresh process, and the same request again in that warm process.

    python bench/queries.py '{"method": "POST", "path": "/graphql/", "body": "..."}'

Run once per scenario by bench/run.py, each in a new process, so that "first" is what a fresh
gunicorn worker pays."""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def count(client, spec) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as captured:
        if spec["method"] == "POST":
            response = client.post(
                spec["path"], spec["body"], content_type="application/json", HTTP_HOST="localhost"
            )
        else:
            response = client.get(spec["path"], HTTP_HOST="localhost")
    return response.status_code, len(captured)


def main():
    spec = json.loads(sys.argv[1])
    client = Client()
    first_status, first = count(client, spec)
    warm_status, warm = count(client, spec)
    print(json.dumps({"first": first, "warm": warm, "status": [first_status, warm_status]}))


if __name__ == "__main__":
    main()
