"""One Wagtail Site per region, and that site's RegionSettings."""

import secrets

from django.contrib.contenttypes.models import ContentType
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from ..models import RegionNavigation, RegionSettings
from .fields import apply_related, plain_values


def remove_wagtail_welcome_page(tally):
    """Drops the "Welcome to your new Wagtail site!" page and its localhost site.

    Wagtail's migrations create them; left in place they would sit beside the region home pages
    and claim localhost. Only the untouched placeholder goes: a plain Page with slug "home" and no
    children."""
    plain_page = ContentType.objects.get_for_model(Page)
    top_level = Page.get_first_root_node().get_children()
    placeholders = top_level.filter(content_type=plain_page, slug="home")
    for page in placeholders:
        if page.get_children().exists():
            continue
        Site.objects.filter(root_page=page).delete()
        page.delete()
        tally.removed["pages"] += 1


def ensure_site(spec, home, tally):
    existing = Site.objects.filter(hostname=spec["hostname"], port=spec["port"]).first()
    if existing:
        return tally.keep("sites", existing)
    # Only one site may be the default; an existing default (set by an editor) stays.
    default_taken = Site.objects.filter(is_default_site=True).exists()
    is_default = spec.get("is_default", False) and not default_taken
    site = Site.objects.create(
        hostname=spec["hostname"],
        port=spec["port"],
        site_name=spec["name"],
        root_page=home,
        is_default_site=is_default,
    )
    return tally.add("sites", site)


def ensure_settings(site, data, resolver, tally):
    existing = RegionSettings.objects.filter(site=site).first()
    if existing:
        return tally.keep("settings", existing)
    settings = RegionSettings(site=site, **plain_values(RegionSettings, data))
    apply_related(settings, data, resolver)
    settings.save()
    return tally.add("settings", settings)


def ensure_navigation(site, data, resolver, tally):
    existing = RegionNavigation.objects.filter(site=site).first()
    if existing:
        return tally.keep("settings", existing)
    navigation = RegionNavigation(site=site)
    apply_related(navigation, data, resolver)
    navigation.save()
    return tally.add("settings", navigation)


def ensure_microsite_webhook(home, url, tally):
    """The region's webhook to the local reference microsite, inactive: `make run` alone has
    no microsite to deliver to; `make microsite` switches it on (manage.py microsite_webhooks)."""
    from cms.editorial.models import WebhookEndpoint

    existing = WebhookEndpoint.objects.filter(region=home, url=url).first()
    if existing:
        return tally.keep("webhooks", existing)
    # The secret is set by `manage.py microsite_webhooks` as it activates the webhook.
    endpoint = WebhookEndpoint.objects.create(
        region=home, url=url, secret=secrets.token_urlsafe(32), active=False
    )
    return tally.add("webhooks", endpoint)


def ensure_redirects(site, specs, resolver, tally):
    """Redirects from old paths (e.g. of the region's former website) to its pages."""
    for old_path, target in specs:
        old_path = Redirect.normalise_path(old_path)
        existing = Redirect.objects.filter(site=site, old_path=old_path).first()
        if existing:
            tally.keep("redirects", existing)
            continue
        redirect = Redirect.objects.create(
            site=site, old_path=old_path, redirect_page=resolver.object(target)
        )
        tally.add("redirects", redirect)
