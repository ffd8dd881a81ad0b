"""Replaces wagtail-localize's "Translate this page" view
(`wagtail_localize.views.submit_translations.SubmitPageTranslationView`, URL name
`wagtail_localize:submit_page_translation`, at admin/localize/submit/page/<id>/) with one that
offers only the languages the user may write the page in, and never changes a page readers see.

wagtail-localize's own permission (`submit_translation`) is site-wide, so without this a
French translator could create pages in the Arabic tree, or an Africa editor in Latin
America's. And where the page already exists in a chosen language (a live alias showing the
source, or a page whose translation was stopped), or below it with "include subtree",
wagtail-localize writes the translation into that live page at once ("draft" or not, see
translations/drafts.py): a translator could replace a live French page with unreviewed text.
Here a language where the page exists gets a draft revision for review instead; a language
where it does not is created by wagtail-localize, as a draft (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_
ON_TRANSLATE is off). Linked objects (snippets, other pages) are translated along only for those
who may edit them all. Each translation is pre-filled from the translation memory
(translations/memory.py). Its "Translate" for snippets is kept to those who may edit the
snippet (`SubmitSnippetTranslationView`). Our URLs are registered at the same addresses,
before wagtail-localize's (`register_admin_urls` with order=-1, in
translations/wagtail_hooks.py), so both its admin buttons and any link to its URL names reach
these views.

With "include subtree" and more subpages than HUB_TRANSLATE_IN_BACKGROUND_OVER (default 50),
the page itself is translated in the request and its subpages by a background task
(`translate_subpages`, django-tasks' "background" backend: the database, run by `manage.py
db_worker`, which `make run` starts): one transaction per page, so a page is translated into
every language chosen or into none; a page that fails is listed with why and the others go on.
The submitter is sent to a page that shows how many are done, reloading itself until the end,
then the result; the dashboard keeps it for a week (`BackgroundSubmissionsPanel`).
"""

import datetime
import logging

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone

# wagtail-localize's own message, translated by its catalogues (not extracted into ours).
from django.utils.translation import gettext as localize_gettext
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_tasks import task
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page
from wagtail.snippets.permissions import user_can_edit_snippet_type
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views import submit_translations

from ..drafts import save_translation_draft
from ..memory import prefill
from ..models import TranslationSubmission

logger = logging.getLogger(__name__)

# The address of wagtail-localize's view, under the admin: tests check that reversing its URL
# name gives this address and reaches our view.
UPSTREAM_URL_NAME = "wagtail_localize:submit_page_translation"
ROUTE = "localize/submit/page/<int:page_id>/"
SNIPPET_URL_NAME = "wagtail_localize:submit_snippet_translation"
SNIPPET_ROUTE = "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/"


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", offering only the languages the user may
    write the page in: its own permission (submit_translation) is site-wide, so without this
    a French translator could create pages in the Arabic tree, or an Africa editor in Latin
    America's."""

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(
            pk__in=permitted_locale_ids(self.request.user, self.object)
        )
        return form

    @transaction.atomic
    def form_valid(self, form):
        user = self.request.user
        locales = list(form.cleaned_data["locales"])
        subpage_ids = []
        if form.cleaned_data["include_subtree"]:
            subpage_ids = list(
                self.object.get_descendants().order_by("path").values_list("pk", flat=True)
            )
        translate_into(self.object, locales, user, self.components)
        if len(subpage_ids) > settings.HUB_TRANSLATE_IN_BACKGROUND_OVER:
            submission = queue_subpages(self.object, subpage_ids, locales, user)
            messages.success(
                self.request,
                ngettext(
                    "“%(title)s” was submitted for translation. Its %(count)s subpage is "
                    "being translated in the background.",
                    "“%(title)s” was submitted for translation. Its %(count)s subpages are "
                    "being translated in the background.",
                    len(subpage_ids),
                )
                % {"title": self.object.get_admin_display_title(), "count": len(subpage_ids)},
            )
            return redirect("hub_translation_submission", submission.pk)
        for page in Page.objects.filter(pk__in=subpage_ids).order_by("path").specific():
            translate_into(page, locales, user)
        if len(locales) == 1:
            language = locales[0].get_display_name()
            single = self.object.get_translation_or_none(locales[0])
        else:
            language = localize_gettext("{} locales").format(len(locales))
            single = None
        messages.success(self.request, self.get_success_message(language))
        return redirect(self.get_success_url() or self.get_default_success_url(single))


class SubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    """wagtail-localize's "Translate" for snippets
    (`wagtail_localize.views.submit_translations.SubmitSnippetTranslationView`, URL name
    `wagtail_localize:submit_snippet_translation`), for those who may edit the snippet's model
    only: a snippet without drafts (a topic, a region) is published as soon as it is
    translated, and wagtail-localize asks only for its site-wide permission."""

    def dispatch(self, request, *args, **kwargs):
        model = get_snippet_model_from_url_params(kwargs["app_label"], kwargs["model_name"])
        if not user_can_edit_snippet_type(request.user, model):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def translate_into(page, locales, user, components=None):
    """`page` translated into `locales`: drafts for review where it exists, new draft pages
    (wagtail-localize's) where it does not."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    existing = set(
        Page.objects.filter(translation_key=page.translation_key, locale__in=locales).values_list(
            "locale_id", flat=True
        )
    )
    new = [locale for locale in locales if locale.pk not in existing]
    if new:
        creator = TranslationCreator(user, new)
        creator.create_translations(
            page, include_related_objects=may_translate_linked(source, user)
        )
        if components is not None:
            components.save(creator, sources_and_translations=creator.mappings)
    for locale in locales:
        translation, _created = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        prefill(translation)
        if locale.pk in existing:
            save_translation_draft(translation, user)


def may_translate_linked(source, user):
    """Whether `user` may have the objects `source` links to (snippets, other pages) translated
    along with it: that writes their translations, live for snippets without drafts."""
    models = {
        segment.object.content_type.model_class()
        for segment in source.relatedobjectsegment_set.select_related("object__content_type")
    }
    return (
        all(
            model is not None
            and not issubclass(model, Page)
            and user_can_edit_snippet_type(user, model)
            for model in models
        )
        or user.is_superuser
    )


def permitted_locale_ids(user, page):
    """The locales where `user` may add pages at the place the translation of `page` goes:
    under its parent's translation, or, where that does not exist yet, under the nearest
    ancestor that has one, if they may also publish there: wagtail-localize then fills the gap
    with aliases of the source's pages, live when those are, which readers would see."""
    if page.depth <= 2:  # a language's home page goes directly under Wagtail's root
        if Page.get_first_root_node().permissions_for_user(user).can_add_subpage():
            return list(Locale.objects.values_list("pk", flat=True))
        return []
    ancestors = page.get_ancestors().filter(depth__gt=1)
    ancestry = dict(ancestors.values_list("translation_key", "depth"))
    nearest = {}  # locale id -> (depth of the ancestor in the source tree, its translation)
    for candidate in Page.objects.filter(translation_key__in=ancestry):
        depth = ancestry[candidate.translation_key]
        if depth > nearest.get(candidate.locale_id, (0, None))[0]:
            nearest[candidate.locale_id] = (depth, candidate)
    parent_depth = page.depth - 1
    permitted = []
    for locale_id, (depth, parent) in nearest.items():
        perms = parent.permissions_for_user(user)
        if perms.can_add_subpage() and (depth == parent_depth or perms.can_publish_subpage()):
            permitted.append(locale_id)
    return permitted


# Background translation of large subtrees.

# Why a background submission stopped (TranslationSubmission.message), as the submitter reads it.
STOPPED = {
    "user": _("The person who submitted it can no longer use the admin."),
    "page": _("The page was deleted."),
    "permission": _("You may no longer translate this page into every language chosen."),
    "error": _("An unexpected error stopped it. The pages counted as done were translated."),
}
PAGE_ERRORS = {
    "deleted": _("The page was deleted after it was submitted."),
    "error": _("It could not be translated."),
}


def queue_subpages(page, subpage_ids, locales, user):
    """A TranslationSubmission of `page`'s subpages, translated by the `translate_subpages`
    task once this request's transaction is committed."""
    submission = TranslationSubmission.objects.create(
        user=user,
        page=page,
        page_title=page.get_admin_display_title()[:255],
        locale_ids=[locale.pk for locale in locales],
        page_ids=subpage_ids,
        total=len(subpage_ids),
    )

    def enqueue():
        result = translate_subpages.enqueue(submission.pk)
        TranslationSubmission.objects.filter(pk=submission.pk).update(task_id=str(result.id))

    transaction.on_commit(enqueue)
    return submission


