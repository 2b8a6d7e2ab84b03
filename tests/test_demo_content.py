"""The demo content: four regions as Wagtail sites, the facts of the seeds, idempotent loading,
and prose that paraphrases the seeds instead of copying them.

The demo is loaded once per module inside a transaction that is rolled back at the end, so
the other test modules never see it; each test runs in its own savepoint within it."""

import dataclasses
import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision, Site

from content_models.demo.images import render_image, render_pdf
from content_models.demo.loader import load_demo_content
from content_models.demo.regions import REGIONS, SHARED_SNIPPETS
from content_models.models import (
    Contact,
    Municipality,
    Organisation,
    ProjectPage,
    RegionHomePage,
    RegionSettings,
    StrategyPage,
    Theme,
)

SNIPPET_MODELS = (Theme, Organisation, Contact, Municipality)
HOSTNAMES = {
    "emscher-lippe.localhost": "SMART REGION Emscher-Lippe",
    "suedwestfalen.localhost": "Smart Cities: 5 für Südwestfalen",
    "kreis-unna.localhost": "Smart Region Kreis Unna",
    "owl.localhost": "OWL 4.0",
}


def home(hostname):
    return Site.objects.get(hostname=hostname).root_page.specific


def key_facts(page):
    return {(block.value["value"], block.value["caption"]) for block in page.key_facts}


def snapshot():
    """Counts and change markers of everything the loader writes."""
    return {
        "pages": sorted(
            Page.objects.values_list(
                "pk", "title", "live", "latest_revision_id", "last_published_at"
            )
        ),
        "revisions": Revision.objects.count(),
        "images": sorted(get_image_model().objects.values_list("pk", "title", "file", "file_hash")),
        "documents": sorted(get_document_model().objects.values_list("pk", "title", "file")),
        "collections": Collection.objects.count(),
        "sites": sorted(
            Site.objects.values_list("pk", "hostname", "root_page_id", "is_default_site")
        ),
        "settings": sorted(
            RegionSettings.objects.values_list("pk", "newsletter_url", "logo_id", "primary_colour")
        ),
        **{
            model.__name__: sorted(model.objects.values_list("pk", "latest_revision_id", "live"))
            for model in SNIPPET_MODELS
        },
    }


@pytest.mark.django_db
def test_four_sites_with_region_home_pages_at_the_top(demo):
    sites = Site.objects.all()
    assert {site.hostname: site.site_name for site in sites} == HOSTNAMES
    assert {site.port for site in sites} == {80}
    assert [site.hostname for site in sites if site.is_default_site] == ["suedwestfalen.localhost"]
    for site in sites:
        root = site.root_page.specific
        assert isinstance(root, RegionHomePage)
        assert root.depth == 2
        assert root.region_name == site.site_name
        assert root.live
    # Wagtail's "Welcome" placeholder is gone: only the four home pages sit below the root ...
    assert Page.objects.filter(depth=2, locale__language_code="de").count() == 4
    # ... and their English translations, each the top of the region's English tree.
    assert Page.objects.filter(depth=2, locale__language_code="en").count() == 4


@pytest.mark.django_db
def test_suedwestfalen_facts(demo):
    page = home("suedwestfalen.localhost")
    assert (page.inhabitants, page.area_km2, page.density_per_km2) == (1_380_000, 6200, 222)
    assert page.municipality_count == 59
    assert {("13", "Bundesförderung für das Modellprojekt"), ("5", "Pionierkommunen"),
            ("14", "Mitmacherkommunen")} <= key_facts(page)  # fmt: skip
    assert page.operator.name == "Südwestfalen Agentur"
    assert page.hero_image.width == 1600
    block_types = {block.block_type for block in page.body}
    assert {"heading", "paragraph", "facts", "timeline", "quote", "checklist",
            "call_to_action", "contact", "document"} <= block_types  # fmt: skip


@pytest.mark.django_db
def test_framework_strategy_of_suedwestfalen(demo):
    region = home("suedwestfalen.localhost")
    strategy = StrategyPage.objects.descendant_of(region).get(slug="rahmenstrategie")
    assert strategy.title == "Smart Cities Rahmenstrategie für Südwestfalen"
    assert strategy.kind == "framework"
    assert strategy.live and strategy.live_revision_id
    assert strategy.motto == "Digital – Nachhaltig – Authentisch"
    assert strategy.adopted_on.year == 2020
    assert strategy.document.file.name.endswith(".pdf")
    assert strategy.contact.name == "Matthias Barutowicz"
    municipal = StrategyPage.objects.descendant_of(region).filter(kind="municipal")
    assert municipal.count() == 5
    cta = next(block for block in region.body if block.block_type == "call_to_action")
    assert cta.value["page"].specific == strategy


@pytest.mark.django_db
def test_pioneer_and_joining_municipalities(demo):
    region = home("suedwestfalen.localhost")
    in_region = Municipality.objects.filter(region=region, live=True)
    assert set(in_region.filter(role="pioneer").values_list("name", flat=True)) == {
        "Arnsberg", "Bad Berleburg", "Menden", "Olpe", "Soest",
    }  # fmt: skip
    joining = dict(in_region.filter(role="joining").values_list("name", "district"))
    assert len(joining) == 14
    assert joining["Wendener Land"] == "Kreis Olpe"
    assert joining["Siegen"] == "Kreis Siegen-Wittgenstein"


