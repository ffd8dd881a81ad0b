"""Translators and reviewers, per language, and the review workflow of each language's tree.

- "Translators: <language>": add and edit drafts in that language's tree only.
- "Reviewers: <language>": also publish there; they approve the language's
  "Translation review" workflow, set on that language's home page (every language but the
  default one).

Created for every language of `settings.LANGUAGES` by `manage.py setup_site`.
"""

from django.conf import settings
from wagtail.models import Collection, Workflow, WorkflowTask

from hub.i18n import home_pages_by_language, language_codes, language_name
from hub.roles import (
    ADMIN_ACCESS,
    add_approvers,
    assign_workflow,
    ensure_group,
    grant_media,
    grant_pages,
)

from .models import TranslationReviewTask

TRANSLATOR_PAGE_PERMISSIONS = ["add", "change"]
REVIEWER_PAGE_PERMISSIONS = ["add", "change", "publish"]


def translators_group_name(code):
    return f"Translators: {language_name(code)}"


def reviewers_group_name(code):
    return f"Reviewers: {language_name(code)}"


def review_workflow_name(code):
    return f"Translation review: {language_name(code)}"


def ensure_review_workflow(code, home, reviewers):
    """ "Translation review: <language>" on that language's tree: its reviewers approve
    (translations.models.TranslationReviewTask: a translation with untranslated text only
    explicitly)."""
    name = language_name(code)
    workflow, _created = Workflow.objects.get_or_create(name=review_workflow_name(code))
    task = TranslationReviewTask.objects.filter(name=f"Review: {name}").first()
    if task is None:
        task = TranslationReviewTask.objects.create(name=f"Review: {name}")
    add_approvers(task, reviewers)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    assign_workflow(home, workflow)
    return workflow


def ensure_translation_roles():
    """Translators, reviewers and the review workflow of every language that has a home page.
    Returns the names of the groups."""
    homes = home_pages_by_language()
    root_collection = Collection.get_first_root_node()
    names = []
    for code in language_codes():
        home = homes.get(code)
        if home is None:
            continue
        translators = ensure_group(translators_group_name(code), ADMIN_ACCESS)
        reviewers = ensure_group(reviewers_group_name(code), ADMIN_ACCESS)
        grant_pages(translators, home, TRANSLATOR_PAGE_PERMISSIONS)
        grant_pages(reviewers, home, REVIEWER_PAGE_PERMISSIONS)
        for group in (translators, reviewers):
            grant_media(group, root_collection, ["choose"])
        if code != settings.LANGUAGE_CODE:
            ensure_review_workflow(code, home, reviewers)
        names += [translators.name, reviewers.name]
    return names
