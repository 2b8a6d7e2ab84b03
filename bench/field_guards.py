"""What guarding only the fields that need them saves: one named operation posted through
Django's test client to the real view, request by request in turn, with the gate and the
argument checks as graphene middleware on every field (the resolvers unwrapped) and with the
resolvers field_guards.py wrapped when the schema was built. Prints how often each way runs
the gate and the checks, and its median CPU and wall time per request.

    python bench/field_guards.py StoryList '{"perPage": 100}' [repetitions]

Against whatever database DATABASE_URL names (load the demo content first; it holds six
stories per region at most, so a list of 100 needs more). The variables given replace those
beside the operation in graphql/operations/."""

import json
import os
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
OPERATIONS = PROJECT / "graphql" / "operations"
sys.path.insert(0, str(PROJECT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ.setdefault("RATE_LIMIT_ENABLED", "0")  # hundreds of requests from one address

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402
from graphql import GraphQLObjectType  # noqa: E402

from cms.api import limits, middleware  # noqa: E402
from cms.api import view as api_view  # noqa: E402
from cms.api.schema import schema  # noqa: E402
from cms.api.view import ApiView, extra_validation_rules  # noqa: E402

GRAPHQL_SCHEMA = schema.graphql_schema


class CallCounter:
    """Counts the calls of a module's function while it is installed."""

    def __init__(self, module, name):
        self.module, self.name, self.calls = module, name, 0
        self.original = getattr(module, name)

    def __enter__(self):
        def counting(*args, **kwargs):
            self.calls += 1
            return self.original(*args, **kwargs)

        setattr(self.module, self.name, counting)
        return self

    def __exit__(self, *exc):
        setattr(self.module, self.name, self.original)


def resolvers(unwrapped: bool) -> list:
    """Every field with its resolver, as wrapped at build time or with the wrappers off."""
    found = []
    for graphql_type in GRAPHQL_SCHEMA.type_map.values():
        if isinstance(graphql_type, GraphQLObjectType):
            for field in graphql_type.fields.values():
                resolver = field.resolve
                while unwrapped and hasattr(resolver, "__wrapped__"):
                    resolver = resolver.__wrapped__
                found.append((field, resolver))
    return found


class Arm:
    """One way of running the gate and the checks, served by the real view through Django's
    test client."""

    def __init__(self, name, field_resolvers, per_field_middleware):
        self.name, self.resolvers = name, field_resolvers
        self.view = ApiView.as_view(
            schema=schema,
            middleware=per_field_middleware,
            validation_rules=extra_validation_rules(),
        )
        self.cpu, self.wall = [], []

    def run(self, client, body):
        for field, resolver in self.resolvers:
            field.resolve = resolver
        api_view._view = self.view
        cpu, wall = time.process_time(), time.perf_counter()
        response = client.post(
            "/graphql/", body, content_type="application/json", HTTP_HOST="localhost"
        )
        self.cpu.append((time.process_time() - cpu) * 1000)
        self.wall.append((time.perf_counter() - wall) * 1000)
        answer = response.json()
        if "errors" in answer:
            raise SystemExit(f"operation failed: {answer['errors']}")
        return answer["data"]


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "StoryList"
    path = OPERATIONS / f"{name}.graphql"
    variables = json.loads(path.with_suffix(".variables.json").read_text())
    variables.update(json.loads(sys.argv[2]) if len(sys.argv) > 2 else {})
    repetitions = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    body = json.dumps({"query": path.read_text(), "variables": variables})
    client = Client()
    wrapped = resolvers(unwrapped=False)
    arms = [
        Arm(
            "middleware on every field",
            resolvers(unwrapped=True),
            [middleware.VisibilityMiddleware(), limits.ArgumentChecksMiddleware()],
        ),
        Arm("guarded fields only", wrapped, []),
    ]
    answers = [arm.run(client, body) for arm in arms]  # also makes the renditions
    if answers[0] != answers[1]:
        raise SystemExit("the two arms answer differently")
    figures = {}
    for arm in arms:
        # Every value the gate looks at passes `_through_gate`; every argument check starts
        # with the rendition check.
        with (
            CallCounter(middleware, "_through_gate") as gate,
            CallCounter(limits, "_check_rendition") as checks,
        ):
            arm.run(client, body)
        figures[arm.name] = {"gate_calls": gate.calls, "argument_check_calls": checks.calls}
        arm.cpu.clear(), arm.wall.clear()
    for _ in range(repetitions):
        for arm in arms:
            arm.run(client, body)
    for arm in arms:
        figures[arm.name]["p50_cpu_ms"] = round(statistics.median(arm.cpu), 1)
        figures[arm.name]["p50_wall_ms"] = round(statistics.median(arm.wall), 1)
    for field, resolver in wrapped:  # leave the schema and the view as they were built
        field.resolve = resolver
    api_view._view = None
    print(json.dumps({"operation": name, "variables": variables, **figures}, indent=1))


if __name__ == "__main__":
    main()
