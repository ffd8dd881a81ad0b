"""Reports › Translation status: every page and translatable snippet in its source language,
against every other language, with how far each translation has got.

One row per object × target language, with one of four statuses:

- **missing**: there is no translation in that language (a page that is only an alias of the
  source, showing the source's text, counts as no translation);
- **in progress**: wagtail-localize is translating it, but what readers see is not yet the
  translation of the source's latest content, shown with the share of its strings translated;
- **out of date**: the source has changed since the translation was last synced from it;
- **up to date**: the translation is published and was synced from the source's latest
  content.

The source of an object is, for content managed by wagtail-localize, the locale of its
TranslationSource (the default language's when there are several); for content without one, the
object in the default language; for an object that exists only in other languages, its oldest
version (lowest id). Rows are shown to everyone who may edit pages (as "Guidance due for
review"), and the report shows every object, not only those the user may edit: it is the
secretariat's overview of the whole site.

The report costs a fixed number of database queries whatever the size of the site. The pages'
rows (a site of 50,000 pages has 200,000) are decided, filtered, counted per language and status,
and ordered in the database (translations/status_query.py); only the page of rows shown (100)
is read as objects, with what wagtail-localize knows of them (`LocalizeData`). Translatable
snippets are few: theirs are decided in Python. See `cell_status` for the exact rule.
"""

import dataclasses
import datetime
import uuid
from collections import Counter, defaultdict

import django_filters
from django import forms
from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, Max
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    Translation,
    TranslationLog,
    TranslationSource,
)

from hub.i18n import default_locale_id, language_name, language_order

from .status_query import SECTION_DEPTH, PageCells

UP_TO_DATE = "up-to-date"
OUT_OF_DATE = "out-of-date"
IN_PROGRESS = "in-progress"
MISSING = "missing"
STATUSES = [UP_TO_DATE, OUT_OF_DATE, IN_PROGRESS, MISSING]
STATUS_LABELS = {
    UP_TO_DATE: _("Up to date"),
    OUT_OF_DATE: _("Out of date"),
    IN_PROGRESS: _("In progress"),
    MISSING: _("Missing"),
}

HOME_SECTION = "home"
SNIPPETS_SECTION = "snippets"


def translatable_snippet_models():
    """The registered snippet models that are translated (subclass TranslatableMixin)."""
    models = [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]
    return sorted(models, key=lambda model: str(model._meta.verbose_name_plural))


@dataclasses.dataclass
class Version:
    """One language's version of a page or snippet."""

    pk: int
    locale_id: int
    title: str
    live: bool  # True for models without a draft state
    last_published_at: datetime.datetime | None
    is_alias: bool = False
    path: str = ""
    section: "Section | str | None" = None


@dataclasses.dataclass
class Section:
    key: str
    label: str
    order: tuple


@dataclasses.dataclass
class Item:
    """A translatable object: its versions in every language, by locale id."""

    key: uuid.UUID
    model: type
    versions: dict = dataclasses.field(default_factory=dict)
    is_page: bool = True
    section: Section | None = None  # the source version's

    @cached_property
    def translations(self):
        """The versions that are translations, not aliases showing another version's text."""
        return {
            locale_id: version
            for locale_id, version in self.versions.items()
            if not version.is_alias
        }


@dataclasses.dataclass
class Row:
    """A line of the report: an object in its source language × one other language."""

    item: Item
    source: Version
    source_locale: Locale
    locale: Locale
    status: str
    target: Version | None = None
    translated: int | None = None  # strings translated / to translate, when wagtail-localize
    to_translate: int | None = None  # manages the translation
    synced_at: datetime.datetime | None = None

    @property
    def title(self):
        return self.source.title

    @property
    def type_label(self):
        return capfirst(self.item.model._meta.verbose_name)

    @property
    def section_label(self):
        return self.item.section.label

    @property
    def section_key(self):
        return self.item.section.key

    @property
    def source_language(self):
        return self.source_locale.language_code

    @property
    def language(self):
        return self.locale.language_code

    @property
    def language_name(self):
        return language_name(self.locale.language_code)

    @property
    def source_language_name(self):
        return language_name(self.source_locale.language_code)

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def percent_translated(self):
        if self.to_translate is None:
            return None
        if not self.to_translate:
            return 100
        return self.translated * 100 // self.to_translate  # rounded down: 99%, not 100%

    @property
    def edit_url(self):
        return edit_url(self.item, self.source.pk)

    @property
    def target_edit_url(self):
        return edit_url(self.item, self.target.pk) if self.target else None

    @property
    def translate_url(self):
        """wagtail-localize's "Translate" form for the source."""
        if self.item.is_page:
            return reverse("wagtail_localize:submit_page_translation", args=[self.source.pk])
        meta = self.item.model._meta
        return reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, quote(self.source.pk)],
        )


