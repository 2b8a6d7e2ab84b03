"""Puts resolved values through the visibility gate: `VisibilityMiddleware.resolve`, which
field_guards.py wraps around the resolvers of the fields that need it when the schema is built.

Root fields pick the region (their `site` argument, else the request's host) and the language
(their `locale` argument, else German); every field below
a root field is checked against that root field's gate. Querysets are narrowed by the resolvers
themselves (so counts and pagination stay right); this middleware is the net under all of them,
catching what stock grapple resolves on its own: `parent`, foreign keys, chooser blocks.

The gate's facts (sites, view restrictions, collections, locales) are loaded once per request
(`gate.RequestFacts`), and root fields asking for the same region and language share a gate."""

from django.db.models import Manager, QuerySet
from wagtail.models import Page

from . import content_version
from .enums import enum_value
from .gate import RequestFacts, VisibilityGate, governed, governed_model
from .regions import resolve_site

_GATES_ATTRIBUTE = "_visibility_gates"
_FACTS_ATTRIBUTE = "_gate_facts"
_SITES_ATTRIBUTE = "_gate_sites"


def _gates(info) -> dict:
    gates = getattr(info.context, _GATES_ATTRIBUTE, None)
    if gates is None:
        gates = {}
        setattr(info.context, _GATES_ATTRIBUTE, gates)
    return gates


def request_facts(request) -> RequestFacts:
    """The gate's facts of this request, loaded on first use."""
    facts = getattr(request, _FACTS_ATTRIBUTE, None)
    if facts is None:
        facts = RequestFacts()
        setattr(request, _FACTS_ATTRIBUTE, facts)
    return facts


def _site(request, hostname):
    """The region a root field names, looked up once per request and hostname."""
    sites = getattr(request, _SITES_ATTRIBUTE, None)
    if sites is None:
        sites = {}
        setattr(request, _SITES_ATTRIBUTE, sites)
    key = (hostname or "").strip().lower() or None
    if key not in sites:
        loaded = request_facts(request).sites
        if hostname:
            sites[key] = loaded.site_by_hostname(hostname)
        else:  # the request's host, as Wagtail matches it, then the loaded row
            sites[key] = loaded.same_site(resolve_site(request, None))
    return sites[key]


def _root_key(info):
    path = info.path
    while path.prev is not None:
        path = path.prev
    return path.key


def open_gate(info, hostname: str | None, language=None) -> VisibilityGate:
    """Fixes the region and the language for a root field and everything resolved below it."""
    site = _site(info.context, hostname)
    content_version.note_read(info.context, site)  # before the region's content is read
    gate = request_facts(info.context).gate(site, enum_value(language))
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
