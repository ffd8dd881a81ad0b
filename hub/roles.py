"""The building blocks of the site's roles: groups, and their grants on pages and collections.

Each concern defines its own roles with these (translations.roles: translators and reviewers
per language; resources.roles: the secretariat and the regional networks), and `manage.py
setup_site` creates them all, idempotently.

Permissions are granted on a few subtree roots, never page by page: many GroupPagePermission
rows make Wagtail's admin slow (wagtail #6807, #14593).
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

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


def ensure_group(name, permissions=()):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(*(model_permission(label) for label in permissions))
    return group


def grant_pages(group, page, kinds):
    """`kinds` ("add", "change", "publish"...) on `page` and every page below it."""
    page_type = ContentType.objects.get_for_model(Page)
    for kind in kinds:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(content_type=page_type, codename=f"{kind}_page"),
        )


def grant_media(group, collection, actions):
    """`actions` ("choose", "add", "change", "delete") on the images and documents of
    `collection` and of the collections inside it."""
    for action in actions:
        for label in MEDIA_PERMISSIONS[action]:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=model_permission(label)
            )


def ensure_collection(name, parent):
    collection = parent.get_children().filter(name=name).first()
    if collection is None:
        collection = parent.add_child(instance=Collection(name=name))
    return collection


def ensure_private_collection(name, parent, groups):
    """A collection inside `parent` whose documents only members of `groups` (and superusers)
    may download: a group view restriction, which Wagtail's document serve view applies.
    Images have no such check (their renditions are public files), so it is for documents."""
    collection = ensure_collection(name, parent)
    restriction = CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    ).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    restriction.groups.add(*groups)
    return collection