def edit_url(item, pk):
    if item.is_page:
        return reverse("wagtailadmin_pages:edit", args=[pk])
    return reverse(item.model.snippet_viewset.get_url_name("edit"), args=[quote(pk)])


def cell_status(item, source, source_locale_id, locale_id, data):
    """The status of `item` (whose source version is `source`) in `locale_id`, as
    (status, target version or None, extra Row fields).

    Without a wagtail-localize Translation (enabled) into that language:
      - no version in that language (or only an alias of the source) -> missing;
      - a version that is a draft while the source is live -> in progress (no percentage);
      - otherwise -> up to date: it was translated by hand, nothing records from what.

    With one: `synced` is when wagtail-localize last wrote the translation into the target
    (its latest TranslationLog for that source and language: save_target writes one each time;
    Translation.translations_last_updated_at and destination_last_updated_at are never set by
    wagtail-localize 1.14, so they cannot be used), and the source's content `changed` at the
    later of its TranslationSource's last_updated_at (moved by "Sync translated pages" /
    update_from_db) and the source's own last_published_at (a page published since, not yet
    synced, has changed too; snippets without a draft state have no such date).
      - no target yet, or the target is a draft while the source is live -> in progress;
      - never synced into an existing target -> in progress;
      - `changed` after `synced` -> out of date;
      - strings translated after `synced` (not yet written into the target), or, for a live
        source, the target's last publication before `synced` (the sync is a draft awaiting
        review) -> in progress;
      - fewer strings translated than the source has (wagtail-localize publishes the source's
        text in their place: "Translate this page" publishes the copy at once) -> in progress;
      - otherwise -> up to date.
    The percentage is Translation.get_progress() for all objects at once: string segments of
    the source with a StringTranslation (without error) in that language, over all of them.
    """
    target = item.translations.get(locale_id)
    translation = data.translation_for(item.key, locale_id, source_locale_id)
    if translation is None:
        if target is None:
            return MISSING, None, {}
        if source.live and not target.live:
            return IN_PROGRESS, target, {}
        return UP_TO_DATE, target, {}

    source_id = translation["source_id"]
    to_translate = data.segments.get(source_id, 0)
    translated, strings_updated_at = data.translated.get((source_id, locale_id), (0, None))
    synced = data.synced.get((source_id, locale_id))
    extra = {"translated": translated, "to_translate": to_translate, "synced_at": synced}
    translation_source = data.sources_by_id[source_id]
    # The version the translation was made from (usually the row's source).
    origin = item.versions.get(translation_source["locale_id"], source)

    if target is None or (origin.live and not target.live) or synced is None:
        return IN_PROGRESS, target, extra
    changed = max(filter(None, [translation_source["last_updated_at"], origin.last_published_at]))
    if changed > synced:
        return OUT_OF_DATE, target, extra
    if strings_updated_at and strings_updated_at > synced:
        return IN_PROGRESS, target, extra
    if origin.live and target.last_published_at and target.last_published_at < synced:
        return IN_PROGRESS, target, extra
    if translated < to_translate:
        return IN_PROGRESS, target, extra
    return UP_TO_DATE, target, extra


