"""Replaces wagtail-localize's "Upload PO file" (the view
`wagtail_localize.views.edit_translation.upload_pofile`, URL name
`wagtail_localize:upload_pofile`) with one that imports a file whole or not at all.

wagtail-localize reads uploads with polib, which forgives what gettext's `msgfmt` refuses: a
file cut short in the middle of a string is imported, and the cut-off text replaces a good
translation. A file without its X-WagtailLocalize-TranslationID header is a server error, and
a translation that drops or breaks the original's HTML tags goes into the page. Here the file
is checked first, and refused with a message saying why, with nothing changed, when:

- it is not a PO file, or is damaged: a string or an entry left unfinished (the checks of
  `msgfmt`), or fewer entries than it was downloaded with (the X-Hub-Entries header written by
  translations/localize/po_export.py), which is what a file cut short between two entries
  looks like;
- it was made for another translation (X-WagtailLocalize-TranslationID) or another language
  (Language);
- an entry's translation lost, added or broke the original's HTML tags or placeholders
  (translations/markup.py).

A file that passes is imported by wagtail-localize (`Translation.import_po`). On a page that is
live, the translation then becomes a draft sent to the language's review, as "Send to review"
does (translations/review.py): the live page stays as it is until a reviewer approves.

Registered at wagtail-localize's address, before its own URLs (translations/wagtail_hooks.py).
"""

import codecs
import os
import re
import tempfile

import polib
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _

# wagtail-localize's own message, translated by its catalogues (not extracted into ours).
from django.utils.translation import gettext as localize_gettext
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

from hub.i18n import language_name
from translations.drafts import save_translation_draft
from translations.markup import markup_problems
from translations.review import submit_for_review

from .po_export import ENTRIES_HEADER

UPSTREAM_URL_NAME = "wagtail_localize:upload_pofile"
ROUTE = "localize/translate/<int:translation_id>/pofile/upload/"
MAX_LISTED = 5  # problems listed in one message; the count says how many more

KEYWORD = re.compile(r"(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+(.*)")
STRING = re.compile(r'"(?:[^"\\]|\\.)*"\s*')
CHARSET = re.compile(rb"charset=([-\w]+)", re.IGNORECASE)


class Refused(Exception):
    """A file that is not imported, and why."""


def decode(content):
    """The text of the file, in the charset its header names (UTF-8 by default)."""
    match = CHARSET.search(content[:4096])
    charset = match.group(1).decode() if match else "utf-8"
    try:
        return content.decode(charset)
    except (LookupError, UnicodeDecodeError) as error:
        raise Refused(_("It is not a PO file, or not in the character set it names.")) from error


def syntax_errors(text):
    """What `msgfmt` would find unfinished: a keyword or string cut off, an entry without its
    msgstr. Returns sentences with line numbers (an empty list for a sound file)."""
    errors = []
    awaiting_msgstr = None  # the line of a msgid whose msgstr has not come yet
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line.startswith("#~"):  # an obsolete entry: the same syntax behind "#~"
            line = line[2:].strip()
        elif line.startswith("#"):
            continue
        if not line:
            continue
        match = KEYWORD.fullmatch(line)
        string = match.group(2) if match else line
        if match is None and not line.startswith('"'):
            errors.append(_("line %(line)d is not PO syntax") % {"line": number})
            continue
        if not STRING.fullmatch(string):
            errors.append(_("line %(line)d: a string is not closed") % {"line": number})
        keyword = match.group(1) if match else None
        if keyword in ("msgctxt", "msgid") and awaiting_msgstr is not None:
            errors.append(_("line %(line)d: an entry has no msgstr") % {"line": awaiting_msgstr})
            awaiting_msgstr = None
        if keyword == "msgid":
            awaiting_msgstr = number
        elif keyword and keyword.startswith("msgstr"):
            awaiting_msgstr = None
    if awaiting_msgstr is not None:
        errors.append(_("line %(line)d: an entry has no msgstr") % {"line": awaiting_msgstr})
    return errors


def parse(content):
    """The uploaded bytes as a polib file, once they have passed the syntax checks."""
    content = content.removeprefix(codecs.BOM_UTF8)  # as some Windows editors write
    if not content.strip():
        raise Refused(_("The file is empty."))
    errors = syntax_errors(decode(content))
    if errors:
        raise Refused(
            _("The file is damaged, perhaps cut short: %(errors)s.") % {"errors": listing(errors)}
        )
    # polib reads a path or a text; the upload goes through a file of our own, so that its
    # content is never taken for a path to read.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as file:
        file.write(content)
    try:
        return polib.pofile(file.name)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise Refused(_("It is not a PO file.")) from error
    finally:
        os.unlink(file.name)


