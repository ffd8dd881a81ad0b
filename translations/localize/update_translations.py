"""Replaces wagtail-localize's "Sync translated pages" view
(`wagtail_localize.views.update_translations.UpdateTranslationsView`, URL name
`wagtail_localize:update_translations`, at admin/localize/update/<source id>/) with one that
writes each language only as far as the user may, and adds a sync of one language's copy for
its translators (`update_translation`, URL name `hub_update_translation`).

wagtail-localize asks only for its site-wide "submit translation" permission, then, with
"Publish immediately", publishes every language's copy: a French translator could publish the
Arabic page. Here, after the source is read again (which changes no page):

- a language where the user may publish (translations.rights) is published if they asked,
  through translations/drafts.py (untranslated segments marked as the source's language);
- a language they may edit but not publish gets a draft, for its "Translation review";
- any other language is left alone, for its own translators.

Changed segments are pre-filled from their previous translations and the translation memory,
flagged for checking (translations/memory.py). Machine translation, when configured, is applied
only to the languages the user may edit. A language's translators reach the same through
`update_translation`, from the translation editor, the explorer's "Needs updating" and the
dashboard: it updates their language only, always as a draft.
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation
from wagtail_localize.views import update_translations
from wagtail_localize.views.edit_translation import apply_machine_translation

from ..drafts import publish_translation, save_translation_draft
from ..memory import prefill
from ..outdated import changes_since_sync
from ..rights import is_locked_for, may_edit, may_publish

UPSTREAM_URL_NAME = "wagtail_localize:update_translations"
UPSTREAM_VIEW = update_translations.UpdateTranslationsView
ROUTE = "localize/update/<int:translation_source_id>/"

PUBLISHED, DRAFT, UNCHANGED = "published", "draft", "unchanged"


def target_or_none(translation):
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        return None


def outcome(user, translation, publish):
    """What syncing does to `translation`'s target for `user`."""
    target = target_or_none(translation)
    if target is None or not may_edit(user, target):
        return UNCHANGED
    if may_publish(user, target):
        return PUBLISHED if publish else UNCHANGED
    return DRAFT


class UpdateTranslationsView(UPSTREAM_VIEW):
    template_name = "translations/update_translations.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        enabled = self.object.translations.filter(enabled=True).select_related("target_locale")
        context["outcomes"] = [
            (translation.target_locale, outcome(user, translation, publish=True))
            for translation in enabled
        ]
        return context

    @transaction.atomic
    def form_valid(self, form):
        user = self.request.user
        self.object.update_from_db()
        enabled = list(
            self.object.translations.filter(enabled=True).select_related("target_locale")
        )
        editable = [t for t in enabled if outcome(user, t, publish=True) != UNCHANGED]
        if form.cleaned_data.get("use_machine_translation"):
            translator = get_machine_translator()
            for translation in editable:
                apply_machine_translation(translation.id, user, translator)
        publish = form.cleaned_data["publish_translations"]
        done = {PUBLISHED: [], DRAFT: []}
        for translation in editable:
            prefill(translation)
            result = outcome(user, translation, publish)
            try:
                if result == PUBLISHED:
                    publish_translation(translation, user)
                elif result == DRAFT:
                    save_translation_draft(translation, user)
            except ValidationError as error:
                messages.warning(
                    self.request,
                    _("%(language)s was not updated: %(error)s")
                    % {
                        "language": translation.target_locale.get_display_name(),
                        "error": " ".join(error.messages),
                    },
                )
                continue
            if result in done:
                done[result].append(translation.target_locale.get_display_name())
        self.components.save(self.object, sources_and_translations={self.object: enabled})
        messages.success(self.request, self.get_success_message())
        if done[PUBLISHED]:
            messages.info(self.request, _("Published in: %s.") % ", ".join(done[PUBLISHED]))
        if done[DRAFT]:
            messages.info(
                self.request,
                _("Saved as drafts, for their reviewers, in: %s.") % ", ".join(done[DRAFT]),
            )
        return redirect(self.get_success_url() or self.get_default_success_url())


def update_translation(request, translation_id):
    """One language's copy updated from its source, as a draft (see the module's docstring)."""
    translation = get_object_or_404(Translation, id=translation_id, enabled=True)
    target = target_or_none(translation)
    if target is None or not may_edit(request.user, target):
        raise PermissionDenied
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = ""
    next_url = next_url or translation.get_target_instance_edit_url()
    if is_locked_for(request.user, target):
        messages.error(request, target.get_lock().get_message(request.user))
        return redirect(next_url)
    if request.method != "POST":
        return TemplateResponse(
            request,
            "translations/update_translation.html",
            {
                "translation": translation,
                "target": target,
                "changes": changes_since_sync(translation),
                "next": next_url,
            },
        )
    try:
        with transaction.atomic():
            translation.source.update_from_db()
            filled = prefill(translation)
            if isinstance(target, DraftStateMixin):
                save_translation_draft(translation, request.user)
            else:  # a snippet without drafts, which only those who may edit it (publish) reach
                publish_translation(translation, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(next_url)
    messages.success(
        request,
        _(
            "“%(title)s” was updated from its source, as a draft: readers still see the "
            "published version. Translate what changed, then send it to review."
        )
        % {"title": target.get_admin_display_title()},
    )
    if filled:
        messages.info(
            request,
            _("%(count)s segment(s) were filled in from earlier translations: check them.")
            % {"count": filled},
        )
    return redirect(next_url)


def urlpatterns():
    return [
        path(ROUTE, UpdateTranslationsView.as_view(), name="hub_update_translations"),
        path(
            "translations/<int:translation_id>/update/",
            update_translation,
            name="hub_update_translation",
        ),
    ]