class LocalizeData:
    """What wagtail-localize knows, read in five queries: about everything, or about the
    objects whose translation keys are `keys`. Without `progress`, the three queries that say
    whether the source changed since the last sync, without counting the strings translated
    (every translation then counts as complete)."""

    def __init__(self, keys=None, progress=True):
        def about(queryset, key_lookup):
            return queryset if keys is None else queryset.filter(**{f"{key_lookup}__in": keys})

        self.sources_by_id = {}
        self.sources_by_key = defaultdict(list)
        for source in (
            about(TranslationSource.objects, "object_id")
            .values("pk", "object_id", "locale_id", "last_updated_at")
            .order_by("pk")
        ):
            self.sources_by_id[source["pk"]] = source
            self.sources_by_key[source["object_id"]].append(source)

        self.translations = defaultdict(list)  # (key, target locale id): [translation]
        for translation in (
            about(Translation.objects.filter(enabled=True), "source__object_id")
            .values("pk", "source_id", "source__object_id", "source__locale_id", "target_locale_id")
            .order_by("pk")
        ):
            key = (translation["source__object_id"], translation["target_locale_id"])
            self.translations[key].append(translation)

        self.synced = {
            (row["source_id"], row["locale_id"]): row["last"]
            for row in about(TranslationLog.objects, "source__object_id")
            .values("source_id", "locale_id")
            .annotate(last=Max("created_at"))
            .order_by()
        }
        self.segments, self.translated = {}, {}
        if not progress:
            return
        self.segments = {
            row["source_id"]: row["count"]
            for row in about(StringSegment.objects, "source__object_id")
            .values("source_id")
            .annotate(count=Count("pk"))
            .order_by()
        }
        # Translation.get_progress(), grouped: a segment is translated into a language when its
        # string has a translation there, in the segment's context, without an error.
        self.translated = {
            (row["source_id"], row["string__translations__locale_id"]): (row["count"], row["last"])
            for row in about(StringSegment.objects, "source__object_id")
            .filter(
                string__translations__context_id=F("context_id"),
                string__translations__has_error=False,
            )
            .values("source_id", "string__translations__locale_id")
            .annotate(count=Count("pk"), last=Max("string__translations__updated_at"))
            .order_by()
        }

    def translation_for(self, key, locale_id, source_locale_id):
        """The enabled Translation of `key` into `locale_id`: the one from the row's source
        language if there are several, else the latest."""
        candidates = self.translations.get((key, locale_id))
        if not candidates:
            return None
        for translation in candidates:
            if translation["source__locale_id"] == source_locale_id:
                return translation
        return candidates[-1]

    def source_locale_id(self, item, default_locale_id):
        versions = item.translations or item.versions
        localized = [s for s in self.sources_by_key.get(item.key, ()) if s["locale_id"] in versions]
        if localized:
            for source in localized:
                if source["locale_id"] == default_locale_id:
                    return default_locale_id
            return localized[0]["locale_id"]  # the oldest
        if default_locale_id in versions:
            return default_locale_id
        return min(versions.values(), key=lambda version: version.pk).locale_id


def statuses_of_pages(pages, progress=True):
    """{page id: status} for each of `pages` that is a translation (not in its source's
    language), decided by `cell_status` as in the report, in six queries whatever their number:
    for the explorer's "Needs updating" flags and the dashboard (translations/outdated.py).
    Without `progress`, in four, telling "out of date" apart but not "in progress" from "up to
    date" (LocalizeData)."""
    pages = [page for page in pages if page.depth > 1]
    if not pages:
        return {}
    keys = {page.translation_key for page in pages}
    data = LocalizeData(keys=keys, progress=progress)
    items = {}
    for pk, key, locale_id, title, live, published, alias_of in Page.objects.filter(
        translation_key__in=keys
    ).values_list(
        "pk", "translation_key", "locale_id", "draft_title", "live", "last_published_at", "alias_of"
    ):
        item = items.setdefault(key, Item(key=key, model=Page))
        item.versions[locale_id] = Version(
            pk=pk,
            locale_id=locale_id,
            title=title,
            live=live,
            last_published_at=published,
            is_alias=alias_of is not None,
        )
    default_id = default_locale_id()
    statuses = {}
    for page in pages:
        item = items.get(page.translation_key)
        if item is None or not item.versions:
            continue
        source_locale_id = data.source_locale_id(item, default_id)
        if source_locale_id == page.locale_id or source_locale_id not in item.versions:
            continue
        status, _target, _extra = cell_status(
            item, item.versions[source_locale_id], source_locale_id, page.locale_id, data
        )
        statuses[page.pk] = status
    return statuses


