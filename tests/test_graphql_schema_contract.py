"""The committed SDL in graphql/schema.graphql is the API contract: it must match the code."""

from pathlib import Path

from graphql import print_schema

from cms.api.schema import schema

SDL_FILE = Path(__file__).resolve().parent.parent / "graphql" / "schema.graphql"


def normalised(sdl: str) -> str:
    return "\n".join(line.rstrip() for line in sdl.strip().splitlines() if line.strip())


def test_committed_schema_matches_the_live_schema():
    live = print_schema(schema.graphql_schema)
    committed = SDL_FILE.read_text()
    assert normalised(live) == normalised(committed), (
        "graphql/schema.graphql is out of date; regenerate it with `make schema` "
        "(python manage.py graphql_schema --out graphql/schema.graphql) and commit it."
    )


# Fields grapple would add that carry drafts, internals or ungated relations.
FORBIDDEN_FIELDS = (
    "draftTitle",
    "hasUnpublishedChanges",
    "latestRevisionCreatedAt",
    "goLiveAt",
    "expireAt",
    "lockedAt",
    "translationKey",
    "aliasOf",
    "sitesRootedHere",
    "rawValue",
    "collection",
    "owner",
    "region",  # a snippet's region: the gate's business, not the frontend's
)


def test_schema_exposes_no_internal_or_ungated_fields():
    fields = {
        name
        for graphql_type in schema.graphql_schema.type_map.values()
        if hasattr(graphql_type, "fields")
        and not graphql_type.name.startswith("__")
        and graphql_type.name != "Query"  # its `region` is the region's home page
        for name in graphql_type.fields
    }
    assert not fields & set(FORBIDDEN_FIELDS)
    assert "SiteObjectType" not in schema.graphql_schema.type_map
