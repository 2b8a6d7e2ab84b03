"""Admin forms that keep a region's content among itself: a snippet's region can only be one
the editor works for, and a page can only point at the directory entries of its own region
(or shared ones)."""

from django import forms
from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from .editors import editable_region_ids
from .isolation import foreign_references


class RegionReferencesCheckMixin:
    """Refuses a region editor's save that references another region's content."""

    def region_home(self):
        raise NotImplementedError

    def _post_clean(self):
        super()._post_clean()
        user = getattr(self, "for_user", None)
        if user is None or user.is_superuser:
            return
        home = self.region_home()
        if home is None:
            return
        for message in foreign_references(self.instance, home):
            self.add_error(None, ValidationError(message))


class RegionScopedSnippetForm(RegionReferencesCheckMixin, WagtailAdminModelForm):
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

    def region_home(self):
        return getattr(self.instance, "region", None)


class RegionPageForm(RegionReferencesCheckMixin, WagtailAdminPageForm):
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

    def region_home(self):
        from .models import RegionHomePage

        region_id = self._region_id()
        return RegionHomePage.objects.filter(pk=region_id).first() if region_id else None

    def _region_id(self):
        from .models import RegionHomePage
        from .models.region import german_home

        if isinstance(self.instance, RegionHomePage):
            return german_home(self.instance).pk if self.instance.pk else None
        anchor = self.instance if self.instance.pk else self.parent_page
        if anchor is None:
            return None
        home = anchor.get_ancestors(inclusive=True).type(RegionHomePage).first()
        # A translated page belongs to the region of its German home page.
        return german_home(home).pk if home else None