def same_language(declared, code):
    """Whether a file's Language header ("fr", "fr_FR", "pt-BR") is the language `code`."""
    declared = declared.strip().lower().replace("_", "-")
    return declared == code.lower() or ("-" not in code and declared.split("-")[0] == code.lower())


def check_header(po, translation):
    translation_id = po.metadata.get("X-WagtailLocalize-TranslationID")
    if translation_id is None:
        raise Refused(
            _(
                "It has no X-WagtailLocalize-TranslationID header, so it cannot be matched "
                "with this translation. Download the PO file of this translation and work in it."
            )
        )
    if translation_id != str(translation.uuid):
        raise Refused(
            _(
                "It was made for another translation (of another page, or into another "
                "language). Download the PO file of this translation and work in it."
            )
        )
    target = translation.target_locale.language_code
    declared = po.metadata.get("Language", "").strip()
    if declared and not same_language(declared, target):
        raise Refused(
            _("It is in “%(declared)s”, and this translation is into %(language)s.")
            % {"declared": declared, "language": language_name(target)}
        )
    expected = po.metadata.get(ENTRIES_HEADER, "")
    entries = [entry for entry in po if not entry.obsolete]
    if expected.isdigit() and len(entries) < int(expected):
        raise Refused(
            _(
                "It holds %(found)d of the %(expected)d texts it was downloaded with: "
                "it has been cut short."
            )
            % {"found": len(entries), "expected": int(expected)}
        )


def check_markup(po):
    problems = []
    for entry in po:
        if entry.obsolete or not entry.msgstr:
            continue
        found = markup_problems(entry.msgid, entry.msgstr)
        if found:
            problems.append(f"“{entry.msgid}” ({'; '.join(found)})")
    if problems:
        raise Refused(
            ngettext(
                "In %(count)d text, the translation does not keep the original's HTML tags "
                "or placeholders: %(texts)s.",
                "In %(count)d texts, the translation does not keep the original's HTML tags "
                "or placeholders: %(texts)s.",
                len(problems),
            )
            % {"count": len(problems), "texts": listing(problems)}
        )


def listing(items):
    shown = "; ".join(items[:MAX_LISTED])
    if len(items) > MAX_LISTED:
        shown += " " + _("(and %(count)d more)") % {"count": len(items) - MAX_LISTED}
    return shown


def read_upload(file, translation):
    """The uploaded file as a polib file fit to import into `translation`, or Refused."""
    if file is None:
        raise Refused(_("No file was sent."))
    po = parse(file.read())
    check_header(po, translation)
    check_markup(po)
    return po


@transaction.atomic
def import_and_review(translation, instance, po, user):
    """Import the strings; on a live page, also make them a draft and send it to review.
    All or nothing. Returns the messages for the user, as (level, text)."""
    ignored = translation.import_po(po, user=user, tool_name="PO File")
    said = [
        (messages.SUCCESS, localize_gettext("Successfully imported translations from PO File."))
    ]
    if ignored:
        said.append(
            (
                messages.WARNING,
                ngettext(
                    "%(count)d entry of the file is not among the page's texts any more, and "
                    "was left out.",
                    "%(count)d entries of the file are not among the page's texts any more, "
                    "and were left out.",
                    len(ignored),
                )
                % {"count": len(ignored)},
            )
        )
    if isinstance(instance, Page) and instance.live:
        save_translation_draft(translation, user)
        page = translation.get_target_instance().specific
        workflow = submit_for_review(page, user)
        if workflow is None:
            text = _("They are saved as a draft; the live page is unchanged until it is published.")
        else:
            text = _(
                "They are saved as a draft and sent to %(workflow)s; the live page is unchanged "
                "until a reviewer approves it."
            ) % {"workflow": workflow.name}
        said.append((messages.INFO, text))
    return said


@require_POST
def upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist as error:
        raise Http404 from error
    if not user_can_edit_instance(request.user, instance):
        raise PermissionDenied
    try:
        po = read_upload(request.FILES.get("file"), translation)
        said = import_and_review(translation, instance, po, request.user)
    except Refused as refusal:
        said = [(messages.ERROR, refused(refusal))]
    except ValidationError as error:
        said = [(messages.ERROR, refused(" ".join(error.messages)))]
    for level, text in said:
        messages.add_message(request, level, text)
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


def refused(reason):
    return _("The PO file was not imported, and nothing was changed. %(reason)s") % {
        "reason": reason
    }


def urlpatterns():
    return [path(ROUTE, upload_pofile, name="hub_upload_pofile")]
