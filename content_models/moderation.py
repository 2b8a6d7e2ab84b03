"""Moderation per region: editors („Redaktion <Region>“) submit, moderators („Freigabe
<Region>“) approve or reject with a comment, in the workflow „Freigabe <Region>“ on the
region's home page. Snippets of a region follow the same workflow.

Wagtail's stock "Editors" and "Moderators" groups and its "Moderators approval" workflow hold
rights on the root, i.e. on every region: `retire_stock_moderation` takes them away."""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from .editors import ensure_editor_group, grant_region_rights

STOCK_GROUPS = ("Editors", "Moderators")
STOCK_WORKFLOW = "Moderators approval"


def moderator_group_name(home) -> str:
    """Also the name of the region's workflow: both are „Freigabe <Region>“."""
    return f"Freigabe {home.title}"


@transaction.atomic
def ensure_region_moderation(home, collection: Collection):
    """Both groups and the workflow of one region; adds what is missing. Editors lose any
    right to publish (they submit instead); moderators hold the editors' rights plus
    publishing."""
    editors, _ = ensure_editor_group(home, collection)
    moderators, _ = Group.objects.get_or_create(name=moderator_group_name(home))
    grant_region_rights(moderators, home, collection, publish=True)

    task_name = f"Freigabe durch {home.title}"
    task = GroupApprovalTask.objects.filter(name=task_name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=task_name)
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name=moderator_group_name(home))
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    from .models.region import region_homes

    for tree in region_homes(home):  # translations are approved like the originals
        WorkflowPage.objects.update_or_create(page=tree, defaults={"workflow": workflow})
    return editors, moderators, workflow


def region_workflow(region_id):
    """The active workflow on a region's home page, for that region's snippets."""
    link = (
        WorkflowPage.objects.filter(page_id=region_id, workflow__active=True)
        .select_related("workflow")
        .first()
    )
    return link.workflow if link else None


@transaction.atomic
def retire_stock_moderation() -> list[str]:
    """Removes the rights of Wagtail's stock groups (deleting them when nobody is a member)
    and takes its stock workflow off the root. Returns what was done, for the command."""
    done = []
    for group in Group.objects.filter(name__in=STOCK_GROUPS):
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        group.permissions.clear()
        if group.user_set.exists():
            done.append(f"{group.name}: rights removed (kept: it has members)")
        else:
            group.delete()
            done.append(f"{group.name}: deleted")
    for workflow in Workflow.objects.filter(name=STOCK_WORKFLOW):
        WorkflowPage.objects.filter(workflow=workflow).delete()
        WorkflowContentType.objects.filter(workflow=workflow).delete()
        if workflow.active:
            workflow.active = False
            workflow.save(update_fields=["active"])
        done.append(f"{workflow.name}: deactivated")
    return done
