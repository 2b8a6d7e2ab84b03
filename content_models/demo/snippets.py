"""Snippets (themes, organisations, contacts, municipalities), created published.

They use DraftStateMixin and RevisionMixin, so the API only shows them once live with a
published revision: each new one gets exactly one revision, published at once."""

from .fields import apply_related, plain_values
from .resolve import GERMAN, content_model, snippet_key_field

# Contacts point at organisations, so organisations come first.
SNIPPET_ORDER = ("Theme", "Organisation", "Contact", "Municipality")


def ensure_snippet(model_name, data, region, resolver, tally):
    model = content_model(model_name)
    key_field = snippet_key_field(model_name)
    existing = model.objects.filter(
        region=region, locale__language_code=GERMAN, **{key_field: data[key_field]}
    ).first()
    if existing:
        return tally.keep("snippets", existing)
    snippet = model(region=region, live=True, **plain_values(model, data))
    if resolver is not None:
        apply_related(snippet, data, resolver)
    snippet.save()
    snippet.save_revision().publish()
    return tally.add("snippets", snippet)


def ensure_snippets(snippets_by_model, region, resolver, tally):
    for model_name in SNIPPET_ORDER:
        for data in snippets_by_model.get(model_name, ()):
            ensure_snippet(model_name, data, region, resolver, tally)