def snippet_items():
    """Every translatable snippet, as Items: one query per model."""
    section = Section(SNIPPETS_SECTION, _("Snippets"), (2,))
    items = []
    for model in translatable_snippet_models():
        by_key = {}
        for obj in model._default_manager.all():
            item = by_key.get(obj.translation_key)
            if item is None:
                item = by_key[obj.translation_key] = Item(
                    key=obj.translation_key, model=model, is_page=False
                )
            item.versions[obj.locale_id] = Version(
                pk=obj.pk,
                locale_id=obj.locale_id,
                title=str(obj),
                live=getattr(obj, "live", True),
                last_published_at=getattr(obj, "last_published_at", None),
                section=section,
            )
        items.extend(by_key.values())
    return items


class TranslationStatus:
    """The report: its languages and sections (the filters' choices) and, for each choice of
    filters, its rows (`StatusRows`), which are decided, counted and ordered in the database
    (translations/status_query.py) and read as objects only for the page shown."""

    def __init__(self):
        by_code = {locale.language_code: locale for locale in Locale.objects.all()}
        self.locales = sorted(
            by_code.values(), key=lambda locale: language_order(locale.language_code)
        )
        try:
            default = by_code.get(get_supported_content_language_variant(settings.LANGUAGE_CODE))
        except LookupError:
            default = None
        self.default_id = default.pk if default else None
        self.locales_by_id = {locale.pk: locale for locale in self.locales}
        self.locales_by_code = by_code

    @cached_property
    def _sections(self):
        """({section key: Section}, {path of a section page: its key}, {key: [paths]}), from
        the pages at SECTION_DEPTH; the home pages' section, and the snippets' if any."""
        section_pages = defaultdict(list)
        key_by_path = {}
        sections = {}
        paths = {}
        for key, locale_id, title, path, depth in (
            Page.objects.filter(depth__in=[SECTION_DEPTH - 1, SECTION_DEPTH])
            .order_by("path")
            .values_list("translation_key", "locale_id", "draft_title", "path", "depth")
        ):
            if depth < SECTION_DEPTH:
                sections[HOME_SECTION] = Section(HOME_SECTION, _("Home page"), (0,))
                continue
            section_pages[key].append((locale_id, title, path))
            key_by_path[path] = str(key)
        for key, pages in section_pages.items():
            # Named after the default language's page, ordered as in its tree.
            pages.sort(key=lambda page: (page[0] != self.default_id, page[2]))
            locale_id, title, path = pages[0]
            sections[str(key)] = Section(str(key), title, (1, locale_id != self.default_id, path))
            paths[str(key)] = [page[2] for page in pages]
        if self.snippet_items:
            sections[SNIPPETS_SECTION] = Section(SNIPPETS_SECTION, _("Snippets"), (2,))
        return sections, key_by_path, paths

    @property
    def sections(self):
        return sorted(self._sections[0].values(), key=lambda section: section.order)

    @cached_property
    def section_order(self):
        """{path of a section page: where its section comes}, for PageCells."""
        paths = self._sections[2]
        return {
            path: n
            for n, section in enumerate(self.sections)
            for path in paths.get(section.key, [])
        }

    @cached_property
    def snippet_items(self):
        return snippet_items()

    def section_of(self, version):
        sections, key_by_path, _paths = self._sections
        if version.path and len(version.path) >= SECTION_DEPTH * Page.steplen:
            key = key_by_path.get(version.path[: SECTION_DEPTH * Page.steplen])
            if key in sections:
                return sections[key]
        return sections.get(HOME_SECTION) or Section(HOME_SECTION, _("Home page"), (0,))

    def rows(self, locale=None, section=None, status=None):
        return StatusRows(self, locale=locale, section=section, status=status)

    def locale_choices(self):
        return [
            (locale.language_code, language_name(locale.language_code)) for locale in self.locales
        ]

    def section_choices(self):
        return [(section.key, section.label) for section in self.sections]

    def page_rows(self, cells):
        """Rows for [(page id, locale id, status)], in that order: the pages' versions and
        what wagtail-localize knows of them read in a fixed number of queries."""
        if not cells:
            return []
        page_ids = {page_id for page_id, _locale_id, _status in cells}
        items, by_pk = {}, {}
        for (
            pk,
            path,
            title,
            key,
            locale_id,
            live,
            published,
            alias_of,
            type_id,
        ) in Page.objects.filter(
            translation_key__in=Page.objects.filter(pk__in=page_ids).values("translation_key")
        ).values_list(
            "pk",
            "path",
            "draft_title",
            "translation_key",
            "locale_id",
            "live",
            "last_published_at",
            "alias_of_id",
            "content_type_id",
        ):
            item = items.get(key)
            if item is None:
                item = items[key] = Item(key=key, model=Page)
            version = Version(
                pk=pk,
                locale_id=locale_id,
                title=title,
                live=live,
                last_published_at=published,
                is_alias=alias_of is not None,
                path=path,
            )
            item.versions[locale_id] = version
            if pk in page_ids:
                by_pk[pk] = (item, version, type_id)
        data = LocalizeData(keys=set(items))
        rows = []
        for page_id, locale_id, status in cells:
            item, source, type_id = by_pk[page_id]
            model = ContentType.objects.get_for_id(type_id).model_class()
            item.model = model or Page
            item.section = self.section_of(source)
            _status, target, extra = cell_status(item, source, source.locale_id, locale_id, data)
            rows.append(
                Row(
                    item=item,
                    source=source,
                    source_locale=self.locales_by_id[source.locale_id],
                    locale=self.locales_by_id[locale_id],
                    status=status,
                    target=target,
                    **extra,
                )
            )
        return rows

    @cached_property
    def all_snippet_rows(self):
        items = self.snippet_items
        data = LocalizeData(keys={item.key for item in items})
        rows = []
        for item in items:
            source_locale_id = data.source_locale_id(item, self.default_id)
            source = item.versions[source_locale_id]
            item.section = source.section
            for locale in self.locales:
                if locale.pk == source_locale_id:
                    continue
                status, target, extra = cell_status(item, source, source_locale_id, locale.pk, data)
                rows.append(
                    Row(
                        item=item,
                        source=source,
                        source_locale=self.locales_by_id[source_locale_id],
                        locale=locale,
                        status=status,
                        target=target,
                        **extra,
                    )
                )
        locale_order = {locale.pk: n for n, locale in enumerate(self.locales)}
        rows.sort(
            key=lambda row: (
                str(row.item.model._meta.verbose_name_plural),
                row.source.title.lower(),
                row.source.pk,
                locale_order[row.locale.pk],
            )
        )
        return rows


