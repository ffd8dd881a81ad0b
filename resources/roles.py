"""The roles of the domain: the secretariat, and the editors and moderators of each regional
network. Created idempotently by `manage.py setup_site` (which load_demo runs).

- "Secretariat editors" and "Secretariat publishers": the whole site (granted on Wagtail's
  root page, so every language's tree is covered, including languages added later).
- "<Region> network editors" (add and edit) and "<Region> network moderators" (also publish):
  the region's network page in every language, and the region's collection of images and
  documents, with its private "Internal documents" collection (downloaded only by the
  region's groups and the secretariat); their pages go through the "Regional review" workflow.
- "<Country> coalition editors", made when a coalition is onboarded (resources.coalitions).

When a network page gets a new translation, the grants on its other translations are extended
to it (`extend_network_roles`, connected in resources.apps).
"""

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from hub.roles import (
    ADMIN_ACCESS,
    add_approvers,
    assign_workflow,
    ensure_collection,
    ensure_group,
    ensure_private_collection,
    grant_media,
    grant_pages,
)

from .models import PublisherApprovalTask, Region, RegionalNetworkPage

EDITOR_PAGE_PERMISSIONS = ["add", "change"]
MODERATOR_PAGE_PERMISSIONS = ["add", "change", "publish"]
PUBLISHER_PAGE_PERMISSIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]

SECRETARIAT_EDITORS = "Secretariat editors"
SECRETARIAT_PUBLISHERS = "Secretariat publishers"
REGIONAL_REVIEW = "Regional review"
REGIONAL_APPROVAL = "Approval by the region's moderators or the secretariat"
INTERNAL_DOCUMENTS = "Internal documents"


def ensure_domain_roles():
    """The secretariat's roles and every regional network's; returns the names of the groups.
    Run after the translation roles: the secretariat's publishers join their review steps."""
    return ensure_secretariat_roles() + ensure_regional_roles()


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
        add_approvers(task, publishers)
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
    keys = RegionalNetworkPage.objects.values_list("region__translation_key", flat=True)
    names = []
    for region in Region.objects.filter(translation_key__in=keys, locale=Locale.get_default()):
        editors, moderators, _collection = ensure_region_roles(region)
        names += [editors.name, moderators.name]
    return names


def ensure_region_roles(region):
    """The region's editors and moderators, their collection, and their grants on the
    region's network page in every language it exists in, under "Regional review"."""
    name = region_name(region)
    editors = ensure_group(network_editors_group_name(name), ADMIN_ACCESS)
    moderators = ensure_group(network_moderators_group_name(name), ADMIN_ACCESS)
    collection = ensure_collection(name, Collection.get_first_root_node())
    grant_media(editors, collection, ["choose", "add", "change"])
    grant_media(moderators, collection, ["choose", "add", "change", "delete"])
    secretariat = [ensure_group(SECRETARIAT_EDITORS), ensure_group(SECRETARIAT_PUBLISHERS)]
    ensure_private_collection(INTERNAL_DOCUMENTS, collection, [editors, moderators, *secretariat])
    workflow = regional_review_workflow()
    for page in RegionalNetworkPage.objects.filter(region__translation_key=region.translation_key):
        grant_pages(editors, page, EDITOR_PAGE_PERMISSIONS)
        grant_pages(moderators, page, MODERATOR_PAGE_PERMISSIONS)
        assign_workflow(page, workflow)
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
    if isinstance(instance, RegionalNetworkPage) and instance.region_id:
        ensure_region_roles(instance.region)
    else:
        share_grants_with_translations(instance)
