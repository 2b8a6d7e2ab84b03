"""Admin forms: a snippet's region can only be one the editor works for."""

from wagtail.admin.forms import WagtailAdminModelForm

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
