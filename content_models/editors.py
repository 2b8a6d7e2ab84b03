"""Region editors: one group per region whose members see and change only that region.

Pages and media use Wagtail's own object permissions (the group holds page permissions on the
region's home page and collection permissions on the region's collection). Snippets carry a
region field instead; `editable_region_ids` tells which regions a user may touch, and the admin
hooks and forms in this app apply it."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

PAGE_PERMISSIONS = ("add_page", "change_page", "lock_page", "unlock_page")
MEDIA_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}
SNIPPET_MODELS = ("contact", "organisation", "municipality", "theme")
SNIPPET_ACTIONS = ("add", "change", "delete", "view")


def editor_group_name(home) -> str:
    return f"Redaktion {home.title}"


def ensure_editor_group(home, collection: Collection) -> tuple[Group, bool]:
    """The region's editor group with its permissions. Editors do not publish: they submit to
    the region's moderators (content_models.moderation), so a right to publish is taken away."""
    group, created = Group.objects.get_or_create(name=editor_group_name(home))
    grant_region_rights(group, home, collection, publish=False)
    return group, created


def _snippet_permissions(actions):
    return Permission.objects.filter(
        content_type__app_label="content_models",
        codename__in=[f"{a}_{m}" for a in actions for m in SNIPPET_MODELS],
    )


def grant_region_rights(group: Group, home, collection: Collection, publish: bool):
    """Adds the rights to work on one region; with `publish`, also to publish there, else
    removes that right."""
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        # wagtail-localize's "Übersetzen" on the region's pages and entries.
        *Permission.objects.filter(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        ),
        *_snippet_permissions(SNIPPET_ACTIONS),
    )
    from .models.region import region_homes

    # The region's tree in every language: an English home page is a tree of its own.
    homes = list(region_homes(home))
    page_codenames = PAGE_PERMISSIONS + (("publish_page",) if publish else ())
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=page_codenames
    ):
        for tree in homes:
            GroupPagePermission.objects.get_or_create(group=group, page=tree, permission=permission)
    for app_label, codenames in MEDIA_PERMISSIONS.items():
        for permission in Permission.objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
    if publish:
        group.permissions.add(*_snippet_permissions(["publish"]))
    else:
        group.permissions.remove(*_snippet_permissions(["publish"]))
        GroupPagePermission.objects.filter(
            group=group, page__in=homes, permission__codename="publish_page"
        ).delete()


def editable_region_ids(user) -> frozenset[int] | None:
    """Ids of the (German) region home pages `user` edits; None means every region
    (superusers). A region's translated home pages are trees of the same region, not regions."""
    if user.is_superuser:
        return None
    cached = getattr(user, "_editable_region_ids", None)
    if cached is None:
        from .models import RegionHomePage

        cached = frozenset(
            RegionHomePage.objects.filter(
                group_permissions__group__user=user,
                group_permissions__permission__codename="change_page",
                locale__language_code=settings.LANGUAGE_CODE,
            ).values_list("pk", flat=True)
        )
        user._editable_region_ids = cached
    return cached


def may_edit_region_of(user, obj) -> bool:
    regions = editable_region_ids(user)
    return regions is None or obj.region_id in regions


def extend_rights_to_translated_home(sender, instance, created, raw=False, **kwargs):
    """A region's home page translated into a new language is a new tree of the region: its
    editors and moderators get the same rights on it, and it follows the region's workflow."""
    if raw or not created or instance.locale.language_code == settings.LANGUAGE_CODE:
        return
    from .models.region import german_home
    from .moderation import ensure_region_moderation

    home = german_home(instance)
    if home.pk != instance.pk and home.media_collection is not None:
        ensure_region_moderation(home, home.media_collection)


def connect_signals():
    from django.db.models.signals import post_save

    from .models import RegionHomePage

    post_save.connect(extend_rights_to_translated_home, sender=RegionHomePage)
