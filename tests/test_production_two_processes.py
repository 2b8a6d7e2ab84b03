"""The production stack as an operator runs it: `make serve` (migrations, static files,
gunicorn under honcho) and a second gunicorn on another port, both against one PostgreSQL,
one Redis and one S3-compatible server of this test's own. Nothing lives on one process's disk
or in its memory: what is published or uploaded through one is served fresh by the other."""

import io
import json
import os
import re
import signal
import subprocess

import pytest
import requests
from PIL import Image

from .graphql_client import OPERATIONS_DIR, operation_text, operation_variables
from .servers import (
    PROJECT,
    OwnPostgres,
    OwnRedis,
    OwnS3,
    http,
    production_env,
    start_gunicorn,
    wait_until,
)

pytestmark = pytest.mark.slow

PG_PORT, REDIS_PORT, S3_PORT, SERVE_PORT, SECOND_PORT = 18520, 18521, 18522, 18523, 18524
FIRST = f"http://127.0.0.1:{SERVE_PORT}"
SECOND = f"http://127.0.0.1:{SECOND_PORT}"
ADMIN = {"username": "operator", "password": "two-processes-Passw0rd"}
OPERATIONS = sorted(path.stem for path in OPERATIONS_DIR.glob("*.graphql"))


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    root = tmp_path_factory.mktemp("two-processes")
    postgres = OwnPostgres(PG_PORT)
    started = []
    try:
        postgres.create_database("cms_i5_serve")
        started.append(OwnRedis(root / "redis", REDIS_PORT))
        s3 = OwnS3(root / "s3", S3_PORT, "cms-media")
        started.append(s3)
        env = production_env(
            DATABASE_URL=postgres.url("cms_i5_serve"),
            REDIS_URL=started[0].url(0),
            CACHE_KEY_PREFIX="cms_i5_serve",
            STATIC_ROOT=root / "static",
            DEMO_CONTENT=1,
            ADMIN_USERNAME=ADMIN["username"],
            ADMIN_PASSWORD=ADMIN["password"],
            PORT=SERVE_PORT,
            **s3.env(),
        )
        serve_log = open(root / "serve.log", "ab")  # noqa: SIM115 - closed below
        make_serve = subprocess.Popen(
            ["make", "serve"],
            cwd=PROJECT,
            env=env,
            stdout=serve_log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_until(
                lambda: http("GET", FIRST + "/healthz", timeout=2)[0] == 200,
                timeout=900,
                what="make serve",
                process=make_serve,
            )
            started.append(start_gunicorn(SECOND_PORT, env, root / "second.log"))
            yield {"s3": s3, "serve_log": root / "serve.log"}
        except RuntimeError:
            raise AssertionError((root / "serve.log").read_text(errors="replace")[-4000:]) from None
        finally:
            if make_serve.poll() is None:
                os.killpg(make_serve.pid, signal.SIGTERM)
                make_serve.wait(timeout=60)
            serve_log.close()
    finally:
        for server in reversed(started):
            server.stop()
        postgres.remove()


def run(base, name):
    status, _, body = http(
        "POST",
        base + "/graphql/",
        {"query": operation_text(name), "variables": operation_variables(name)},
    )
    assert status == 200, body
    result = json.loads(body)
    assert "errors" not in result, result
    return result["data"]


def media_urls(value) -> set[str]:
    """Every image, rendition and document URL in an answer, srcSet entries and links in rich
    text included."""
    found = set()
    if isinstance(value, dict):
        for item in value.values():
            found |= media_urls(item)
    elif isinstance(value, list):
        for item in value:
            found |= media_urls(item)
    elif isinstance(value, str):
        found |= {
            url
            for url in re.findall(r"https?://[^\s\"'<>,]+", value)
            if "/documents/" in url or "/cms-media/" in url or "/media/" in url
        }
    return found


def test_admin_loads_with_its_css_from_whitenoise(stack):
    status, _, page = http("GET", FIRST + "/admin/login/")
    assert status == 200
    stylesheets = re.findall(r'href="(/static/[^"]+\.css)"', page.decode())
    assert stylesheets and all(re.search(r"\.[0-9a-f]{12}\.css$", s) for s in stylesheets)
    status, headers, _ = http("GET", FIRST + stylesheets[0], headers={"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert (
        "immutable" in headers["Cache-Control"] and "max-age=315360000" in headers["Cache-Control"]
    )


@pytest.mark.parametrize("base", [FIRST, SECOND])
def test_health_of_both_processes(stack, base):
    assert json.loads(http("GET", base + "/healthz")[2]) == {"status": "ok"}
    status, _, body = http("GET", base + "/readyz")
    assert status == 200
    assert json.loads(body) == {"status": "ok", "database": "ok", "cache": "ok"}


def test_every_operation_answers_alike_on_both_and_every_media_url_loads(stack):
    urls = set()
    for name in OPERATIONS:
        first = run(FIRST, name)
        # Document URLs name the process that was asked (they go through its privacy check).
        second = json.loads(json.dumps(run(SECOND, name)).replace(SECOND, FIRST))
        assert second == first, name
        urls |= media_urls(first)
    assert any("/cms-media/" in url for url in urls), "images come from the bucket"
    assert any("/documents/" in url for url in urls), "documents come through the CMS"
    for url in sorted(urls):
        status, _, body = http("GET", url)
        assert status == 200 and body, url


def test_logs_are_json_lines_with_the_request_id(stack):
    http("GET", FIRST + "/healthz")
    status, headers, _ = http(
        "GET", FIRST + "/admin/login/", headers={"X-Request-ID": "trace-serve-0001"}
    )
    assert status == 200 and headers["X-Request-ID"] == "trace-serve-0001"

    def access_lines():
        lines = [
            json.loads(line)
            for line in stack["serve_log"].read_text().splitlines()
            if line.startswith("{")
        ]
        return [line for line in lines if line["request_id"] == "trace-serve-0001"]

    # honcho relays the worker's output through a pipe: the line arrives a moment later.
    wait_until(access_lines, timeout=10, what="the access log line")
    (access,) = access_lines()
    assert access["logger"] == "cms.access"
    assert access["method"] == "GET" and access["path"] == "/admin/login/"
    assert access["status"] == 200 and access["duration_ms"] >= 0
    assert {"time", "level", "message"} <= set(access)


def admin_session(base):
    """Logs in through the admin's own form. The session and CSRF cookies are `Secure` in
    production, so they are carried by hand over this loopback HTTP."""
    login = requests.get(base + "/admin/login/", timeout=10)
    cookies = dict(login.cookies)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text).group(1)
    response = requests.post(
        base + "/admin/login/",
        data={**ADMIN, "csrfmiddlewaretoken": token},
        cookies=cookies,
        allow_redirects=False,
        timeout=10,
    )
    assert response.status_code == 302, response.text[:500]
    cookies.update(response.cookies)
    return cookies


def csrf_token(base, path, cookies):
    page = requests.get(base + path, cookies=cookies, timeout=10)
    assert page.status_code == 200, page.text[:300]
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)


