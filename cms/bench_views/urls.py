from django.urls import path

from . import views

urlpatterns = [
    path("trivial/", views.trivial, name="bench-trivial"),
    path("stories/", views.hand_written_story_list, name="bench-stories"),
    path("grapple/", views.stock_grapple_view, name="bench-grapple"),
]
