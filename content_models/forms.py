"""Admin forms that keep a region's content among itself: a snippet's region can only be one
the editor works for, and a page can only point at the directory entries of its own region
(or shared ones)."""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from .editors import editable_region_ids


class RegionScopedSnippetForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        regions = editable_region_ids(self.for_user) if self.for_user else None
        field = self.fields.get("region")
        if field is None or regions is None:
            return
        # Region editors choose among their own regions; shared entries are for superusers.
        field.queryset = field.queryset.filter(pk__in=regions)
        field.required = True
        field.empty_label = None
        if len(regions) == 1 and not self.instance.pk:
            field.initial = next(iter(regions))


class RegionPageForm(WagtailAdminPageForm):
    """Choices of region-scoped snippets (contacts, themes, partners, ...) are limited to the
    page's region and the shared entries; a posted id from another region fails validation."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        region_id = self._region_id()
        if region_id is None:
            return
        from .models.snippets import RegionScoped

        same_region = RegionScoped.of_regions_or_shared([region_id])
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField) and issubclass(
                field.queryset.model, RegionScoped
            ):
                field.queryset = field.queryset.filter(same_region)

    def _region_id(self):
        from .models import RegionHomePage

        if isinstance(self.instance, RegionHomePage):
            return self.instance.pk
        anchor = self.instance if self.instance.pk else self.parent_page
        if anchor is None:
            return None
        home = anchor.get_ancestors(inclusive=True).type(RegionHomePage).first()
        return home.pk if home else None
