"""How much of a translation is translated, and which fields are not, as the translator sends it
to review and as the reviewer approves it.

Segments that are not text for readers (the slug) are not counted.

- `of_translation`: the translation as it stands in wagtail-localize (its strings): what "Send
  to review" would put into the draft, and what the editor's progress shows. A string marked
  for checking (translations/memory.py) is not counted as translated until confirmed.
- `of_revision`: a revision as it was written (translations/drafts.py marks the text left in
  the source language, hub.language_marks): what approving it would publish.

The fields are named as wagtail-localize's editor names them (its `get_segment_location_info`),
e.g. "Body › Key messages".
"""

import dataclasses

from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from wagtail.fields import StreamField
from wagtail_localize.models import StringSegment, StringTranslation, TranslationContext
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.views.edit_translation import (
    FieldHasNoEditPanelError,
    TabHelper,
    get_segment_location_info,
)

from hub.language_marks import has_marks, marked_texts, strip_marks

from .drafts import UNMARKED_PATHS


@dataclasses.dataclass(frozen=True)
class Segment:
    field: str
    text: str


@dataclasses.dataclass
class Completeness:
    total: int
    translated: int
    untranslated: list
    to_check: list = dataclasses.field(default_factory=list)
    source_language: str = ""

    @property
    def percent(self):
        if not self.total:
            return 100
        return self.translated * 100 // self.total  # rounded down: 99%, never a false 100%

    @property
    def complete(self):
        return not self.untranslated


class FieldNames:
    """Names of the fields segments come from, for one object."""

    def __init__(self, instance):
        self.instance = instance
        self.tabs = TabHelper(instance)
        self.field_paths = dict(
            TranslationContext.objects.filter(object_id=instance.translation_key).values_list(
                "path", "field_path"
            )
        )

    def __call__(self, path):
        field_path = self.field_paths.get(path) or path
        try:
            info = get_segment_location_info(self.instance, self.tabs, path, field_path)
            field = self.instance._meta.get_field(path.split(".")[0])
        except (FieldHasNoEditPanelError, FieldDoesNotExist, LookupError, AttributeError):
            return path
        parts = [info["field"], info["subField"]]
        if isinstance(field, StreamField):  # "Body › Paragraph", not just "Paragraph"
            parts.insert(0, capfirst(field.verbose_name))
        return " › ".join(str(part) for part in parts if part)


def of_translation(translation):
    locale = translation.target_locale
    segments = list(
        StringSegment.objects.filter(source=translation.source)
        .exclude(context__path__in=UNMARKED_PATHS)
        .select_related("context", "string")
        .annotate_translation(locale)
        .order_by("order")
    )
    names = FieldNames(translation.source.as_instance())
    untranslated = [
        Segment(names(segment.context.path), strip_marks(segment.string.data))
        for segment in segments
        if segment.translation is None
    ]
    flagged = set(
        StringTranslation.objects.filter(
            locale=locale,
            has_error=True,
            context__object_id=translation.source.object_id,
        ).values_list("translation_of_id", "context_id")
    )
    to_check = [
        Segment(names(segment.context.path), strip_marks(segment.string.data))
        for segment in segments
        if (segment.string_id, segment.context_id) in flagged
    ]
    return Completeness(
        total=len(segments),
        translated=len(segments) - len(untranslated),
        untranslated=untranslated,
        to_check=to_check,
        source_language=translation.source.locale.language_code,
    )


def revision_has_marks(revision):
    return _has_marks(revision.content)


def _has_marks(value):
    if isinstance(value, str):
        return has_marks(value)
    if isinstance(value, dict):
        return any(_has_marks(item) for item in value.values())
    if isinstance(value, list):
        return any(_has_marks(item) for item in value)
    return False


def of_revision(revision):
    """What approving `revision` would publish: None if nothing in it is left in another
    language (a page edited by hand, or fully translated)."""
    if not revision_has_marks(revision):
        return None
    instance = revision.as_object()
    names = FieldNames(instance)
    strings = [
        segment
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue) and segment.path not in UNMARKED_PATHS
    ]
    untranslated = []
    languages = set()
    for segment in strings:
        for code, text in marked_texts(segment.string.data):
            untranslated.append(Segment(names(segment.path), text))
            languages.add(code)
    return Completeness(
        total=len(strings),
        translated=len(strings) - len(untranslated),
        untranslated=untranslated,
        source_language=", ".join(sorted(languages)),
    )
