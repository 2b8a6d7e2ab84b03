"""Search and reference indexes, brought up to date once per object at the end of a load.

Wagtail re-indexes an object on every save, and creating and publishing a page or snippet saves
it three times. Pausing the automatic updates and indexing each new object once afterwards
makes the loader about twice as fast. The pause disconnects signal handlers process-wide, so
it is meant for a management command or a test, not for a running web server."""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def _search_auto_update_paused():
    paused = [
        model
        for model in search_index.get_indexed_models()
        if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        yield
    finally:
        for model in paused:
            post_save.connect(post_save_signal_handler, sender=model)


def index_objects(objects):
    for obj in objects:
        # Re-read: pages and snippets were saved again by publishing, through other instances.
        fresh = type(obj)._default_manager.get(pk=obj.pk)
        if search_index.class_is_indexed(type(fresh)):
            search_index.insert_or_update_object(fresh)
        if ReferenceIndex.is_indexed(type(fresh)):
            ReferenceIndex.create_or_update_for_object(fresh)


@contextmanager
def indexing_deferred(tally):
    """Pauses automatic indexing; on success indexes every object the tally saw created."""
    with disable_reference_index_auto_update(), _search_auto_update_paused():
        yield
    index_objects(tally.new_objects)
