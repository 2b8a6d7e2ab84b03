"""Which region a request addresses: an explicit `site` argument, else the request's host."""

from django.conf import settings
from graphql import GraphQLError
from wagtail.models import Site


def site_by_hostname(sites, hostname: str) -> Site:
    """The site of `sites` (every site, with its home page) that a `site` argument names:
    "host" or "host:port"."""
    host, _, port = hostname.strip().lower().partition(":")
    if port and not port.isdigit():
        raise GraphQLError(f"Invalid port in site '{hostname}'.")
    found = [
        site for site in sites if site.hostname == host and (not port or site.port == int(port))
    ]
    if len(found) == 1:
        return found[0]
    if not found:
        message = f"Unknown site '{hostname}'."
        if settings.DEBUG:  # the list of hosts is a help in development, a leak in production
            message += f" Known sites: {', '.join(sorted(site.hostname for site in sites))}."
        raise GraphQLError(message)
    raise GraphQLError(
        f"Site '{hostname}' is ambiguous; add the port, e.g. '{host}:{found[0].port}'."
    )


def resolve_site(request, hostname: str | None) -> Site:
    """The Site a root field works in; a query never reaches beyond it."""
    if hostname:
        return site_by_hostname(list(Site.objects.select_related("root_page")), hostname)
    site = Site.find_for_request(request)
    if site is None:
        raise GraphQLError("No region matches this host; pass the `site` argument.")
    return site
