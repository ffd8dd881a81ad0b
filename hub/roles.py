"""Who may do what: groups, their page and collection permissions, and review workflows.

Created idempotently by `python manage.py setup_roles` (which load_demo runs), so that every
site has them and later roles extend the same command:

- "Secretariat editors" and "Secretariat publishers": the whole site (granted on Wagtail's
  root page, so every language's tree is covered, including languages added later).
- "Translators: <language>" and "Reviewers: <language>": that language's tree.
- "<Region> network editors" (add and edit) and "<Region> network moderators" (also publish):
  the region's network page in every language, and the region's collection of images and
  documents; their pages go through the "Regional review" workflow.
- "<Country> coalition editors", made when a coalition is onboarded (hub.coalitions).

Permissions are granted on a few subtree roots, never page by page: many GroupPagePermission
rows make Wagtail's admin slow. When a network page gets a new translation, the grants on its
other translations are extended to it (`extend_network_roles`, connected in resources.apps).
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import PublisherApprovalTask

TRANSLATOR_PAGE_PERMISSIONS = ["add", "change"]
REVIEWER_PAGE_PERMISSIONS = ["add", "change", "publish"]
EDITOR_PAGE_PERMISSIONS = ["add", "change"]
MODERATOR_PAGE_PERMISSIONS = ["add", "change", "publish"]
PUBLISHER_PAGE_PERMISSIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]

SECRETARIAT_EDITORS = "Secretariat editors"
SECRETARIAT_PUBLISHERS = "Secretariat publishers"
REGIONAL_REVIEW = "Regional review"
REGIONAL_APPROVAL = "Approval by the region's moderators or the secretariat"

ADMIN_ACCESS = ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"]
# Wagtail checks the permissions of custom image and document models against its own models.
MEDIA_PERMISSIONS = {
    "choose": ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
    "add": ["wagtailimages.add_image", "wagtaildocs.add_document"],
    "change": ["wagtailimages.change_image", "wagtaildocs.change_document"],
    "delete": ["wagtailimages.delete_image", "wagtaildocs.delete_document"],
}


def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


def translators_group_name(code):
    return f"Translators: {language_name(code)}"


def reviewers_group_name(code):
    return f"Reviewers: {language_name(code)}"


def model_permission(label):
    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_group(name, permissions=()):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(*(model_permission(label) for label in permissions))
    return group


def grant_pages(group, page, kinds):
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


def grant_choosing_media(group, collection):
    """Choose (not edit) the images and documents of `collection` and its children."""
    grant_media(group, collection, ["choose"])


def ensure_collection(name, parent):
    collection = parent.get_children().filter(name=name).first()
    if collection is None:
        collection = parent.add_child(instance=Collection(name=name))
    return collection


def locale_homes():
    """{language code: home page} of the default site."""
    site = Site.objects.get(is_default_site=True)
    root = Page.objects.get(pk=site.root_page_id)
    return {
        page.locale.language_code: page
        for page in Page.objects.filter(translation_key=root.translation_key).select_related(
            "locale"
        )
    }


def ensure_review_workflow(code, home, reviewers):
    """ "Translation review: <language>" on that language's tree: its reviewers approve."""
    name = language_name(code)
    workflow, _created = Workflow.objects.get_or_create(name=f"Translation review: {name}")
    task = GroupApprovalTask.objects.filter(name=f"Review: {name}").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=f"Review: {name}")
    task.groups.add(reviewers)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return workflow


def ensure_translation_roles():
    """For every language: "Translators: <language>" (add and edit drafts in that language's
    tree only) and "Reviewers: <language>" (also publish there); a review workflow on every
    language tree but the default one. Returns the names of the groups."""
    homes = locale_homes()
    root_collection = Collection.get_first_root_node()
    names = []
    for locale in Locale.objects.all():
        code = locale.language_code
        home = homes.get(code)
        if home is None:
            continue
        translators = ensure_group(
            translators_group_name(code),
            ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"],
        )
        reviewers = ensure_group(
            reviewers_group_name(code),
            ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"],
        )
        grant_pages(translators, home, TRANSLATOR_PAGE_PERMISSIONS)
        grant_pages(reviewers, home, REVIEWER_PAGE_PERMISSIONS)
        for group in (translators, reviewers):
            grant_choosing_media(group, root_collection)
        if code != settings.LANGUAGE_CODE:
            ensure_review_workflow(code, home, reviewers)
        names += [translators.name, reviewers.name]
    return names


def ensure_roles():
    """Every role of the site; returns the names of the groups."""
    names = ensure_translation_roles()
    names += ensure_secretariat_roles()
    names += ensure_regional_roles()
    return names


