"""The Content-Security-Policy (settings.CONTENT_SECURITY_POLICY, via django-csp) on every
response: everything from this origin only. The admin additionally runs inline scripts, which
Wagtail's date pickers and inline panels still write into its pages, and frames the regions'
frontends in its preview panel; GraphiQL and the API run none."""

from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware

from content_models.frontends import frontends

ADMIN_PREFIX = "/admin/"


def frontend_origins() -> list[str]:
    """Origins of every region's frontend and preview URL (the preview panel frames them)."""
    origins = set()
    for urls in frontends().values():
        for url in urls:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") and parts.netloc:
                origins.add(f"{parts.scheme}://{parts.netloc}")
    return sorted(origins)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_PREFIX) and parts.update is None:
            parts.update = {"script-src": ["'unsafe-inline'"]}
            origins = frontend_origins()
            if origins:
                parts.update["frame-src"] = origins
        return parts
