from django.http import JsonResponse

from .guard import bench_only
from .stock_grapple import stock_grapple
from .story_list import story_list


@bench_only
def trivial(request):
    """The floor: what any Django view costs on this server."""
    return JsonResponse({"ok": True})


hand_written_story_list = bench_only(story_list)
stock_grapple_view = bench_only(stock_grapple)
