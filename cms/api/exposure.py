"""What each model and block shows over GraphQL.

The models know nothing of GraphQL; this module attaches grapple's `graphql_fields` to them
when the API app starts, before grapple (listed after it) builds its types from them."""

import graphene
from grapple.helpers import register_streamfield_block
from grapple.models import (
    GraphQLDocument,
    GraphQLField,
    GraphQLImage,
    GraphQLInt,
    GraphQLPage,
    GraphQLRichText,
    GraphQLSnippet,
    GraphQLStreamfield,
    GraphQLString,
)
from grapple.registry import registry
from wagtail.fields import StreamField
from wagtail.models import Page

from content_models import blocks, models

from . import enums
from .gate import published_and_public
from .loaders import active_loaders, stream_as_asked


def GraphQLSnippetList(field_name: str, model):
    """A many-to-many of snippets as a plain list (no client-controlled ordering); the
    visibility gate filters its items (field_guards.py)."""

    def mixin():
        return GraphQLField(field_name, lambda: registry.snippets[model], is_list=True)

    return mixin


def GraphQLDate(field_name: str):
    return lambda: GraphQLField(field_name, graphene.Date)


def GraphQLDateTime(field_name: str):
    return lambda: GraphQLField(field_name, graphene.DateTime)


def GraphQLChoice(field_name: str, enum, source=None):
    """A choice field as its GraphQL enum."""
    return lambda: GraphQLField(field_name, enum, source=source or field_name)


def blank_as_null(model, field_name: str) -> str:
    """A blank choice is no member of its enum: it reaches the API as null, through a property
    of the model named here."""
    source = f"_api_{field_name}"
    setattr(model, source, property(lambda obj: getattr(obj, field_name) or None))
    return source


def GraphQLStringList(field_name: str):
    return lambda: GraphQLField(field_name, graphene.String, is_list=True)


def _stream_source(field_name: str) -> str:
    return f"_api_stream_{field_name}"


def GraphQLLoadedStreamfield(field_name: str):
    """A model's StreamField whose blocks load what they reference together, and only for the
    block types the query asks for: read through a method (`loaded_streams`) that grapple
    calls with the resolver's `info`."""
    return GraphQLStreamfield(field_name, source=_stream_source(field_name))


def loaded_streams(model):
    """Gives `model` the methods GraphQLLoadedStreamfield reads, one per StreamField."""
    for field in model._meta.get_fields():
        if isinstance(field, StreamField):
            setattr(model, _stream_source(field.name), _loaded_stream(field.attname))


def _loaded_stream(attname: str):
    def stream(obj, info, **kwargs):
        return stream_as_asked(getattr(obj, attname), info.field_nodes, info.fragments)

    return stream


def _loaded_foreign_key(model, field_name: str, kind: str) -> str:
    """Gives `model` a property that reads the foreign key `field_name` through the request's
    loader of `kind` (`pages`, `images`): one query for every id primed with it. Returns the
    property's name, the GraphQL field's source."""
    source = f"_api_loaded_{field_name}"

    def loaded(obj):
        loaders = active_loaders()
        if loaders is None:
            return getattr(obj, field_name)
        return getattr(loaders, kind).load_many([getattr(obj, f"{field_name}_id")])[0]

    setattr(model, source, property(loaded))
    return source


def GraphQLLoadedPage(field_name: str, model):
    return GraphQLPage(field_name, source=_loaded_foreign_key(model, field_name, "pages"))


def GraphQLLoadedImage(field_name: str, model):
    return GraphQLImage(field_name, source=_loaded_foreign_key(model, field_name, "images"))


REGION_PAGE_FIELDS = [GraphQLString("intro"), GraphQLLoadedStreamfield("body")]
THEMES = GraphQLSnippetList("themes", models.Theme)
MUNICIPALITIES = GraphQLSnippetList("municipalities", models.Municipality)

