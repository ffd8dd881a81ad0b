"""Translation memory: what translators have already written is offered again, for checking.

wagtail-localize keeps a translation per source string and place: when an editor changes a
sentence of the English page and the page is synced, the French of the old sentence stays in
the database but the new sentence starts empty, and a sentence already translated on another
page is translated again from nothing. `prefill` fills each untranslated segment of a
translation with:

- its previous translation: the translation, at the same place in the page, of the source
  text it replaced (the closest one, when a field holds several);
- or else a suggestion: the translation of the same source text elsewhere on the site, in the
  same language.

Either is stored flagged for checking: wagtail-localize's "error" flag with the reason as its
message, which its editor shows under the segment with a warning sign. Until the translator
saves the segment (which clears the flag) it counts as untranslated: drafts use the source's
text there, marked (translations/drafts.py), and the progress does not count it.
"""

import difflib

from django.utils.translation import gettext as _
from wagtail_localize.models import StringSegment, StringTranslation

from hub.language_marks import strip_marks


def prefill(translation):
    """Fill the untranslated segments of `translation` from its previous translations and the
    site's translation memory. Returns the number of segments filled."""
    locale = translation.target_locale
    missing = list(
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(locale, include_errors=True)
        .filter(translation__isnull=True)
        .select_related("string", "context")
    )
    if not missing:
        return 0
    current = set(
        StringSegment.objects.filter(source=translation.source).values_list(
            "context_id", "string_id"
        )
    )
    filled = 0
    for segment in missing:
        suggestion = previous_translation(segment, locale, current)
        if suggestion is not None:
            reason = _(
                "Previous translation, of an earlier source text (“%(source)s”): check it "
                "against the new text, then save."
            ) % {"source": strip_marks(suggestion.translation_of.data)[:200]}
        else:
            suggestion = translation_elsewhere(segment, locale)
            if suggestion is None:
                continue
            reason = _(
                "Suggested from the translation memory (the same text translated on another "
                "page): check it, then save."
            )
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=suggestion.data,
            translation_type=suggestion.translation_type,
            tool_name=suggestion.tool_name,
            last_translated_by=suggestion.last_translated_by,
            has_error=True,
            field_error=reason,
        )
        filled += 1
    return filled


def previous_translation(segment, locale, current):
    """The translation, at `segment`'s place, of a source text no longer there."""
    candidates = [
        candidate
        for candidate in StringTranslation.objects.filter(
            locale=locale, context_id=segment.context_id, has_error=False
        ).select_related("translation_of")
        if (segment.context_id, candidate.translation_of_id) not in current
    ]
    if not candidates:
        return None
    new_text = segment.string.data
    return max(
        candidates,
        key=lambda candidate: (
            difflib.SequenceMatcher(None, candidate.translation_of.data, new_text).ratio(),
            candidate.updated_at,
        ),
    )


def translation_elsewhere(segment, locale):
    """The latest confirmed translation of `segment`'s source text on another page."""
    return (
        StringTranslation.objects.filter(
            translation_of_id=segment.string_id, locale=locale, has_error=False
        )
        .exclude(context_id=segment.context_id)
        .order_by("-updated_at")
        .first()
    )
