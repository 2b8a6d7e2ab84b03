"""Preview over the API: `page(token: ...)` answers the page state a preview token names.

The token is checked once, here; the gate then admits exactly that one unsaved page object
(everything it links to still passes the gate as usual). Answers to a request that carried a
token are never cached, whatever the token's fate."""

from functools import wraps

from django.utils.cache import patch_cache_control
from graphql import GraphQLError

from cms.editorial.preview import PreviewTokenError, page_of_token

from .middleware import gate_for

_SERVES_PREVIEW = "_serves_preview"


def previewed_page(info, token, id=None, slug=None, url_path=None):
    setattr(info.context, _SERVES_PREVIEW, True)
    try:
        page = page_of_token(token)
    except PreviewTokenError as error:
        raise GraphQLError(str(error)) from error
    gate = gate_for(info)
    # A translation's preview belongs to the region as well: any of its language trees.
    roots = [root for root in gate.roots if page.path.startswith(root.path)]
    if not roots:
        raise GraphQLError("The preview token belongs to a page of another region.")
    named = (
        (id is not None and str(id) != str(page.pk))
        or (slug and slug != page.slug)
        or (url_path is not None and page.url_path != roots[0].url_path + url_path.strip("/") + "/")
    )
    if named:
        raise GraphQLError("The preview token belongs to another page.")
    gate.admit_preview(page)
    return page


def serves_preview(request) -> bool:
    """Whether the request asked for a preview (with any token, valid or not)."""
    return getattr(request, _SERVES_PREVIEW, False)


def never_cache_previews(view):
    """Marks answers to preview requests private and unstorable."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if serves_preview(request):
            patch_cache_control(response, private=True, no_store=True, max_age=0)
        return response

    return wrapped
