"""Local media served by the app server itself (`make serve` on one machine, no other web
server). Documents are not served from here: their files are reached only through Wagtail's
`serve_view` (`/documents/<id>/<name>`), which checks collection privacy first."""

from django.http import Http404
from django.views.static import serve

PROTECTED_PREFIXES = ("documents/",)
# Uploaded files never change under a name (Wagtail adds a suffix to a re-uploaded name).
MAX_AGE = 60 * 60 * 24


def serve_media(request, path, document_root):
    if path.startswith(PROTECTED_PREFIXES) or ".." in path.split("/"):
        raise Http404("Not served here.")
    response = serve(request, path, document_root=document_root)
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return response
