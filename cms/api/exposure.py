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

from content_models import blocks, models


def GraphQLSnippetList(field_name: str, model):
    """A many-to-many of snippets as a plain list (no client-controlled ordering); the
    visibility middleware filters its items."""

    def mixin():
        return GraphQLField(field_name, lambda: registry.snippets[model], is_list=True)

    return mixin


def GraphQLDate(field_name: str):
    return lambda: GraphQLField(field_name, graphene.Date)


def GraphQLDateTime(field_name: str):
    return lambda: GraphQLField(field_name, graphene.DateTime)


def GraphQLStringList(field_name: str):
    return lambda: GraphQLField(field_name, graphene.String, is_list=True)


REGION_PAGE_FIELDS = [GraphQLString("intro"), GraphQLStreamfield("body")]
THEMES = GraphQLSnippetList("themes", models.Theme)

MODEL_FIELDS = {
    models.RegionHomePage: [
        GraphQLString("region_name"),
        GraphQLString("claim"),
        GraphQLRichText("intro"),
        GraphQLImage("hero_image"),
        GraphQLSnippet("operator", "content_models.Organisation"),
        GraphQLSnippet("contact", "content_models.Contact"),
        GraphQLString("contact_email"),
        GraphQLInt("inhabitants"),
        GraphQLField("area_km2", graphene.Float),
        GraphQLInt("population_density"),
        GraphQLInt("municipality_count"),
        GraphQLStreamfield("key_facts"),
        GraphQLStreamfield("body"),
    ],
    models.StrategyIndexPage: REGION_PAGE_FIELDS,
    models.GuidelineIndexPage: REGION_PAGE_FIELDS,
    models.StoryIndexPage: REGION_PAGE_FIELDS,
    models.EventIndexPage: REGION_PAGE_FIELDS,
    models.ProjectIndexPage: REGION_PAGE_FIELDS,
    models.ContentPage: REGION_PAGE_FIELDS,
    models.StrategyPage: REGION_PAGE_FIELDS
    + [
        GraphQLString("kind"),
        GraphQLString("motto"),
        GraphQLDate("adopted_on"),
        GraphQLInt("period_start"),
        GraphQLInt("period_end"),
        GraphQLStreamfield("goals"),
        THEMES,
        GraphQLDocument("document"),
        GraphQLSnippet("contact", "content_models.Contact"),
    ],
    models.GuidelinePage: REGION_PAGE_FIELDS
    + [
        GraphQLInt("number"),
        GraphQLString("summary"),
        GraphQLStreamfield("checklist"),
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
    ],
    models.EventPage: REGION_PAGE_FIELDS
    + [
        GraphQLDateTime("starts_at"),
        GraphQLDateTime("ends_at"),
        GraphQLString("event_format"),
        GraphQLString("location"),
        GraphQLString("registration_url"),
        GraphQLImage("image"),
        GraphQLSnippet("contact", "content_models.Contact"),
        THEMES,
    ],
    models.ProjectPage: REGION_PAGE_FIELDS
    + [
        GraphQLString("status"),
        GraphQLString("funding_programme"),
        GraphQLInt("start_year"),
        GraphQLInt("end_year"),
        GraphQLImage("image"),
        GraphQLSnippetList("partners", models.Organisation),
        GraphQLSnippet("contact", "content_models.Contact"),
        THEMES,
    ],
    models.Theme: [GraphQLString("name"), GraphQLString("slug"), GraphQLString("description")],
    models.Organisation: [
        GraphQLString("name"),
        GraphQLString("kind"),
        GraphQLString("description"),
        GraphQLString("website"),
        GraphQLString("email"),
        GraphQLImage("logo"),
    ],
    models.Contact: [
        GraphQLString("name"),
        GraphQLString("role"),
        GraphQLSnippet("organisation", "content_models.Organisation"),
        GraphQLString("email"),
        GraphQLString("phone"),
        GraphQLImage("photo"),
    ],
    models.Municipality: [
        GraphQLString("name"),
        GraphQLString("district"),
        GraphQLInt("population"),
        GraphQLString("role"),
        GraphQLString("website"),
    ],
    models.RegionSettings: [
        GraphQLImage("logo"),
        GraphQLString("newsletter_url"),
        GraphQLString("linkedin_url"),
        GraphQLString("instagram_url"),
        GraphQLString("mastodon_url"),
        GraphQLString("youtube_url"),
        GraphQLPage("imprint_page"),
        GraphQLPage("privacy_page"),
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
        GraphQLString("url"),
    ],
    blocks.GoalBlock: [GraphQLString("title"), GraphQLString("description")],
}


def expose_models():
    for model, fields in MODEL_FIELDS.items():
        model.graphql_fields = fields
    for block, fields in BLOCK_FIELDS.items():
        block.graphql_fields = fields
        register_streamfield_block(block)
