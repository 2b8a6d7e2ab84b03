"""Fixtures: the demo content of the four regions, loaded once per module; and two small regions built through Wagtail's own APIs, with the content the
visibility gate must keep in: drafts, private pages, expired pages, private collections and
draft snippets, next to published content."""

import datetime
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from pytest_django.plugin import blocking_manager_key
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)

from content_models.demo.loader import load_demo_content
from content_models.models import (
    Contact,
    ContentPage,
    RegionHomePage,
    RegionSettings,
    StrategyIndexPage,
    StrategyPage,
    Theme,
)

from .media_factory import make_image
from .microsite_stack import microsite_browser, microsite_stack  # noqa: F401 - fixtures


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_page(parent, page, live=True):
    parent.add_child(instance=page)
    if live:
        return publish(page)
    page.live = False
    page.save_revision()
    page.save(update_fields=["live"])
    return page


def publish_snippet(obj):
    obj.save()
    obj.save_revision().publish()
    obj.refresh_from_db()
    return obj


def restore_wagtail_base_rows():
    """The rows Wagtail's migrations create (default locale, root page, root collection).
    Tests with `transaction=True` (browser, worker) empty every table when they end, so the
    tests after them put these back first."""
    locale, _ = Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")


def _emptied_the_tables(item) -> bool:
    """Whether the test ran as a transactional test, which pytest-django ends by emptying
    every table (the same conditions pytest-django uses)."""
    if "django_db_setup" not in getattr(item, "funcargs", {}):
        return False  # skipped, or never reached the database
    marker = item.get_closest_marker("django_db")
    names = item.fixturenames
    return bool(marker and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & set(names)
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a transactional test has emptied the tables (its fixtures' teardown, hence around
    it), Wagtail's base rows go back, so no later test in this process depends on which tests
    ran before it."""
    yield
    # After the process's last test the test database is gone with the session's fixtures,
    # and the connection points at the database named in DATABASE_URL again.
    if nextitem is not None and _emptied_the_tables(item):
        with item.config.stash[blocking_manager_key].unblock():
            restore_wagtail_base_rows()


def make_region(hostname, slug, name, default=False):
    restore_wagtail_base_rows()
    root = Page.get_first_root_node()
    home = RegionHomePage(title=name, slug=slug, region_name=name)
    root.add_child(instance=home)
    publish(home)
    Site.objects.create(
        hostname=hostname, port=80, root_page=home, is_default_site=default, site_name=name
    )
    return home


@pytest.fixture
def regions(db):
    """Region "north" (default site) with the full set of visible and hidden content, and
    region "south" with a page of its own."""
    return build_regions()


def build_regions():
    """The content of the `regions` fixture, for fixtures of a wider scope as well."""
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()

    north = make_region("north.test", "north", "Region Nord", default=True)
    south = make_region("south.test", "south", "Region Süd")

    public_theme = publish_snippet(Theme(name="Mobilität", slug="mobilitaet", region=north))
    draft_theme = Theme(name="Entwurf", slug="entwurf", region=north, live=False)
    draft_theme.save()
    draft_theme.save_revision()
    south_theme = publish_snippet(Theme(name="Südthema", slug="sued", region=south))
    shared_theme = publish_snippet(Theme(name="Bildung", slug="bildung"))
    draft_contact = Contact(name="Erika Entwurf", region=north, live=False)
    draft_contact.save()
    draft_contact.save_revision()
    contact = publish_snippet(Contact(name="Petra Public", role="Projektleitung", region=north))

    strategies = add_page(north, StrategyIndexPage(title="Strategie", slug="strategie"))
    framework = StrategyPage(
        title="Rahmenstrategie Nord", slug="rahmenstrategie", kind="framework", contact=contact
    )
    strategies.add_child(instance=framework)
    framework.themes.set([public_theme, draft_theme, shared_theme])
    publish(framework)
    draft = add_page(
        strategies,
        StrategyPage(title="Entwurfsstrategie", slug="entwurf", kind="municipal"),
        live=False,
    )
    expired = add_page(
        strategies,
        StrategyPage(title="Abgelaufene Strategie", slug="abgelaufen", kind="municipal"),
    )
    Page.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - datetime.timedelta(days=1))

    private_section = add_page(north, ContentPage(title="Intern", slug="intern"))
    PageViewRestriction.objects.create(
        page=private_section, restriction_type=PageViewRestriction.LOGIN
    )
    private_child = add_page(private_section, ContentPage(title="Interna", slug="interna"))

    south_strategies = add_page(south, StrategyIndexPage(title="Strategie", slug="strategie"))
    south_strategy = add_page(
        south_strategies,
        StrategyPage(title="Südstrategie", slug="suedstrategie", kind="action_plan"),
    )

    root_collection = Collection.get_first_root_node()
    private_collection = root_collection.add_child(name="Privat")
    CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    private_subcollection = private_collection.add_child(name="Privat/Unterordner")
    public_image = make_image("Öffentliches Bild", root_collection)
    private_image = make_image("Privates Bild", private_collection)
    nested_private_image = make_image("Verstecktes Bild", private_subcollection)
    south_collection = root_collection.add_child(name="Medien Süd")
    south.media_collection = south_collection
    south.save_revision().publish()
    south_image = make_image("Südbild", south_collection.add_child(name="Medien Süd/Fotos"))

    settings = RegionSettings.for_site(Site.objects.get(hostname="north.test"))
    settings.imprint_page = draft
    settings.privacy_page = private_child
    settings.save()

    return SimpleNamespace(
        north=north,
        south=south,
        strategies=strategies,
        framework=framework,
        draft=draft,
        expired=expired,
        private_section=private_section,
        private_child=private_child,
        south_strategy=south_strategy,
        public_theme=public_theme,
        draft_theme=draft_theme,
        south_theme=south_theme,
        shared_theme=shared_theme,
        contact=contact,
        draft_contact=draft_contact,
        public_image=public_image,
        private_image=private_image,
        nested_private_image=nested_private_image,
        private_collection=private_collection,
        south_image=south_image,
    )


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    media_root = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root):
        with transaction.atomic():
            restore_wagtail_base_rows()
            tally = load_demo_content()
            yield tally
            transaction.set_rollback(True)
        # The rollback fires no signals: drop Wagtail's cached site list by hand.
        Site.clear_site_root_paths_cache()


def log_in_to_admin(page, base_url, username, password):
    """Logs in through the admin's login form in a real browser (Playwright page)."""
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
