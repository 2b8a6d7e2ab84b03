"""Which region a request addresses: an explicit `site` argument, else the request's host."""

from django.conf import settings
from graphql import GraphQLError
from wagtail.models import Site


def _site_by_hostname(hostname: str) -> Site:
    host, _, port = hostname.strip().lower().partition(":")
    sites = Site.objects.select_related("root_page").filter(hostname=host)
    if port:
        if not port.isdigit():
            raise GraphQLError(f"Invalid port in site '{hostname}'.")
        sites = sites.filter(port=int(port))
    found = list(sites[:2])
    if len(found) == 1:
        return found[0]
    if not found:
        message = f"Unknown site '{hostname}'."
        if settings.DEBUG:  # the list of hosts is a help in development, a leak in production
            known = ", ".join(Site.objects.order_by("hostname").values_list("hostname", flat=True))
            message += f" Known sites: {known}."
        raise GraphQLError(message)
    raise GraphQLError(
        f"Site '{hostname}' is ambiguous; add the port, e.g. '{host}:{found[0].port}'."
    )


def resolve_site(request, hostname: str | None) -> Site:
    """The Site a root field works in; a query never reaches beyond it."""
    if hostname:
        return _site_by_hostname(hostname)
    site = Site.find_for_request(request)
    if site is None:
        raise GraphQLError("No region matches this host; pass the `site` argument.")
    return site
