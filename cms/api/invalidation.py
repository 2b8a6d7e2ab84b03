"""What a change event makes stale, dropped once its transaction has committed (before that,
a request could read the old content again and cache it under the new version): the content
version of every region the event touches, and the CDN's copies where one is configured."""

from django.db import transaction

from . import cdn_purge, content_version


def after_change(event) -> None:
    transaction.on_commit(lambda: _invalidate(event))


def _invalidate(event) -> None:
    content_version.bump(event.regions)
    cdn_purge.purge_for(event)
