"""English translations of the demo content, made the way Wagtail makes them: a copy of the
German page or snippet in the English locale (`copy_for_translation`), its text replaced with
the English one, then published once.

Idempotent like the rest of the loader: a translation that exists (by translation key and
locale) is kept as it is, since an editor may have changed it."""

from django.conf import settings
from wagtail.models import Locale

from ..models import Theme
from .fields import apply_related, plain_values
from .regions.english import INDEX_TITLES, PAGES, THEMES

ENGLISH = "en"


def english_locale():
    locale, _ = Locale.objects.get_or_create(language_code=ENGLISH)
    return locale


def _existing(obj, locale):
    return (
        type(obj)
        ._default_manager.filter(translation_key=obj.translation_key, locale=locale)
        .first()
    )


def ensure_page_translation(page, fields, locale, resolver, tally, seen):
    """The English translation of `page`, its German parents' translated first (with the
    titles of INDEX_TITLES unless the region's specs translate them)."""
    parent = page.get_parent().specific
    if not parent.is_root() and parent.slug not in seen:
        title = INDEX_TITLES.get(parent.slug, parent.title)
        ensure_page_translation(parent, {"title": title}, locale, resolver, tally, seen)
    seen.add(page.slug)
    existing = _existing(page, locale)
    if existing:
        return tally.keep("translations", existing.specific)
    translation = page.specific.copy_for_translation(locale)
    plain = {name: value for name, value in fields.items() if name != "body"}
    for name, value in plain_values(type(translation), plain).items():
        setattr(translation, name, value)
    if "body" in fields:
        apply_related(translation, {"body": fields["body"]}, resolver)
    translation.save_revision().publish()
    return tally.add("translations", translation)


def ensure_region_translations(home, resolver, tally):
    locale = english_locale()
    seen = set()  # slugs of the pages handled in this region, each counted once
    for path, fields in PAGES.get(home.slug, {}).items():
        ensure_page_translation(resolver.page(path), fields, locale, resolver, tally, seen)


def ensure_theme_translations(tally):
    """The shared themes in English."""
    locale = english_locale()
    german = Theme.objects.filter(
        region__isnull=True, slug__in=THEMES, locale__language_code=settings.LANGUAGE_CODE
    )
    for theme in german:
        existing = _existing(theme, locale)
        if existing:
            tally.keep("translations", existing)
            continue
        translation = theme.copy_for_translation(locale)
        translation.name, translation.description = THEMES[theme.slug]
        translation.live = True
        translation.save()
        translation.save_revision().publish()
        tally.add("translations", translation)
