"""What operators and load balancers rely on, through Django's full middleware stack: health
checks, JSON errors naming the request id, absolute media URLs on the host the CMS is
reached by, local media served without exposing documents."""

import json
import logging

import pytest
from django.db import DatabaseError, InterfaceError, OperationalError
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection

from cms.observability.logs import OncePerIntervalFilter

from .graphql_client import data_of

pytestmark = pytest.mark.django_db

IMAGE_URLS = (
    "query ($id: ID!) { image(id: $id) { url rendition(width: 400) { url } srcSet(sizes: [400]) } }"
)
DOCUMENT_URL = "query ($id: ID!) { document(id: $id) { url } }"


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path


@pytest.fixture
def anyclient():
    """A client that gets the 500 answer instead of the exception, as a real client does."""
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_health_answers_json_without_cookies_on_any_host(anyclient, path):
    # A load balancer calls by IP, which is not among ALLOWED_HOSTS.
    response = anyclient.get(path, HTTP_HOST="10.1.2.3:8000")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["status"] == "ok"
    assert not response.cookies
    assert response["X-Request-ID"]


def test_readyz_names_what_it_checked(anyclient, settings):
    body = anyclient.get("/readyz").json()
    assert body["database"] == "ok"
    assert body["cache"] == ("ok" if settings.REDIS_URL else "not configured")


def test_unhandled_error_on_the_api_is_json_naming_the_request_id(anyclient, settings, caplog):
    settings.ROOT_URLCONF = "tests.failing_urls"
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = anyclient.get("/graphql/failing/", HTTP_X_REQUEST_ID="trace-err-0001")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    (error,) = response.json()["errors"]
    assert error["extensions"]["requestId"] == "trace-err-0001" == response["X-Request-ID"]
    assert "RuntimeError" not in response.content.decode()
    (record,) = [r for r in caplog.records if r.exc_info]
    assert record.request_id == "trace-err-0001"
    assert record.exc_info[0] is RuntimeError


def test_unhandled_error_elsewhere_keeps_django_html_page(anyclient, settings):
    settings.ROOT_URLCONF = "tests.failing_urls"
    response = anyclient.get("/admin-failing/")
    assert response.status_code == 500
    assert response["Content-Type"].startswith("text/html")


def test_a_query_that_is_not_a_string_never_gets_html(anyclient):
    response = anyclient.post(
        "/graphql/", data=json.dumps({"query": 5}), content_type="application/json"
    )
    assert response["Content-Type"] == "application/json"
    if response.status_code == 500:
        (error,) = response.json()["errors"]
        assert error["extensions"]["requestId"] == response["X-Request-ID"]
    else:
        assert response.status_code == 400


def test_database_gone_is_503_json_with_retry_after(anyclient, settings):
    settings.ROOT_URLCONF = "tests.failing_urls"
    response = anyclient.get("/graphql/database-gone/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response.json()["errors"][0]["extensions"]["requestId"] == response["X-Request-ID"]


def test_a_failing_statement_is_a_500_naming_the_request_id_not_an_outage(
    anyclient, db, settings, caplog
):
    """The database answers; one statement failed (a bug): the normal error path, logged,
    never the 503 that tells clients to wait for the database."""
    settings.ROOT_URLCONF = "tests.failing_urls"
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = anyclient.get("/graphql/failing-statement/", HTTP_X_REQUEST_ID="trace-sql-0001")
    assert response.status_code == 500
    assert "Retry-After" not in response
    (error,) = response.json()["errors"]
    assert error["message"] == "Internal server error."
    assert error["extensions"]["requestId"] == "trace-sql-0001"
    (record,) = [r for r in caplog.records if r.exc_info]
    assert issubclass(record.exc_info[0], DatabaseError)
    assert not issubclass(record.exc_info[0], OperationalError | InterfaceError)


def test_media_urls_are_absolute_on_the_host_and_port_the_cms_is_reached(
    client, media_root, regions, settings
):
    settings.PUBLIC_BASE_URL = ""
    image = data_of(client, IMAGE_URLS, {"id": regions.public_image.pk}, host="north.test:8080")[
        "image"
    ]
    for url in (image["url"], image["rendition"]["url"], image["srcSet"].split()[0]):
        assert url.startswith("http://north.test:8080/media/"), url

    document = _document(media_root)
    answer = data_of(client, DOCUMENT_URL, {"id": document.pk}, host="north.test:8080")
    assert answer["document"]["url"] == f"http://north.test:8080/documents/{document.pk}/plan.txt"


def test_public_base_url_wins_over_the_request(client, media_root, regions, settings):
    settings.PUBLIC_BASE_URL = "https://cms.example.org"
    image = data_of(client, IMAGE_URLS, {"id": regions.public_image.pk}, host="north.test:8080")[
        "image"
    ]
    assert image["url"].startswith("https://cms.example.org/media/original_images/")
    assert image["rendition"]["url"].startswith("https://cms.example.org/media/images/")


def test_local_media_are_served_but_document_files_only_through_their_check(
    client, media_root, regions
):
    image_url = data_of(client, IMAGE_URLS, {"id": regions.public_image.pk})["image"]["url"]
    response = client.get(image_url.split("north.test", 1)[1], HTTP_HOST="north.test")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")

    document = _document(media_root)
    assert client.get(f"/media/{document.file.name}").status_code == 404
    served = client.get(f"/documents/{document.pk}/plan.txt")
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"Plan"


def test_repeated_outage_reports_are_let_through_once_per_interval():
    throttle = OncePerIntervalFilter(seconds=60)
    record = logging.LogRecord("cms.cache", logging.WARNING, "", 0, "Redis down", None, None)
    assert [throttle.filter(record) for _ in range(5)] == [True, False, False, False, False]


def _document(media_root):
    from django.core.files.base import ContentFile

    return get_document_model().objects.create(
        title="Plan",
        file=ContentFile(b"Plan", name="plan.txt"),
        collection=Collection.get_first_root_node(),
    )


def test_collectstatic_builds_the_production_manifest(settings, tmp_path):
    # `make serve` runs this first; a CSS or JS file that names a missing file (a source map,
    # a font) fails the whole manifest, and with it every start of the production stack.
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.core.management import call_command
    from django.utils.functional import empty

    settings.STATIC_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    staticfiles_storage._wrapped = empty  # re-read the storage setting
    try:
        call_command("collectstatic", "--noinput", verbosity=0)
        manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
        assert "graphiql/vendor/graphiql.min.js" in manifest
        hashed_css = manifest["graphiql/vendor/graphiql.min.css"]
        assert hashed_css != "graphiql/vendor/graphiql.min.css"
        assert (tmp_path / (hashed_css + ".gz")).is_file()
    finally:
        staticfiles_storage._wrapped = empty
