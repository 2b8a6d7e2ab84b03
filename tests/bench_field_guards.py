"""What guarding only the fields that need them saves: one named operation executed in one
process, request by request in turn, with the gate and the argument checks as graphene
middleware on every field (the resolvers unwrapped) and with the resolvers field_guards.py
wrapped when the schema was built. Prints how often each arm runs the gate and the checks,
and its median CPU and wall time.

    python tests/bench_field_guards.py StoryList '{"perPage": 100}' [repetitions]

Against whatever database DATABASE_URL names (load the demo content first; it holds six
stories per region at most, so a list of 100 needs more). The variables given replace those
beside the operation in graphql/operations/."""

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# Sets Django up as the other benchmark does (settings, no rate limit).
from bench_operations import OPERATIONS  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from graphql import GraphQLObjectType, execute, parse  # noqa: E402

from cms.api import limits, middleware  # noqa: E402
from cms.api.schema import schema  # noqa: E402

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
    def __init__(self, name, field_resolvers, per_field_middleware):
        self.name, self.resolvers, self.middleware = name, field_resolvers, per_field_middleware
        self.cpu, self.wall = [], []

    def run(self, document, variables):
        for field, resolver in self.resolvers:
            field.resolve = resolver
        request = RequestFactory().post("/graphql/", HTTP_HOST="localhost")
        cpu, wall = time.process_time(), time.perf_counter()
        result = execute(
            GRAPHQL_SCHEMA,
            document,
            context_value=request,
            variable_values=variables,
            middleware=self.middleware,
        )
        self.cpu.append((time.process_time() - cpu) * 1000)
        self.wall.append((time.perf_counter() - wall) * 1000)
        if result.errors:
            raise SystemExit(f"operation failed: {result.errors}")
        return result.data


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "StoryList"
    path = OPERATIONS / f"{name}.graphql"
    variables = json.loads(path.with_suffix(".variables.json").read_text())
    variables.update(json.loads(sys.argv[2]) if len(sys.argv) > 2 else {})
    repetitions = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    document = parse(path.read_text())
    wrapped = resolvers(unwrapped=False)
    arms = [
        Arm(
            "middleware on every field",
            resolvers(unwrapped=True),
            [middleware.VisibilityMiddleware(), limits.ArgumentChecksMiddleware()],
        ),
        Arm("guarded fields only", wrapped, None),
    ]
    answers = [arm.run(document, variables) for arm in arms]  # also makes the renditions
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
            arm.run(document, variables)
        figures[arm.name] = {"gate_calls": gate.calls, "argument_check_calls": checks.calls}
        arm.cpu.clear(), arm.wall.clear()
    for _ in range(repetitions):
        for arm in arms:
            arm.run(document, variables)
    for arm in arms:
        figures[arm.name]["p50_cpu_ms"] = round(statistics.median(arm.cpu), 1)
        figures[arm.name]["p50_wall_ms"] = round(statistics.median(arm.wall), 1)
    for field, resolver in wrapped:  # leave the schema as it was built
        field.resolve = resolver
    print(json.dumps({"operation": name, "variables": variables, **figures}, indent=1))


if __name__ == "__main__":
    main()