def ensure_secretariat_roles():
    """The secretariat runs the whole site: its editors add and edit anywhere and manage the
    taxonomy; its publishers also publish, delete and unlock, and approve in every review."""
    root = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    taxonomy = ["resources.change_region", "resources.change_topic"]
    editors = ensure_group(
        SECRETARIAT_EDITORS,
        [*ADMIN_ACCESS, *taxonomy, "resources.onboard_coalition"],
    )
    publishers = ensure_group(
        SECRETARIAT_PUBLISHERS,
        [
            *ADMIN_ACCESS,
            *taxonomy,
            "resources.add_region",
            "resources.add_topic",
            "resources.onboard_coalition",
        ],
    )
    grant_pages(editors, root, EDITOR_PAGE_PERMISSIONS)
    grant_pages(publishers, root, PUBLISHER_PAGE_PERMISSIONS)
    grant_media(editors, root_collection, ["choose", "add", "change"])
    grant_media(publishers, root_collection, ["choose", "add", "change", "delete"])
    # "The secretariat can approve anything": every group-approved review step (the
    # translation reviews, Wagtail's default "Moderators approval") counts its publishers in.
    for task in GroupApprovalTask.objects.all():
        task.groups.add(publishers)
    return [editors.name, publishers.name]


def regional_review_workflow():
    """ "Regional review": one step, approved by whoever may publish the page."""
    workflow, _created = Workflow.objects.get_or_create(name=REGIONAL_REVIEW)
    task = PublisherApprovalTask.objects.filter(name=REGIONAL_APPROVAL).first()
    if task is None:
        task = PublisherApprovalTask.objects.create(name=REGIONAL_APPROVAL)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def region_name(region):
    """A region's name in the site's default language (group and collection names use it)."""
    default = region.get_translation_or_none(Locale.get_default())
    return (default or region).name


def network_editors_group_name(name):
    """For a region named `name` in the site's default language, e.g. "Africa"."""
    return f"{name} network editors"


def network_moderators_group_name(name):
    return f"{name} network moderators"


def ensure_regional_roles():
    """Roles for every region that has a network page."""
    from resources.models import Region, RegionalNetworkPage

    keys = RegionalNetworkPage.objects.values_list("region__translation_key", flat=True)
    names = []
    for region in Region.objects.filter(translation_key__in=keys, locale=Locale.get_default()):
        editors, moderators, _collection = ensure_region_roles(region)
        names += [editors.name, moderators.name]
    return names


def ensure_region_roles(region):
    """The region's editors and moderators, their collection, and their grants on the
    region's network page in every language it exists in, under "Regional review"."""
    from resources.models import RegionalNetworkPage

    name = region_name(region)
    editors = ensure_group(network_editors_group_name(name), ADMIN_ACCESS)
    moderators = ensure_group(network_moderators_group_name(name), ADMIN_ACCESS)
    collection = ensure_collection(name, Collection.get_first_root_node())
    grant_media(editors, collection, ["choose", "add", "change"])
    grant_media(moderators, collection, ["choose", "add", "change", "delete"])
    workflow = regional_review_workflow()
    for page in RegionalNetworkPage.objects.filter(region__translation_key=region.translation_key):
        grant_pages(editors, page, EDITOR_PAGE_PERMISSIONS)
        grant_pages(moderators, page, MODERATOR_PAGE_PERMISSIONS)
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return editors, moderators, collection


def share_grants_with_translations(page):
    """Give every translation of `page` the group grants and workflow its translations have."""
    family = Page.objects.filter(translation_key=page.translation_key)
    grants = set(
        GroupPagePermission.objects.filter(page__in=family).values_list("group_id", "permission_id")
    )
    for member in family:
        for group_id, permission_id in grants:
            GroupPagePermission.objects.get_or_create(
                group_id=group_id, page=member, permission_id=permission_id
            )
    workflow_ids = set(
        WorkflowPage.objects.filter(page__in=family).values_list("workflow_id", flat=True)
    )
    if len(workflow_ids) == 1:
        (workflow_id,) = workflow_ids
        for member in family:
            WorkflowPage.objects.get_or_create(page=member, defaults={"workflow_id": workflow_id})


def extend_network_roles(sender, instance, created, raw=False, **kwargs):
    """post_save of a network page: a new regional network gets its roles; a new translation
    of a network page gets the grants its other translations have."""
    if not created or raw:
        return
    from resources.models import RegionalNetworkPage

    if isinstance(instance, RegionalNetworkPage) and instance.region_id:
        ensure_region_roles(instance.region)
    else:
        share_grants_with_translations(instance)
