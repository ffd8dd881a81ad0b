"""Replaces wagtail-localize's "Translate with <service>" button's view (the view
`wagtail_localize.views.edit_translation.machine_translate`, URL name
`wagtail_localize:machine_translate`) with one that fails gently and keeps the markup.

Machine translation is off unless the environment names a service (hub/settings/base.py sets
wagtail-localize's WAGTAILLOCALIZE_MACHINE_TRANSLATOR from LIBRETRANSLATE_URL or
DEEPL_AUTH_KEY). wagtail-localize's own `apply_machine_translation` does the work, with its own
translator classes: it asks the service for every text not yet translated and stores the
answers as the translation's strings. It does not touch the page: the strings wait in the
translation editor, and reach readers only as a draft sent to review ("Send to review",
translations/review.py) that the language's reviewer approves.

What differs from wagtail-localize's view:
- the service failing (unreachable, refusing the key, answering something else) is a message
  to the translator and an entry in the log, not a server error;
- an answer that loses or breaks the original's HTML tags or placeholders
  (translations/markup.py) is left out, as wagtail-localize leaves out texts the service could
  not translate: the text stays for the translator to do by hand.

Registered at wagtail-localize's address, before its own URLs (translations/wagtail_hooks.py).
"""

import logging

import requests
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _

# wagtail-localize's own messages, translated by its catalogues (not extracted into ours).
from django.utils.translation import gettext as localize_gettext
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.views.edit_translation import apply_machine_translation

from translations.markup import markup_problems

UPSTREAM_URL_NAME = "wagtail_localize:machine_translate"
ROUTE = "localize/translate/<int:translation_id>/machine_translate/"

logger = logging.getLogger(__name__)


class CheckedTranslator:
    """The configured machine translator, its answers kept only where they keep the
    original's markup. `left_out` counts the others."""

    def __init__(self, translator):
        self.translator = translator
        self.display_name = translator.display_name
        self.left_out = 0

    def can_translate(self, source_locale, target_locale):
        return self.translator.can_translate(source_locale, target_locale)

    def translate(self, source_locale, target_locale, strings):
        answers = self.translator.translate(source_locale, target_locale, list(strings))
        kept = {}
        for string, answer in answers.items():
            if answer is None or answer.data is None:
                continue
            if markup_problems(string.data, answer.data):
                self.left_out += 1
                continue
            kept[string] = answer
        return kept


@require_POST
def machine_translate(request, translation_id):
    translator = get_machine_translator()
    if translator is None:
        raise Http404
    checked = CheckedTranslator(translator)
    try:
        translated = apply_machine_translation(translation_id, request.user, checked)
    except (requests.RequestException, ValueError, KeyError, TypeError):
        logger.exception("Machine translation by %s failed", translator.display_name)
        messages.error(
            request,
            _(
                "%(service)s could not translate this time, and nothing was changed. "
                "Try again later, or translate by hand."
            )
            % {"service": translator.display_name},
        )
    else:
        if translated:
            messages.success(
                request,
                localize_gettext("Successfully translated with {}.").format(
                    translator.display_name
                ),
            )
        else:
            messages.warning(request, localize_gettext("There isn't anything left to translate."))
        if checked.left_out:
            messages.warning(
                request,
                ngettext(
                    "%(count)d text was left to translate by hand: %(service)s did not keep "
                    "its HTML tags or placeholders.",
                    "%(count)d texts were left to translate by hand: %(service)s did not keep "
                    "their HTML tags or placeholders.",
                    checked.left_out,
                )
                % {"count": checked.left_out, "service": translator.display_name},
            )
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


def urlpatterns():
    return [path(ROUTE, machine_translate, name="hub_machine_translate")]
