"""The region's sitemap and its redirects, for the frontend to serve as sitemap.xml and as its
own redirects."""

import graphene
from django.apps import apps
from django.db.models import Q
from grapple.types.interfaces import get_page_interface
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from ..middleware import gate_for
from ..page_urls import full_page_url, page_url, relative_url_path
from ..relations import selected_field_names
from .arguments import site_argument
from .pagination import page_arguments, paginate, paginated_type


class SitemapEntry(graphene.ObjectType):
    """Eintrag der Sitemap. One live, public, indexable page of the region."""

    url = graphene.String(description="Adresse. The page's URL on the region's frontend.")
    url_path = graphene.String(
        required=True, description="Pfad. Path relative to the region's home page."
    )
    last_modified = graphene.DateTime(
        description="Zuletzt geändert. When the page was last published."
    )
    page = graphene.Field(get_page_interface, description="Seite. The page itself.")


class RedirectEntry(graphene.ObjectType):
    """Weiterleitung. A redirect kept by editors under Einstellungen → Weiterleitungen."""

    old_path = graphene.String(required=True, description="Alter Pfad. The path to redirect from.")
    is_permanent = graphene.Boolean(
        required=True, description="Dauerhaft. A permanent (301) rather than a temporary (302)."
    )
    to_url = graphene.String(
        required=True, description="Ziel. Where it leads: the page's URL or the external link."
    )
    to_page = graphene.Field(
        get_page_interface, description="Zielseite. The page it leads to, if it leads to one."
    )
    created_at = graphene.DateTime(description="Angelegt am. When the redirect was created.")


def indexable(pages):
    """Without the pages whose editors switched `noindex` on, of whatever page type: one
    subquery per page type that has the switch, all in the one SQL statement."""
    for model in apps.get_models():
        if issubclass(model, Page) and not model._meta.abstract and _has_noindex(model):
            pages = pages.exclude(pk__in=model.objects.filter(noindex=True).values("pk"))
    return pages


def _has_noindex(model) -> bool:
    return any(field.name == "noindex" for field in model._meta.concrete_fields)


class SeoQueries:
    sitemap = graphene.Field(
        graphene.NonNull(paginated_type(SitemapEntry, "SitemapEntry")),
        site=site_argument(),
        **page_arguments(),
        description="Sitemap der Region. Every live, public, indexable page of the region with "
        "its URL and last change, in tree order.",
    )
    redirects = graphene.Field(
        graphene.NonNull(paginated_type(RedirectEntry, "RedirectEntry")),
        site=site_argument(),
        changed_since=graphene.DateTime(
            description="Nur neuere. Only redirects created at or after this time."
        ),
        **page_arguments(),
        description="Weiterleitungen der Region. Wagtail's redirects for this region's site and "
        "for all sites, oldest first.",
    )

    def resolve_sitemap(self, info, page=None, per_page=None, **_):
        gate = gate_for(info)
        # Without `page` asked for, URLs need only the base fields: one query for all types.
        asks_page = "page" in selected_field_names(info, ("items",))
        pages = indexable(gate.pages(Page.objects.all())).order_by("path")
        pages = pages.specific(defer=not asks_page)
        result = paginate(pages, page, per_page)
        result.items = [
            SitemapEntry(
                url=full_page_url(item, info.context),
                url_path=relative_url_path(gate, item),
                last_modified=item.last_published_at,
                page=item,
            )
            for item in result.items
        ]
        return result

    def resolve_redirects(self, info, changed_since=None, page=None, per_page=None, **_):
        gate = gate_for(info)
        visible_pages = gate.pages(Page.objects.all()).values("pk")
        redirects = (
            Redirect.objects.filter(Q(site=gate.site) | Q(site__isnull=True))
            # A redirect to a page the gate hides would reveal that page's URL.
            .filter(Q(redirect_page__isnull=True) | Q(redirect_page__in=visible_pages))
            .order_by("created_at", "pk")
        )
        if changed_since is not None:
            redirects = redirects.filter(created_at__gte=changed_since)
        result = paginate(redirects, page, per_page)
        targets = Page.objects.filter(
            pk__in=[redirect.redirect_page_id for redirect in result.items]
        ).specific(defer="toPage" not in selected_field_names(info, ("items",)))
        by_id = {target.pk: target for target in targets}
        result.items = [
            _redirect_entry(redirect, by_id.get(redirect.redirect_page_id), info.context)
            for redirect in result.items
        ]
        return result


def _redirect_entry(redirect, target, request) -> RedirectEntry:
    return RedirectEntry(
        old_path=redirect.old_path,
        is_permanent=redirect.is_permanent,
        to_url=page_url(target, request) if target else redirect.redirect_link,
        to_page=target,
        created_at=redirect.created_at,
    )
