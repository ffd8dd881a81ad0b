"""Who may do what: groups, their page and collection permissions, and review workflows.

Created idempotently by `python manage.py setup_roles` (which load_demo runs), so that every
site has them and later roles extend the same command. Permissions are granted on a few
subtree roots (a language's home page), never page by page: many GroupPagePermission rows
make Wagtail's admin slow.
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

TRANSLATOR_PAGE_PERMISSIONS = ["add", "change"]
REVIEWER_PAGE_PERMISSIONS = ["add", "change", "publish"]


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


def grant_choosing_media(group, collection):
    """Choose (not edit) the images and documents of `collection` and its children."""
    for label in ("hub.choose_image", "hub.choose_document"):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=model_permission(label)
        )


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