@task(backend="background")
def translate_subpages(submission_id):
    """Translate a submission's subpages into its languages, one page at a time, each page in
    its own transaction (into all the languages, or none), recording progress as it goes.
    A page that cannot be translated is listed with why; the others go on. The whole
    submission stops, saying why, if its submitter or its page is gone or the submitter may no
    longer translate the page into every language chosen (checked as "Translate this page"
    does: `permitted_locale_ids`)."""
    submission = TranslationSubmission.objects.select_related("user").get(pk=submission_id)
    if submission.is_over:
        return
    TranslationSubmission.objects.filter(pk=submission.pk).update(
        status=TranslationSubmission.RUNNING
    )
    user = submission.user
    root = Page.objects.filter(pk=submission.page_id).first()
    locales = list(Locale.objects.filter(pk__in=submission.locale_ids))
    if user is None or not user.is_active:
        return stop(submission, "user")
    if root is None:
        return stop(submission, "page")
    permitted = set(permitted_locale_ids(user, root))
    if len(locales) != len(submission.locale_ids) or not permitted >= set(submission.locale_ids):
        return stop(submission, "permission")
    errors, done = [], 0
    try:
        ids = submission.page_ids
        for start in range(0, len(ids), 100):
            chunk = ids[start : start + 100]
            pages = {page.pk: page for page in Page.objects.filter(pk__in=chunk).specific()}
            for pk in chunk:
                page = pages.get(pk)
                if page is None:
                    errors.append({"page": pk, "title": "", "reason": "deleted", "detail": ""})
                else:
                    try:
                        with transaction.atomic():
                            translate_into(page, locales, user)
                    except Exception as error:
                        logger.exception("Translating page %s failed", pk)
                        errors.append(
                            {
                                "page": pk,
                                "title": page.get_admin_display_title(),
                                "reason": "error",
                                "detail": str(error)[:500] or error.__class__.__name__,
                            }
                        )
                done += 1
                TranslationSubmission.objects.filter(pk=submission.pk).update(
                    done=done, errors=errors
                )
    except Exception:
        stop(submission, "error", errors=errors)
        raise
    TranslationSubmission.objects.filter(pk=submission.pk).update(
        status=TranslationSubmission.FINISHED, finished_at=timezone.now(), errors=errors
    )


def stop(submission, reason, errors=None):
    changes = {
        "status": TranslationSubmission.FAILED,
        "message": reason,
        "finished_at": timezone.now(),
    }
    if errors is not None:
        changes["errors"] = errors
    TranslationSubmission.objects.filter(pk=submission.pk).update(**changes)


def submission_view(request, submission_id):
    """The progress of a background submission, for its submitter (and superusers): pages
    done of all, then the result, with each page that was not translated and why. The page
    reloads itself every few seconds until the submission is over."""
    submission = get_object_or_404(TranslationSubmission, pk=submission_id)
    if submission.user_id != request.user.pk and not request.user.is_superuser:
        raise Http404
    locales = Locale.objects.filter(pk__in=submission.locale_ids)
    errors = [
        {**error, "reason_text": PAGE_ERRORS.get(error["reason"], PAGE_ERRORS["error"])}
        for error in submission.errors
    ]
    return TemplateResponse(
        request,
        "translations/submission.html",
        {
            "submission": submission,
            "languages": ", ".join(locale.get_display_name() for locale in locales),
            "errors": errors,
            "stopped_because": STOPPED.get(submission.message, ""),
            "refresh_seconds": 3,
            "translated": submission.done - len(errors),
        },
    )


class BackgroundSubmissionsPanel(Component):
    """Dashboard: the user's page subtrees being translated in the background, and those that
    finished in the last week, each with its progress or result, linking to its page."""

    name = "background_translations"
    template_name = "translations/background_submissions_panel.html"
    order = 92
    LIMIT = 5

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        since = timezone.now() - datetime.timedelta(days=7)
        submissions = TranslationSubmission.objects.filter(user=self.request.user).filter(
            Q(finished_at__isnull=True) | Q(finished_at__gte=since)
        )
        return {"submissions": list(submissions.order_by("-created_at")[: self.LIMIT])}


def urlpatterns():
    return [
        path(
            "translations/submissions/<int:submission_id>/",
            submission_view,
            name="hub_translation_submission",
        ),
        path(ROUTE, SubmitPageTranslationView.as_view(), name="hub_submit_page_translation"),
        path(
            SNIPPET_ROUTE,
            SubmitSnippetTranslationView.as_view(),
            name="hub_submit_snippet_translation",
        ),
    ]
