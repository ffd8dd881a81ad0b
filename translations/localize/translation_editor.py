"""Replaces wagtail-localize's `before_edit_page` hook
(`wagtail_localize.wagtail_hooks.before_edit_page`, which turns Wagtail's page editor into its
translation editor) with `before_edit_page`, and gives the editor a footer made for the user.

wagtail-localize's editor offers one action, chosen by permissions it reads loosely: "Publish",
else "Convert to alias page" on a live page (which replaces the translation with the source, see
convert_to_alias.py), else "Delete"; nothing saves a draft or sends it to review. Here:

- the editor's screen is wagtail-localize's, rendered through the template
  templates/wagtail_localize/admin/edit_translation.html, which overrides its own (same name)
  to show the progress (percentage translated, untranslated fields, segments to check, whether
  the source changed) and a footer of what the user may do, in place of the React editor's
  footer (hidden by static/css/translation-editor.css). For a translator: "Send to review"
  first, then save a draft, preview, fill in from the translation memory, update from the
  source. Publishing, stopping the synced translation, converting to an alias, unpublishing and
  deleting are offered only to those who may; a reviewer of a page in review gets the review's
  own actions (approve, request changes) first;
- its posted actions are handled here: "publish" (only by those who may publish there, and for
  an incomplete translation only with "accept-untranslated", as approving needs), "save-draft"
  (a revision, translations/drafts.py; refused while the page is locked for the user, as
  Wagtail's editor refuses) and "prefill" (translations/memory.py);
- "Start Synced translation" goes through synced_translation.py, "Convert to alias page"
  through convert_to_alias.py; an alias of another language's page keeps wagtail-localize's
  screen;
- Wagtail's "revert to this revision" (URL name `wagtailadmin_pages:revisions_revert`) reaches
  Wagtail's own editor, prefilled with that revision: saved, it is a draft; submitted, a
  review; published only by those who may (Wagtail's rules). wagtail-localize sent it to its
  editor, which ignored the revision.

Wagtail has no public way to unregister a hook, so `replace_upstream_hook` edits its registry,
as explorer_buttons.py does; tests/test_localize_adjustments.py checks that the upstream
function is found and gone.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

# wagtail-localize's own messages, translated by its catalogues (not extracted into ours).
from django.utils.translation import gettext as localize_gettext
from wagtail import hooks
from wagtail_localize import wagtail_hooks as upstream
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation

from ..completeness import of_translation
from ..drafts import publish_translation, save_translation_draft
from ..memory import prefill
from ..rights import is_locked_for, may_publish
from . import convert_to_alias, synced_translation

HOOK = "before_edit_page"
UPSTREAM = upstream.before_edit_page
TEMPLATE = "wagtail_localize/admin/edit_translation.html"
REVERT_VIEW_NAME = "wagtailadmin_pages:revisions_revert"


def replace_upstream_hook():
    hooks._hooks[HOOK] = [
        (fn, order) for fn, order in hooks._hooks.get(HOOK, []) if fn is not UPSTREAM
    ]


def before_edit_page(request, page):
    if page.alias_of_id and page.alias_of.locale_id != page.locale_id:
        return edit_translation.edit_translatable_alias_page(request, page)
    if request.method == "POST":
        if synced_translation.RESTART_ACTION in request.POST:
            response = synced_translation.restart_translation(request, page)
            if response is not None:
                return response
        elif convert_to_alias.MENU_ITEM_NAME in request.POST:
            return redirect(reverse(convert_to_alias.UPSTREAM_URL_NAME, args=[page.pk]))
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    match = request.resolver_match
    if match is not None and match.view_name == REVERT_VIEW_NAME:
        return None
    if request.method == "POST":
        return editor_action(request, translation, page)
    return edit_translation.edit_translation(request, translation, page)


def editor_action(request, translation, page):
    action = request.POST.get("action")
    title = page.get_admin_display_title()
    language = translation.target_locale.get_display_name()
    if action == "publish":
        if not may_publish(request.user, page):
            raise PermissionDenied
        completeness = of_translation(translation)
        if not completeness.complete and request.POST.get("accept-untranslated") != "on":
            messages.error(
                request,
                _(
                    "“%(title)s” is %(percent)s%% translated. To publish it with the rest in "
                    "the source language, tick “Publish the untranslated segments in the source "
                    "language”."
                )
                % {"title": title, "percent": completeness.percent},
            )
            return redirect(request.path)
        try:
            publish_translation(translation, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                localize_gettext("Published '{object}' in {locale}.").format(
                    object=title, locale=language
                ),
            )
    elif action == "save-draft":
        if is_locked_for(request.user, page):
            messages.error(request, page.get_lock().get_message(request.user))
            return redirect(request.path)
        try:
            save_translation_draft(translation, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _(
                    "Draft of “%(title)s” saved. Readers still see the published version; "
                    "send it to review when it is ready."
                )
                % {"title": title},
            )
    elif action == "prefill":
        filled = prefill(translation)
        if filled:
            messages.success(
                request,
                _("%(count)s segment(s) were filled in from earlier translations: check them.")
                % {"count": filled},
            )
        else:
            messages.info(request, _("Nothing to fill in from earlier translations."))
    return redirect(request.path)
