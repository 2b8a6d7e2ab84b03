"""The region a feed URL names, and the URLs the API hands out for a region's feeds."""

from django.http import Http404
from django.urls import reverse
from graphql import GraphQLError
from wagtail.models import Site

from cms.api.gate import VisibilityGate
from cms.api.regions import resolve_site


def gate_for_hostname(request, hostname: str) -> VisibilityGate:
    """The visibility gate of the region with this hostname; an unknown one is a 404."""
    try:
        return VisibilityGate(resolve_site(request, hostname))
    except GraphQLError as error:
        raise Http404(str(error)) from error


def site_key(site: Site) -> str:
    """The hostname a feed URL names its region by (with the port where it is not standard)."""
    return site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"


def feed_url(request, name: str, site: Site) -> str:
    return request.build_absolute_uri(reverse(name, args=[site_key(site)]))
