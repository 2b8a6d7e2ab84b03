"""Admin registration: the directory snippets under „Verzeichnis“, each list showing a region
editor only the entries of their own regions."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .editors import editable_region_ids, may_edit_region_of
from .models import Contact, Municipality, Organisation, RegionHomePage, Theme
from .models.snippets import RegionScoped
from .tree_paths import at_or_below


class RegionCheckedObjectMixin:
    """Every view of one entry (edit, history, revisions, unpublish, copy, usage, ...) refuses
    an entry of a region the editor does not work for."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not may_edit_region_of(self.request.user, obj):
            raise PermissionDenied
        return obj


def _region_checked(view_class):
    return type(view_class.__name__, (RegionCheckedObjectMixin, view_class), {})


class RegionChoicesMixin:
    """The chooser offers the editor's regions' entries and the shared ones."""

    def get_object_list(self):
        objects = super().get_object_list()
        regions = editable_region_ids(self.request.user)
        if regions is None:
            return objects
        return objects.filter(RegionScoped.of_regions_or_shared(regions))


class RegionSnippetChooserViewSet(SnippetChooserViewSet):
    choose_view_class = type("ChooseView", (RegionChoicesMixin, ChooseView), {})
    choose_results_view_class = type(
        "ChooseResultsView", (RegionChoicesMixin, ChooseResultsView), {}
    )


class RegionScopedViewSet(SnippetViewSet):
    chooser_viewset_class = RegionSnippetChooserViewSet

    def get_queryset(self, request):
        regions = editable_region_ids(request.user)
        queryset = self.model._default_manager.all()
        return queryset if regions is None else queryset.filter(region_id__in=regions)


# The views that show or change one existing entry; the revert view derives from the edit view.
for _name in dir(SnippetViewSet):
    _view_class = getattr(SnippetViewSet, _name)
    if (
        _name.endswith("_view_class")
        and isinstance(_view_class, type)
        and hasattr(_view_class, "get_object")
        and _name not in {"add_view_class", "preview_on_add_view_class"}
    ):
        setattr(RegionScopedViewSet, _name, _region_checked(_view_class))


@hooks.register("before_delete_snippet")
def refuse_deleting_another_regions_snippets(request, instances):
    # Bulk deletion takes its ids from the request, not from a region-checked view.
    for instance in instances:
        if isinstance(instance, RegionScoped) and not may_edit_region_of(request.user, instance):
            raise PermissionDenied


@hooks.register("construct_page_chooser_queryset")
def offer_only_the_editors_regions(pages, request):
    """Page choosers (chooser fields, chooser blocks, rich-text links) browse and search only
    the editor's regions; saving a page of another region fails anyway (isolation.py)."""
    regions = editable_region_ids(request.user)
    if regions is None:
        return pages
    homes = RegionHomePage.objects.filter(pk__in=regions)
    return pages.filter(at_or_below(homes.values_list("path", flat=True)))


class ContactViewSet(RegionScopedViewSet):
    model = Contact
    icon = "user"
    list_display = ["name", "role", "organisation", "region"]
    list_filter = ["region"]
    search_fields = ["name", "role"]


class OrganisationViewSet(RegionScopedViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "region"]
    list_filter = ["kind", "region"]


class MunicipalityViewSet(RegionScopedViewSet):
    model = Municipality
    icon = "home"
    list_display = ["name", "district", "role", "population", "region"]
    list_filter = ["role", "region"]


class ThemeViewSet(RegionScopedViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "region"]
    list_filter = ["region"]


class RegionDirectoryGroup(SnippetViewSetGroup):
    menu_label = "Verzeichnis"
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (ContactViewSet, OrganisationViewSet, MunicipalityViewSet, ThemeViewSet)


register_snippet(RegionDirectoryGroup)