MODEL_FIELDS = {
    models.RegionHomePage: [
        GraphQLString("region_name"),
        GraphQLString("claim"),
        GraphQLRichText("intro"),
        GraphQLLoadedImage("hero_image", models.RegionHomePage),
        GraphQLSnippet("operator", "content_models.Organisation"),
        GraphQLSnippet("contact", "content_models.Contact"),
        GraphQLString("contact_email"),
        GraphQLInt("inhabitants"),
        GraphQLField("area_km2", graphene.Float),
        GraphQLInt("population_density"),
        GraphQLInt("municipality_count"),
        GraphQLLoadedStreamfield("key_facts"),
        GraphQLLoadedStreamfield("body"),
    ],
    models.StrategyIndexPage: REGION_PAGE_FIELDS,
    models.GuidelineIndexPage: REGION_PAGE_FIELDS,
    models.StoryIndexPage: REGION_PAGE_FIELDS,
    models.EventIndexPage: REGION_PAGE_FIELDS,
    models.ProjectIndexPage: REGION_PAGE_FIELDS,
    models.ContentPage: REGION_PAGE_FIELDS,
    models.StrategyPage: REGION_PAGE_FIELDS
    + [
        GraphQLChoice("kind", enums.StrategyKind),
        GraphQLString("motto"),
        GraphQLDate("adopted_on"),
        GraphQLDate("revised_on"),
        GraphQLInt("period_start"),
        GraphQLInt("period_end"),
        GraphQLLoadedStreamfield("goals"),
        THEMES,
        MUNICIPALITIES,
        GraphQLDocument("document"),
        GraphQLSnippet("contact", "content_models.Contact"),
    ],
    models.GuidelinePage: REGION_PAGE_FIELDS
    + [
        GraphQLInt("number"),
        GraphQLString("summary"),
        GraphQLLoadedStreamfield("checklist"),
        GraphQLDate("published_on"),
        GraphQLSnippet("author", "content_models.Contact"),
        THEMES,
        GraphQLDocument("document"),
    ],
    models.StoryPage: REGION_PAGE_FIELDS
    + [
        GraphQLDate("date"),
        GraphQLSnippet("author", "content_models.Contact"),
        GraphQLString("author_name"),
        GraphQLImage("image"),
        GraphQLStringList("tags"),
        THEMES,
        MUNICIPALITIES,
    ],
    models.EventPage: REGION_PAGE_FIELDS
    + [
        GraphQLDateTime("starts_at"),
        GraphQLDateTime("ends_at"),
        GraphQLChoice("event_format", enums.EventFormat),
        GraphQLString("location"),
        GraphQLString("registration_url"),
        GraphQLImage("image"),
        GraphQLSnippet("contact", "content_models.Contact"),
        THEMES,
    ],
    models.ProjectPage: REGION_PAGE_FIELDS
    + [
        GraphQLChoice("status", enums.ProjectStatus),
        GraphQLChoice(
            "funding_programme",
            enums.FundingProgramme,
            source=blank_as_null(models.ProjectPage, "funding_programme"),
        ),
        GraphQLField("funding_amount", graphene.Decimal),
        GraphQLInt("start_year"),
        GraphQLInt("end_year"),
        GraphQLImage("image"),
        GraphQLSnippetList("partners", models.Organisation),
        GraphQLSnippet("contact", "content_models.Contact"),
        THEMES,
        MUNICIPALITIES,
    ],
    models.Theme: [GraphQLString("name"), GraphQLString("slug"), GraphQLString("description")],
    models.Organisation: [
        GraphQLString("name"),
        GraphQLChoice("kind", enums.OrganisationKind),
        GraphQLString("description"),
        GraphQLString("website"),
        GraphQLString("email"),
        GraphQLImage("logo"),
    ],
    models.Contact: [
        GraphQLChoice("kind", enums.ContactKind),
        GraphQLString("name"),
        GraphQLString("role"),
        GraphQLSnippet("organisation", "content_models.Organisation"),
        GraphQLString("email"),
        GraphQLString("phone"),
        GraphQLImage("photo"),
    ],
    models.Municipality: [
        GraphQLString("name"),
        GraphQLString("slug"),
        GraphQLString("district"),
        GraphQLInt("population"),
        GraphQLChoice("role", enums.MunicipalityRole),
        GraphQLString("website"),
    ],
    models.RegionSettings: [
        GraphQLLoadedImage("logo", models.RegionSettings),
        GraphQLString("primary_colour"),
        GraphQLString("newsletter_url"),
        GraphQLString("linkedin_url"),
        GraphQLString("instagram_url"),
        GraphQLString("mastodon_url"),
        GraphQLString("youtube_url"),
        GraphQLLoadedPage("imprint_page", models.RegionSettings),
        GraphQLLoadedPage("privacy_page", models.RegionSettings),
    ],
}

BLOCK_FIELDS = {
    blocks.HeadingBlock: [GraphQLString("text"), GraphQLString("level")],
    blocks.ImageWithCaptionBlock: [
        GraphQLImage("image"),
        GraphQLString("caption"),
        GraphQLString("credit"),
    ],
    blocks.QuoteBlock: [GraphQLString("text"), GraphQLString("attribution")],
    blocks.FactBlock: [GraphQLString("value"), GraphQLString("unit"), GraphQLString("caption")],
    blocks.FactsBlock: [GraphQLString("title"), GraphQLStreamfield("facts")],
    blocks.TimelineEntryBlock: [
        GraphQLString("date_label"),
        GraphQLString("title"),
        GraphQLString("text"),
    ],
    blocks.TimelineBlock: [GraphQLString("title"), GraphQLStreamfield("entries")],
    blocks.ChecklistBlock: [GraphQLString("title"), GraphQLStringList("items")],
    blocks.DocumentDownloadBlock: [GraphQLDocument("document"), GraphQLString("title")],
    blocks.ContactReferenceBlock: [
        GraphQLSnippet("contact", "content_models.Contact"),
        GraphQLString("heading"),
    ],
    blocks.CallToActionBlock: [
        GraphQLString("text"),
        GraphQLString("button_label"),
        GraphQLPage("page"),
        GraphQLString("url", source="link_url"),
    ],
    blocks.GoalBlock: [GraphQLString("title"), GraphQLString("description")],
}


def call_to_action_url(self, info=None, values=None, **kwargs) -> str:
    """The button's target as rich-text links have it: a visible page's URL (an absolute one on
    its region's frontend, also for another region's page), else the external link. The `page`
    field beside it stays within the region."""
    page = (values or {}).get("page")
    if page is not None:
        loaders = active_loaders()
        if loaders is not None:  # the page came from the request's loader
            public = loaders.facts.published_and_public(page)
        else:
            public = published_and_public(Page.objects.filter(pk=page.pk)).exists()
        return (page.specific.full_url or "") if public else ""
    return (values or {}).get("url") or ""


def expose_models():
    blocks.CallToActionBlock.link_url = call_to_action_url
    for model, fields in MODEL_FIELDS.items():
        model.graphql_fields = fields
        loaded_streams(model)
    for block, fields in BLOCK_FIELDS.items():
        block.graphql_fields = fields
        register_streamfield_block(block)
