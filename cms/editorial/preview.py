"""Headless preview with our own signed, expiring tokens.

wagtail-headless-preview (0.9) stores the form state the same way but signs its tokens without
a maximum age; we keep its approach (form state stored server-side, the frontend gets a token)
and sign with Django's timestamped signer, so a token expires after PREVIEW_TOKEN_MAX_AGE
seconds and names exactly one stored preview state of one page."""

import datetime
from urllib.parse import urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.utils import timezone

SALT = "cms.editorial.preview"


class PreviewTokenError(Exception):
    """A token that admits nothing: expired, tampered with or malformed."""


def create_preview(page) -> str:
    """Stores the page's current (possibly unsaved) state; returns the token that names it."""
    from .models import PagePreview

    max_age = settings.PREVIEW_TOKEN_MAX_AGE
    PagePreview.objects.filter(
        created_at__lt=timezone.now() - datetime.timedelta(seconds=max_age)
    ).delete()
    preview = PagePreview.objects.create(
        page_id=page.pk,
        content_type=ContentType.objects.get_for_model(page),
        content_json=page.to_json(),
    )
    return signing.dumps({"preview": preview.pk, "page": page.pk}, salt=SALT, compress=True)


def page_of_token(token: str):
    """The previewed page state a token names; PreviewTokenError when it admits nothing."""
    from .models import PagePreview

    try:
        claims = signing.loads(token, salt=SALT, max_age=settings.PREVIEW_TOKEN_MAX_AGE)
    except signing.SignatureExpired as error:
        raise PreviewTokenError("The preview token has expired.") from error
    except signing.BadSignature as error:
        raise PreviewTokenError("The preview token is invalid.") from error
    preview = (
        PagePreview.objects.select_related("content_type")
        .filter(pk=claims.get("preview"), page_id=claims.get("page"))
        .first()
    )
    if preview is None:
        raise PreviewTokenError("The preview token is invalid.")
    return preview.as_page()


def frontend_preview_url(preview_url: str, page, token: str) -> str:
    """The region's preview URL with the token and the page's type and id added."""
    scheme, netloc, path, query, fragment = urlsplit(preview_url)
    params = urlencode(
        {
            "token": token,
            "content_type": f"{page._meta.app_label}.{page._meta.model_name}",
            "page_id": page.pk,
        }
    )
    query = f"{query}&{params}" if query else params
    return urlunsplit((scheme, netloc, path, query, fragment))