class StatusRows:
    """The report's rows with some filters, as a sequence the paginator and the CSV download
    read: the pages' rows (from the database, a slice at a time), then the snippets'."""

    CHUNK = 2000  # rows read at a time by the download

    def __init__(self, report, locale=None, section=None, status=None):
        self.report = report
        self.locale = report.locales_by_code.get(locale) if locale else None
        self.section = section or None
        self.status = status or None

    @cached_property
    def cells(self):
        """The pages' rows (PageCells), or None when the section is the snippets."""
        if self.section == SNIPPETS_SECTION:
            return None
        section = None
        if self.section == HOME_SECTION:
            section = HOME_SECTION
        elif self.section:
            section = self.report._sections[2].get(self.section, [])
        return PageCells(
            self.report.default_id,
            [locale.pk for locale in self.report.locales],
            self.report.section_order,
            locale_id=self.locale.pk if self.locale else None,
            section=section,
            status=self.status,
        )

    @cached_property
    def page_totals(self):
        return self.cells.totals() if self.cells is not None else {}

    @cached_property
    def snippet_rows(self):
        if self.section not in (None, SNIPPETS_SECTION):
            return []
        return [
            row
            for row in self.report.all_snippet_rows
            if (self.locale is None or row.locale.pk == self.locale.pk)
            and (self.status is None or row.status == self.status)
        ]

    @cached_property
    def page_count(self):
        return sum(self.page_totals.values())

    def count(self):
        return self.page_count + len(self.snippet_rows)

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _step = index.indices(self.count())
        rows = []
        if start < self.page_count and self.cells is not None:
            cells = self.cells.rows(offset=start, limit=min(stop, self.page_count) - start)
            rows = self.report.page_rows(cells)
        first_snippet = max(0, start - self.page_count)
        last_snippet = max(0, stop - self.page_count)
        return rows + self.snippet_rows[first_snippet:last_snippet]

    def __iter__(self):
        if self.cells is not None:
            cells = self.cells.rows()
            for start in range(0, len(cells), self.CHUNK):
                yield from self.report.page_rows(cells[start : start + self.CHUNK])
        yield from self.snippet_rows

    def totals(self):
        """[(locale, {status: count}, total)] for the languages the rows are in."""
        counts = defaultdict(Counter)
        for (locale_id, status), count in self.page_totals.items():
            counts[locale_id][status] += count
        for row in self.snippet_rows:
            counts[row.locale.pk][row.status] += 1
        return [
            {
                "locale": locale,
                "counts": [(status, counts[locale.pk][status]) for status in STATUSES],
                "total": sum(counts[locale.pk].values()),
            }
            for locale in self.report.locales
            if sum(counts[locale.pk].values())
        ]


