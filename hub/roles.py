"""The building blocks of the site's roles: groups, and their grants on pages and collections.

Each concern defines its own roles with these (translations.roles: translators and reviewers
per language; resources.roles: the secretariat and the regional networks), and `manage.py
setup_site` creates them all, idempotently.

Permissions are granted on a few subtree roots, never page by page: many GroupPagePermission
rows make Wagtail's admin slow (wagtail #6807, #14593).

Each grant (a model permission, a page or collection permission, a workflow on a page, a group
on a review step) is made once: it is recorded (hub.models.SetupGrant), and a recorded grant is
not made again. So running the setup again adds what is new (a language, a region, a
coalition) and never restores what an administrator has revoked.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    WorkflowPage,
)

from .models import SetupGrant

ADMIN_ACCESS = ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"]
# Wagtail checks the permissions of custom image and document models against its own models.
MEDIA_PERMISSIONS = {
    "choose": ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
    "add": ["wagtailimages.add_image", "wagtaildocs.add_document"],
    "change": ["wagtailimages.change_image", "wagtaildocs.change_document"],
    "delete": ["wagtailimages.delete_image", "wagtaildocs.delete_document"],
}


def model_permission(label):
    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def once(key, grant):
    """Call `grant()` unless a grant with this key was made before (see the module)."""
    _record, new = SetupGrant.objects.get_or_create(key=key)
    if new:
        grant()
    return new


def ensure_group(name, permissions=()):
    group, _created = Group.objects.get_or_create(name=name)
    for label in permissions:
        once(f"{name}|{label}", lambda label=label: group.permissions.add(model_permission(label)))
    return group


def grant_pages(group, page, kinds):
    """`kinds` ("add", "change", "publish"...) on `page` and every page below it."""
    page_type = ContentType.objects.get_for_model(Page)
    for kind in kinds:
        once(
            f"{group.name}|page:{page.pk}|{kind}",
            lambda kind=kind: GroupPagePermission.objects.get_or_create(
                group=group,
                page=page,
                permission=Permission.objects.get(content_type=page_type, codename=f"{kind}_page"),
            ),
        )


def grant_media(group, collection, actions):
    """`actions` ("choose", "add", "change", "delete") on the images and documents of
    `collection` and of the collections inside it."""
    for action in actions:
        for label in MEDIA_PERMISSIONS[action]:
            once(
                f"{group.name}|collection:{collection.pk}|{label}",
                lambda label=label: GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=model_permission(label)
                ),
            )


def assign_workflow(page, workflow):
    """`workflow` on `page` and the pages below it that have none closer."""
    once(
        f"workflow|page:{page.pk}",
        lambda: WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow}),
    )


def add_approvers(task, group):
    """`group` among those who approve the group approval step `task`."""
    once(f"{group.name}|task:{task.pk}", lambda: task.groups.add(group))


def ensure_collection(name, parent):
    collection = parent.get_children().filter(name=name).first()
    if collection is None:
        collection = parent.add_child(instance=Collection(name=name))
    return collection


def ensure_private_collection(name, parent, groups):
    """A collection inside `parent` whose documents only members of `groups` (and superusers)
    may download: a group view restriction, which Wagtail's document serve view applies.
    Images have no such check (their renditions are public files), so it is for documents.
    Like every grant here, the restriction and each group's place in it are made once."""
    collection = ensure_collection(name, parent)
    kind = CollectionViewRestriction.GROUPS
    once(
        f"private|collection:{collection.pk}",
        lambda: CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=kind
        ),
    )
    restriction = CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type=kind
    ).first()
    if restriction is not None:
        for group in groups:
            once(
                f"{group.name}|view:{collection.pk}",
                lambda group=group: restriction.groups.add(group),
            )
    return collection
