"""The API's own lane through the middleware: `/graphql/` leaves the chain right after the
security headers and goes straight to its view.

What follows in settings.MIDDLEWARE serves the admin's HTML pages and sessions: static files,
sessions, CSRF, the logged-in user, messages, Wagtail's redirects (404s only). The API uses
none of them (no cookies: cms.api.cookieless; no form posts; it never answers 404), yet each
cost every answer time, some 70 µs of a cached hit's 300. Of the headers they add, the API
keeps two: the site's Content-Security-Policy (the same one every non-admin response carries,
built once instead of per response) and X-Frame-Options.

The host is validated here, as CommonMiddleware validates it elsewhere. The URL configuration stays the one source: the lane calls whatever view `/graphql/` resolves
to. GraphiQL (DEBUG only) is an HTML page and takes the whole chain."""

from dataclasses import asdict

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.utils import build_policy
from django.conf import settings
from django.urls import resolve

from cms.content_security import ContentSecurityPolicyMiddleware

API_PATH = "/graphql/"


class ApiLaneMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._policy_source = ContentSecurityPolicyMiddleware(get_response)
        self._policies = None
        self._match = None

    def __call__(self, request):
        if request.path_info != API_PATH or settings.DEBUG:
            return self.get_response(request)
        # Host validation (ALLOWED_HOSTS), which CommonMiddleware does for every other path:
        # a host not allowed gets 400 before the region is looked up by it.
        request.get_host()
        if self._match is None:
            self._match = resolve(API_PATH)
        match = request.resolver_match = self._match
        response = match.func(request, *match.args, **match.kwargs)
        for header, policy in self._site_policies(request, response).items():
            if policy and header not in response:
                response[header] = policy
        if "X-Frame-Options" not in response:
            response["X-Frame-Options"] = settings.X_FRAME_OPTIONS
        return response

    def _site_policies(self, request, response) -> dict:
        # The policies of a non-admin path depend on the settings only (no nonces, no
        # per-view overrides on the API).
        if self._policies is None:
            source = self._policy_source
            enforced = source.get_policy_parts(request, response)
            reported = source.get_policy_parts(request, response, report_only=True)
            self._policies = {
                HEADER: build_policy(**asdict(enforced)),
                HEADER_REPORT_ONLY: build_policy(**asdict(reported), report_only=True),
            }
        return self._policies