def test_unpublished_through_one_is_gone_from_the_other(stack):
    variables = operation_variables("PageByPath")
    query = "query ($site: String, $path: String!) { page(site: $site, urlPath: $path) { id } }"

    def page_on(base):
        status, _, body = http("POST", base + "/graphql/", {"query": query, "variables": variables})
        return json.loads(body)["data"]["page"]

    page = page_on(SECOND)
    assert page is not None
    cookies = admin_session(FIRST)
    path = f"/admin/pages/{page['id']}/unpublish/"
    token = csrf_token(FIRST, path, cookies)
    response = requests.post(
        FIRST + path,
        data={"csrfmiddlewaretoken": token},
        cookies=cookies,
        allow_redirects=False,
        timeout=10,
    )
    assert response.status_code == 302
    assert page_on(SECOND) is None


def test_image_uploaded_through_one_loads_through_the_others_urls(stack):
    cookies = admin_session(FIRST)
    path = "/admin/images/multiple/add/"
    token = csrf_token(FIRST, path, cookies)
    png = io.BytesIO()
    Image.new("RGB", (900, 600), (200, 40, 40)).save(png, format="PNG")
    response = requests.post(
        FIRST + path,
        data={"csrfmiddlewaretoken": token, "collection": "1"},
        files={"files[]": ("upload-two-processes.png", png.getvalue(), "image/png")},
        cookies=cookies,
        timeout=30,
    )
    assert response.status_code == 200 and response.json()["success"], response.text[:500]
    image_id = response.json()["image_id"]

    query = 'query ($id: ID!) { image(id: $id, site: "suedwestfalen.localhost") { url rendition(width: 400) { url width } } }'
    status, _, body = http(
        "POST", SECOND + "/graphql/", {"query": query, "variables": {"id": image_id}}
    )
    image = json.loads(body)["data"]["image"]
    assert image["rendition"]["width"] == 400
    for url in (image["url"], image["rendition"]["url"]):
        assert url.startswith(stack["s3"].endpoint + "/cms-media/"), url
        status, headers, content = http("GET", url)
        assert status == 200 and content.startswith(b"\x89PNG")
