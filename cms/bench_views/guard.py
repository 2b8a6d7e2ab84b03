from functools import wraps

from django.conf import settings
from django.http import Http404
from django.views.decorators.csrf import csrf_exempt


def bench_only(view):
    """The view exists only while BENCH_VIEWS is on (never in production by default)."""

    @csrf_exempt
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not settings.BENCH_VIEWS:
            raise Http404
        return view(request, *args, **kwargs)

    return guarded