class TranslationStatusFilterSet(django_filters.FilterSet):
    """Filters over the report's rows (StatusRows, not a queryset)."""

    locale = django_filters.ChoiceFilter(
        label=_("Language"), empty_label=_("All"), widget=forms.RadioSelect
    )
    section = django_filters.ChoiceFilter(
        label=_("Section"), empty_label=_("All"), widget=forms.RadioSelect
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        empty_label=_("All"),
        widget=forms.RadioSelect,
        choices=list(STATUS_LABELS.items()),
    )

    def __init__(self, data=None, *, request=None, prefix=None, report=None):
        # django-filter wants a queryset: an empty one, never evaluated.
        super().__init__(data, queryset=Locale.objects.none(), request=request, prefix=prefix)
        self.report = report
        self.filters["locale"].extra["choices"] = report.locale_choices()
        self.filters["section"].extra["choices"] = report.section_choices()

    def filter_queryset(self, rows):
        return self.report.rows(
            locale=self.form.cleaned_data.get("locale"),
            section=self.form.cleaned_data.get("section"),
            status=self.form.cleaned_data.get("status"),
        )


class StatusColumn(Column):
    cell_template_name = "translations/status/status_cell.html"


class TranslationStatusReport(ReportView):
    """Reports › Translation status. See the module's docstring."""

    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    results_template_name = "translations/status/results.html"
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    filterset_class = TranslationStatusFilterSet
    paginate_by = 100
    export_filename = "translation-status"
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda row: row.edit_url),
        Column("type_label", label=_("Type")),
        Column("section_label", label=_("Section")),
        Column("source_language_name", label=_("Source language")),
        Column("language_name", label=_("Language")),
        StatusColumn("status_label", label=_("Status")),
        DateColumn("synced_at", label=_("Last synced")),
    ]
    list_export = [
        "title",
        "type_label",
        "section_label",
        "source_language",
        "language",
        "status_label",
        "percent_translated",
        "synced_at",
    ]
    custom_field_preprocess = {
        "synced_at": {
            ReportView.FORMAT_CSV: lambda value: (
                timezone.localtime(value).isoformat(timespec="seconds") if value else ""
            )
        }
    }
    export_headings = {
        "title": _("Title"),
        "type_label": _("Type"),
        "section_label": _("Section"),
        "source_language": _("Source language"),
        "language": _("Language"),
        "status_label": _("Status"),
        "percent_translated": _("Translated (%)"),
        "synced_at": _("Last synced"),
    }

    @cached_property
    def report(self):
        return TranslationStatus()

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "report": self.report}

    def get_queryset(self):
        return self.report.rows()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["totals"] = self.object_list.totals()
        context["status_labels"] = [STATUS_LABELS[status] for status in STATUSES]
        return context
