"""Writing a translation into its page without changing what readers see.

Replaces, for every route of the hub that writes a translation into its target,
wagtail-localize's `Translation.save_target` (`TranslationSource.create_or_update_translation`).
Its "draft" (publish=False) saves the target's own row with the new text: for a live page that
row is what readers are served, so the "draft" is live at once, and a translated slug moves the
page. Here a translation becomes a revision of the target:

- a live page gets a new revision only; readers keep the published version until someone who
  may publish there publishes that revision, normally by approving its review;
- a page not yet live is saved as well (as Wagtail's editor does with drafts: nobody reads it);
- a live alias of the source (a page showing the source's content) is first turned into a page
  of its own with that same content, then given the revision;
- a page that does not exist yet is created by wagtail-localize, as a draft.

Segments nobody has translated are filled with the source's text, as wagtail-localize does, but
marked with the source's language (hub.language_marks): the reviewer sees what is untranslated
(translations/completeness.py reads the marks), and if it is published so, readers' browsers and
screen readers are told it is English. A translation marked for checking (has_error, see
translations/memory.py) counts as untranslated until its translator confirms it.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import CannotSaveDraftError, StringSegment, TranslationLog
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.ingest import ingest_segments
from wagtail_localize.strings import StringValue

from hub.language_marks import mark

# Segments that are not text for readers: an untranslated slug stays the source's, unmarked.
UNMARKED_PATHS = {"slug"}


def translated_instance(translation):
    """The target as the translation would make it, in memory: its current version, the
    source's synchronised fields, and every segment translated or (marked) the source's."""
    source = translation.source
    locale = translation.target_locale
    original = source.as_instance()
    target = source.get_translated_instance(locale)
    copy_synchronised_fields(original, target)
    untranslated = set(
        StringSegment.objects.filter(source=source)
        .annotate_translation(locale)
        .filter(translation__isnull=True)
        .values_list("context__path", "order")
    )
    # wagtail-localize's own assembly of the segments (MissingTranslationError never raised
    # with fallback): the source's text stands in for what is not translated.
    segments = source._get_segments_for_translation(locale, fallback=True)
    code = source.locale.language_code
    for segment in segments:
        if (
            isinstance(segment, StringSegmentValue)
            and (segment.path, segment.order) in untranslated
            and segment.path not in UNMARKED_PATHS
        ):
            segment.string = StringValue(mark(segment.string.data, code))
    ingest_segments(original, target, source.locale, locale, segments)
    if isinstance(target, Page):
        target.slug = find_available_slug(
            target.get_parent(), slugify(target.slug, allow_unicode=True), ignore_page_id=target.pk
        )
    return target


@transaction.atomic
def save_translation_draft(translation, user):
    """Write `translation` into a new revision of its target (see the module's docstring) and
    return the revision. Models without a draft state (snippets such as topics) have no
    drafts: they are written by `publish_translation` only."""
    if not _can_be_draft(translation):
        raise CannotSaveDraftError
    _ensure_target(translation, user)
    target = translated_instance(translation)
    if not target.live:
        target.save()
    revision = target.save_revision(user=user, log_action=True)
    # As wagtail-localize records each time it writes a translation (the status report and the
    # "out of date" flags read when the target was last written from its source).
    TranslationLog.objects.create(
        source=translation.source, locale=translation.target_locale, revision=revision
    )
    return revision


@transaction.atomic
def publish_translation(translation, user):
    """Write `translation` into its target and publish it; the caller has checked that `user`
    may publish there. Returns the published revision (None for models without drafts)."""
    if not _can_be_draft(translation):
        _ensure_target(translation, user)
        target = translated_instance(translation)
        target.full_clean()
        target.save()
        TranslationLog.objects.create(
            source=translation.source, locale=translation.target_locale, revision=None
        )
        return None
    revision = save_translation_draft(translation, user)
    revision.publish(user=user)
    target = translation.get_target_instance()
    if isinstance(target, Page):
        source = translation.source
        source.sync_view_restrictions(source.as_instance(), target)
    return revision


def _ensure_target(translation, user):
    """Create the target through wagtail-localize if it does not exist (a draft: nobody reads
    it yet); turn a live alias into a page of its own, with the content it shows."""
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        translation.save_target(user=user, publish=not _can_be_draft(translation))
        return
    if isinstance(target, Page) and target.alias_of_id:
        target.alias_of_id = None
        target.save(update_fields=["alias_of_id"], clean=False)
        revision = target.save_revision(user=user, changed=False, clean=False)
        log(
            instance=target,
            action="wagtail.convert_alias",
            user=user,
            revision=revision,
            data={"page": {"id": target.pk, "title": target.get_admin_display_title()}},
        )


def _can_be_draft(translation):
    model = translation.source.specific_content_type.model_class()
    return issubclass(model, DraftStateMixin)
