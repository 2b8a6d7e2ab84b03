"""Region editors: one group per region whose members see and change only that region.

Pages and media use Wagtail's own object permissions (the group holds page permissions on the
region's home page and collection permissions on the region's collection). Snippets carry a
region field instead; `editable_region_ids` tells which regions a user may touch, and the admin
hooks and forms in this app apply it."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
MEDIA_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}
SNIPPET_MODELS = ("contact", "organisation", "municipality", "theme")
SNIPPET_ACTIONS = ("add", "change", "delete", "publish", "view")


def editor_group_name(home) -> str:
    return f"Redaktion {home.title}"


def ensure_editor_group(home, collection: Collection) -> tuple[Group, bool]:
    """The region's editor group with its permissions; adds what is missing, removes nothing."""
    group, created = Group.objects.get_or_create(name=editor_group_name(home))
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="content_models",
            codename__in=[f"{a}_{m}" for a in SNIPPET_ACTIONS for m in SNIPPET_MODELS],
        ),
    )
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
    for app_label, codenames in MEDIA_PERMISSIONS.items():
        for permission in Permission.objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
    return group, created


def editable_region_ids(user) -> frozenset[int] | None:
    """Ids of the region home pages `user` edits; None means every region (superusers)."""
    if user.is_superuser:
        return None
    cached = getattr(user, "_editable_region_ids", None)
    if cached is None:
        from .models import RegionHomePage

        cached = frozenset(
            RegionHomePage.objects.filter(
                group_permissions__group__user=user,
                group_permissions__permission__codename="change_page",
            ).values_list("pk", flat=True)
        )
        user._editable_region_ids = cached
    return cached


def may_edit_region_of(user, obj) -> bool:
    regions = editable_region_ids(user)
    return regions is None or obj.region_id in regions
