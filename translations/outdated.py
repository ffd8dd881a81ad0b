"""Out-of-date translations, flagged where translators work.

The translation status report (translations/status.py) knows when a translation is out of date:
its source changed after the translation was last written from it. Translators do not read
reports; they work in the page explorer and on the dashboard. So, with the report's own rule
(`statuses_of_pages`, its `cell_status`):

- the explorer, in a language other than the default, shows "Needs updating" on the rows of
  out-of-date translations the user may edit, linking to the update of that language's copy
  (translations/localize/update_translations.py: a draft for review);
- the dashboard lists them under "Needs updating", each with what changed in its source.

The explorer pays a fixed number of queries for it (three of the report's, one for the versions
of the listed pages, one for the listing's rows), whatever the number of rows.
"""

from django.db.models import Case, CharField, Exists, OuterRef, Value, When
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import ListingButton
from wagtail.permissions import page_permission_policy
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from hub.i18n import default_locale_id
from hub.language_marks import strip_marks

from .completeness import FieldNames, Segment
from .status import OUT_OF_DATE, statuses_of_pages

PANEL_LIMIT = 8
CHANGES_SHOWN = 5


def changes_since_sync(translation, limit=None):
    """What changed in the published source since the translation was last synced: its text
    that the translation has not seen yet, by field."""
    live = translation.source.get_source_instance()
    synced = set(
        StringSegment.objects.filter(source=translation.source).values_list(
            "context__path", "string__data"
        )
    )
    names = FieldNames(live)
    changes = []
    for segment in extract_segments(live):
        if not isinstance(segment, StringSegmentValue):
            continue
        if (segment.path, segment.string.data) in synced:
            continue
        changes.append(Segment(names(segment.path), strip_marks(strip_tags(segment.string.data))))
        if limit and len(changes) >= limit:
            break
    return changes


def annotate_outdated(parent_page, pages, request):
    """`construct_explorer_page_queryset`: each row of a listing in a language other than the
    default learns whether it is an out-of-date translation (`hub_outdated`)."""
    if parent_page is None or parent_page.locale_id == default_locale_id() or parent_page.depth < 2:
        return pages
    # Only a page wagtail-localize translates into its language can be out of date: the others
    # are not read (a library of 10,000 pages has few).
    rows = list(
        pages.model.objects.filter(pk__in=pages.values("pk"))
        .filter(
            Exists(
                Translation.objects.filter(
                    enabled=True,
                    source__object_id=OuterRef("translation_key"),
                    target_locale_id=OuterRef("locale_id"),
                )
            )
        )
        .only("pk", "depth", "translation_key", "locale_id")
    )
    outdated = [
        pk
        for pk, status in statuses_of_pages(rows, progress=False).items()
        if status == OUT_OF_DATE
    ]
    return pages.annotate(
        hub_outdated=Case(
            When(pk__in=outdated, then=Value(OUT_OF_DATE)),
            default=Value(""),
            output_field=CharField(),
        )
    )


def needs_updating_button(page, user, next_url=None):
    """`register_page_listing_buttons`: "Needs updating", on the row of an out-of-date
    translation the user may edit."""
    if getattr(page, "hub_outdated", "") != OUT_OF_DATE:
        return
    if not page.permissions_for_user(user).can_edit():
        return
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return
    yield ListingButton(
        _("Needs updating"),
        reverse("hub_update_translation", args=[translation.pk]),
        icon_name="warning",
        priority=5,
        attrs={"title": _("Its source has changed since it was translated: update it")},
        classname="hub-needs-updating",
    )


class NeedsUpdatingPanel(Component):
    """Dashboard: translations the user may edit whose source changed, with what changed."""

    name = "needs_updating"
    template_name = "translations/needs_updating_panel.html"
    order = 95

    def __init__(self, request):
        self.request = request

    def rows(self):
        user = self.request.user
        editable = (
            page_permission_policy.instances_user_has_permission_for(user, "change")
            .exclude(locale_id=default_locale_id())
            .only("pk", "depth", "translation_key", "locale_id")
        )
        statuses = statuses_of_pages(editable, progress=False)
        outdated = [pk for pk, status in statuses.items() if status == OUT_OF_DATE]
        if not outdated:
            return []
        pages = (
            editable.model.objects.filter(pk__in=outdated)
            .select_related("locale")
            .order_by("-latest_revision_created_at")[:PANEL_LIMIT]
        )
        translations = {
            (str(t.source.object_id), t.target_locale_id): t
            for t in Translation.objects.filter(
                enabled=True,
                source__object_id__in=[page.translation_key for page in pages],
            ).select_related("source")
        }
        rows = []
        for page in pages:
            translation = translations.get((str(page.translation_key), page.locale_id))
            if translation is None:
                continue
            rows.append(
                {
                    "page": page,
                    "translation": translation,
                    "changes": changes_since_sync(translation, limit=CHANGES_SHOWN),
                }
            )
        return rows

    def get_context_data(self, parent_context):
        return {"rows": self.rows()}
