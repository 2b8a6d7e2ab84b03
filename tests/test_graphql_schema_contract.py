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
