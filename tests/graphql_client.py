"""Posting real GraphQL operations to the real endpoint, as a frontend does."""

import json
from pathlib import Path

OPERATIONS_DIR = Path(__file__).resolve().parent.parent / "graphql" / "operations"


def send_query(client, query, variables=None, host="north.test", **extra):
    """POSTs a query as JSON; returns the raw response (`extra`: headers, REMOTE_ADDR)."""
    return client.post(
        "/graphql/",
        data=json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
        HTTP_HOST=host,
        **extra,
    )


def post_query(client, query, variables=None, host="north.test"):
    response = client.post(
        "/graphql/",
        data=json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
        HTTP_HOST=host,
    )
    assert response.status_code in (200, 400), response.content
    return response.json()


def data_of(client, query, variables=None, host="north.test"):
    """The `data` of a query that must succeed."""
    result = post_query(client, query, variables, host)
    assert "errors" not in result, result["errors"]
    return result["data"]


def operation_text(name: str) -> str:
    return (OPERATIONS_DIR / f"{name}.graphql").read_text()


def operation_variables(name: str) -> dict:
    return json.loads((OPERATIONS_DIR / f"{name}.variables.json").read_text())


def get_query(client, query, variables=None, host="north.test", **headers):
    """A query sent as GET `?query=`, as CDNs cache it; returns the raw response."""
    params = {"query": query}
    if variables:
        params["variables"] = json.dumps(variables)
    return client.get("/graphql/", params, HTTP_HOST=host, **headers)


def error_messages(result) -> list[str]:
    """The messages of a result that must have failed."""
    assert result.get("errors"), result
    return [error["message"] for error in result["errors"]]