@pytest.mark.django_db
def test_emscher_lippe(demo):
    region = home("emscher-lippe.localhost")
    assert any(value == "12" and "UMBAU 21" in caption for value, caption in key_facts(region))
    municipalities = Municipality.objects.filter(region=region)
    assert municipalities.get(name="Gelsenkirchen").role == "lead"
    assert municipalities.get(name="Kreis Recklinghausen").role == "district"
    assert municipalities.filter(district="Kreis Recklinghausen", role="member").count() == 10
    assert region.contact_email == "smartregion@emscher-lippe.de"
    project = ProjectPage.objects.descendant_of(region).get(slug="smart-networks")
    assert project.funding_programme == "umbau21"
    settings_ = RegionSettings.objects.get(site__hostname="emscher-lippe.localhost")
    assert settings_.newsletter_url and settings_.imprint_page.slug == "impressum"


@pytest.mark.django_db
def test_every_region_has_a_valid_colour(demo):
    """The loader saves without the admin's validation: the colours must pass it all the same."""
    for region_settings in RegionSettings.objects.select_related("site"):
        assert region_settings.primary_colour, region_settings.site.hostname
        region_settings.full_clean()  # #rrggbb, and white text on it at 4.5:1


@pytest.mark.django_db
def test_kreis_unna_and_owl(demo):
    unna = home("kreis-unna.localhost")
    assert Theme.objects.filter(region=unna).count() == 12
    assert Municipality.objects.filter(region=unna, district="Kreis Unna").count() == 10

    owl = home("owl.localhost")
    plan = StrategyPage.objects.descendant_of(owl).get(kind="action_plan")
    assert (plan.period_start, plan.period_end, plan.adopted_on.year) == (2022, 2025, 2015)
    assert {theme.name for theme in plan.themes.all()} >= {"Technologietransfer", "Kundenzugang"}
    projects = ProjectPage.objects.descendant_of(owl)
    submitted = projects.filter(status="submitted", funding_programme="regio_nrw")
    assert submitted.count() == 7
    assert set(submitted.values_list("start_year", "end_year")) == {(2019, 2022)}
    assert projects.filter(status="completed").exists()
    assert plan.contact.phone == "0521 96733-22"


@pytest.mark.django_db
def test_everything_is_published_with_a_revision(demo):
    pages = Page.objects.filter(depth__gt=1).specific()
    assert pages
    for page in pages:
        assert page.live and page.live_revision_id, page
        assert not page.has_unpublished_changes, page
    for model in SNIPPET_MODELS:
        assert not model.objects.filter(live=False).exists()
        assert not model.objects.filter(live_revision__isnull=True).exists()


@pytest.mark.django_db
def test_second_run_changes_nothing(demo):
    before = snapshot()
    tally = load_demo_content()
    assert tally.total_created == 0
    assert tally.total_kept == demo.total_created
    assert snapshot() == before


@pytest.mark.django_db
def test_second_run_keeps_editor_changes(demo):
    region = home("owl.localhost")
    region.claim = "Von einer Redakteurin geändert"
    region.save_revision().publish()
    german = {"locale__language_code": "de"}
    Theme.objects.filter(slug="mobilitaet", region=None, **german).update(
        description="Eigene Beschreibung"
    )

    load_demo_content()

    assert home("owl.localhost").claim == "Von einer Redakteurin geändert"
    theme = Theme.objects.get(slug="mobilitaet", region=None, **german)
    assert theme.description == "Eigene Beschreibung"


def test_pictures_and_pdfs_are_reproducible():
    palette = ((0, 0, 0), (255, 255, 255), (128, 128, 128))
    assert render_image("Bild", "hero", palette, "Region") == render_image(
        "Bild", "hero", palette, "Region"
    )
    assert render_pdf("Papier", ["Text"], palette, "Region") == render_pdf(
        "Papier", ["Text"], palette, "Region"
    )


# --- The prose is written fresh: no sentence of the seeds is copied. ---

SEEDS_DIR = Path(os.environ.get("DEMO_SEEDS_DIR", Path(settings.BASE_DIR).parent / "shared/seeds"))
# A name and a job title the demo must carry verbatim; in the seeds each stands alone on a line,
# so it looks like a sentence.
VERBATIM_NAMES = {
    "smart cities rahmenstrategie für südwestfalen",
    "projektmanager smart cities: 5 für südwestfalen",
}


def normalise(text):
    text = re.sub(r"[*•<>]+", " ", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def seed_sentences():
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for sentence in re.split(r"(?<=[.!?])\s+", line):
                core = normalise(sentence).strip(' .!?:„“"')
                if len(core) > 40 and core not in VERBATIM_NAMES:
                    yield core


def demo_strings(value):
    """Every string in the region data, however deeply nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from demo_strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from demo_strings(item)
    elif dataclasses.is_dataclass(value):
        yield from demo_strings(dataclasses.astuple(value))


@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="seed documents not available")
def test_no_seed_sentence_is_copied():
    sentences = list(seed_sentences())
    assert len(sentences) > 30
    texts = [normalise(text) for text in demo_strings([REGIONS, SHARED_SNIPPETS])]
    copied = {sentence for sentence in sentences for text in texts if sentence in text}
    assert not copied
