"""Puts resolved values through the visibility gate: `VisibilityMiddleware.resolve`, which
field_guards.py wraps around the resolvers of the fields that need it when the schema is built.

Root fields pick the region (their `site` argument, else the request's host) and the language
(their `locale` argument, else German); every field below
a root field is checked against that root field's gate. Querysets are narrowed by the resolvers
themselves (so counts and pagination stay right); this middleware is the net under all of them,
catching what stock grapple resolves on its own: `parent`, foreign keys, chooser blocks."""

from django.db.models import Manager, QuerySet
from wagtail.models import Page

from . import content_version
from .enums import enum_value
from .gate import VisibilityGate, governed, governed_model
from .regions import resolve_site

_GATES_ATTRIBUTE = "_visibility_gates"


def _gates(info) -> dict:
    gates = getattr(info.context, _GATES_ATTRIBUTE, None)
    if gates is None:
        gates = {}
        setattr(info.context, _GATES_ATTRIBUTE, gates)
    return gates


def _root_key(info):
    path = info.path
    while path.prev is not None:
        path = path.prev
    return path.key


def open_gate(info, hostname: str | None, language=None) -> VisibilityGate:
    """Fixes the region and the language for a root field and everything resolved below it."""
    site = resolve_site(info.context, hostname)
    content_version.note_read(info.context, site)  # before the region's content is read
    gate = VisibilityGate(site, enum_value(language))
    _gates(info)[_root_key(info)] = gate
    return gate


def gate_for(info) -> VisibilityGate:
    """The gate of the root field this resolver runs under."""
    gate = _gates(info).get(_root_key(info))
    return gate if gate is not None else open_gate(info, None)


class VisibilityMiddleware:
    def resolve(self, next_resolver, root, info, **args):
        if info.path.prev is None:
            open_gate(info, args.get("site"), args.get("locale"))
        return _through_gate(next_resolver(root, info, **args), info)


def _through_gate(result, info):
    if result is None or isinstance(result, str | int | float | bool | dict):
        return result
    if isinstance(result, Manager):
        result = result.all()
    if isinstance(result, QuerySet):
        if not governed_model(result.model):
            return result
        result = list(result)
    if isinstance(result, list | tuple):
        if not any(governed(item) for item in result):
            return result
        gate = gate_for(info)
        return [item for item in result if not governed(item) or gate.allows(item)]
    if governed(result):
        if not gate_for(info).allows(result):
            return None
        # A foreign key or chooser to `Page` holds the base class: resolve to the page's own
        # type so that its fields can be asked for.
        return result.specific if type(result) is Page else result
    return result
