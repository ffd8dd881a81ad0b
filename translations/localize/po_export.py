"""Replaces wagtail-localize's "Download PO file" (the view
`wagtail_localize.views.edit_translation.download_pofile`, URL name
`wagtail_localize:download_pofile`) with one whose files are what translators' tools expect.

wagtail-localize writes a header with none of the fields gettext's tools check (`msgfmt -c`
warns six times) and entries without a word of where they come from. Here, each file has a
full header (Project-Id-Version, POT-Creation-Date, PO-Revision-Date, Last-Translator,
Language-Team, Language, Plural-Forms, charset), and each entry a comment for the translator
naming the field (its label in the editor, down to the block) and the page or snippet. Two headers
serve the import (translations/localize/po_import.py): wagtail-localize's own
X-WagtailLocalize-TranslationID, and X-Hub-Entries, the number of entries the file was
downloaded with, so that a file cut short between two entries is recognised.

Registered at wagtail-localize's address, before its own URLs (translations/wagtail_hooks.py).
"""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils import timezone
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext as _
from wagtail.blocks import ListBlock
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

from translations.roles import translators_group_name

UPSTREAM_URL_NAME = "wagtail_localize:download_pofile"
ROUTE = "localize/translate/<int:translation_id>/pofile/download/"
ENTRIES_HEADER = "X-Hub-Entries"

# gettext's plural rule of each language (as in GNU gettext's own table), by language code:
# a region-specific rule ("pt-br") before its language's. Unknown languages get FALLBACK.
PLURAL_FORMS = {
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
    ": n%100>=11 ? 4 : 5);",
    "de": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "fa": "nplurals=2; plural=(n > 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "he": "nplurals=2; plural=(n != 1);",
    "hi": "nplurals=2; plural=(n != 1);",
    "id": "nplurals=1; plural=0;",
    "it": "nplurals=2; plural=(n != 1);",
    "ja": "nplurals=1; plural=0;",
    "ko": "nplurals=1; plural=0;",
    "nl": "nplurals=2; plural=(n != 1);",
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "pt": "nplurals=2; plural=(n != 1);",
    "pt-br": "nplurals=2; plural=(n > 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 "
    "|| n%100>=20) ? 1 : 2);",
    "so": "nplurals=2; plural=(n != 1);",
    "sw": "nplurals=2; plural=(n != 1);",
    "th": "nplurals=1; plural=0;",
    "tr": "nplurals=2; plural=(n != 1);",
    "uk": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 "
    "|| n%100>=20) ? 1 : 2);",
    "ur": "nplurals=2; plural=(n != 1);",
    "vi": "nplurals=1; plural=0;",
    "zh": "nplurals=1; plural=0;",
}
FALLBACK_PLURAL_FORMS = "nplurals=2; plural=(n != 1);"
PO_DATE = "%Y-%m-%d %H:%M%z"


def plural_forms(code):
    """The Plural-Forms header of language `code` ("fr", "pt-br", "pt_BR")."""
    code = code.lower().replace("_", "-")
    return PLURAL_FORMS.get(code) or PLURAL_FORMS.get(code.split("-")[0], FALLBACK_PLURAL_FORMS)


def gettext_language(code):
    """A language code as gettext writes it: "pt-br" -> "pt_BR"."""
    language, _sep, region = code.partition("-")
    return f"{language}_{region.upper()}" if region else language


def person(user):
    name = user.get_full_name() or user.get_username()
    return f"{name} <{user.email}>" if user.email else name


def header(translation, user, entries):
    source = translation.source
    code = translation.target_locale.language_code
    latest = (
        StringTranslation.objects.filter(
            context__object_id=source.object_id, locale_id=translation.target_locale_id
        )
        .select_related("last_translated_by")
        .order_by("-updated_at")
        .first()
    )
    created = source.last_updated_at or timezone.now()
    revised = latest.updated_at if latest else created
    translator = latest.last_translated_by if latest and latest.last_translated_by else user
    return {
        "Project-Id-Version": f"{settings.WAGTAIL_SITE_NAME}: {source.object_repr}",
        "POT-Creation-Date": created.strftime(PO_DATE),
        "PO-Revision-Date": revised.strftime(PO_DATE),
        "Last-Translator": person(translator),
        "Language-Team": translators_group_name(code),
        "Language": gettext_language(code),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_forms(code),
        "X-WagtailLocalize-TranslationID": str(translation.uuid),
        ENTRIES_HEADER: str(entries),
    }


def field_label(model, field_path):
    """The labels an editor reads, from the field down to the block: the field path
    "body.steps.steps.item.title" of a guidance page is "Body › Numbered steps › Steps ›
    Title" (a list's items have no label of their own)."""
    names = field_path.split(".")
    field = model._meta.get_field(names[0])
    if field.is_relation and field.one_to_many:  # an inline panel's items
        child = field.related_model
        labels = [child._meta.verbose_name_plural]
        if len(names) > 1:
            labels.append(child._meta.get_field(names[1]).verbose_name)
        return " › ".join(str(capfirst(label)) for label in labels)
    labels = [field.verbose_name]
    block = getattr(field, "stream_block", None)
    for name in names[1:]:
        if block is None:
            break
        if isinstance(block, ListBlock):
            block = block.child_block
            continue
        block = block.child_blocks[name]
        labels.append(block.label)
    return " › ".join(str(capfirst(label)) for label in labels)


def field_labels(translation):
    """{context path: the label of its field}, for every text of the translation."""
    instance = translation.source.as_instance()
    labels = {}
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "context"
    ):
        context = segment.context
        try:
            labels[context.path] = field_label(type(instance), context.get_field_path(instance))
        except (KeyError, LookupError, AttributeError, FieldDoesNotExist):
            continue  # the context path says enough
    return labels


def object_label(translation):
    source = translation.source
    instance = source.as_instance()
    if isinstance(instance, Page):
        page = Page.objects.filter(
            translation_key=source.object_id, locale_id=source.locale_id
        ).first()
        url = page.get_url() if page is not None else None
        if url:
            return _("Page: “%(title)s”, %(url)s") % {"title": source.object_repr, "url": url}
        return _("Page: “%(title)s”") % {"title": source.object_repr}
    return f"{capfirst(instance._meta.verbose_name)}: “{source.object_repr}”"


def export_po(translation, user):
    """wagtail-localize's PO file of `translation`, with its full header and a comment on
    each entry naming its field and the page or snippet."""
    po = translation.export_po()
    entries = [entry for entry in po if not entry.obsolete]
    po.metadata = header(translation, user, len(entries))
    labels = field_labels(translation)
    where = object_label(translation)
    for entry in entries:
        field = labels.get(entry.msgctxt, entry.msgctxt)
        entry.comment = "\n".join([_("Field: %(field)s") % {"field": field}, where])
    return po


def download_pofile(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist as error:
        raise Http404 from error
    if not user_can_edit_instance(request.user, instance):
        raise PermissionDenied
    po = export_po(translation, request.user)
    response = HttpResponse(
        f"{po}\n".encode(), content_type="text/x-gettext-translation; charset=utf-8"
    )
    name = slugify(translation.source.object_repr)
    response["Content-Disposition"] = (
        f"attachment; filename={name}-{translation.target_locale.language_code}.po"
    )
    return response


def urlpatterns():
    return [path(ROUTE, download_pofile, name="hub_download_pofile")]
