"""French, Spanish, Arabic and Portuguese translations of the demo content, made through
wagtail-localize, so that translators can go on working on them in its editor.

The translations are PO files, one per page or snippet and language, as wagtail-localize
exports them ("Download PO file" in its editor; msgctxt: where the string is, msgid: the
English, msgstr: its translation):

    demo/data/translations/<language>/pages/<the page's demo key>.po
        pages/home.po, pages/home/what-we-do.po, pages/home/resources/<slug>.po ...
    demo/data/translations/<language>/snippets/<region|topic>/<slug>.po

A page's demo key is its slugs, from the English home page, when the demo made it. To translate
one more page, add its PO file: a PO file downloaded from the admin for that page on a freshly
loaded demo fits as it is (the demo's block ids are the same at every load). Pages without a
PO file in a language stay untranslated there: the site says they are not yet translated. A
folder for a language the site does not have (settings.LANGUAGES) is skipped.

For each object and language, the translator does what the "Translate" button and a translator
do: it submits the object (a TranslationSource, and a Translation per language), fills the
strings in through wagtail-localize's own PO import (`Translation.import_po`, the path of a PO
file uploaded in the admin), then creates and publishes the translated object. Regions and
topics first (a page's topics and region must be translated before the page), then pages,
parents before children, in the English tree's order, except that the home page and the
standard pages made from what-we-do.txt come first: so every translated menu keeps the order it
has always had in the demo (What we do, Achievements, then the library...).

Careful: a string a translator has since changed is never overwritten (only strings without a
translation are filled in); an object whose translation exists and gets no new string is not
touched (no new revision); and an object with any string missing from its PO file is not
translated at all, rather than published half in English: it is reported (`run()` returns the
problems, load_demo prints them, and tests/test_demo_translations.py fails).
"""

from contextlib import contextmanager
from dataclasses import dataclass

import polib
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import DraftStateMixin, Locale, Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from home.models import HomePage, StandardPage

from .datafiles import DATA
from .ledger import SNIPPETS, Ledger

TRANSLATIONS = DATA / "translations"


@dataclass
class Problem:
    """Why an object was not translated into a language."""

    object: str
    language: str
    reason: str
    strings: tuple = ()

    def __str__(self):
        missing = "".join(f"\n      {s!r}" for s in self.strings)
        return f"{self.object} [{self.language}]: {self.reason}{missing}"


def po_files(root=TRANSLATIONS):
    """{(kind, key): {language: path}}: kind is "page" or a snippet's name (SNIPPETS), key the
    page's demo key or the snippet's slug."""
    files = {}
    for path in sorted(root.glob("*/*/**/*.po")):
        language, section, *rest = path.relative_to(root).with_suffix("").parts
        if section == "pages":
            kind, key = "page", "/".join(rest)
        elif section == "snippets" and len(rest) == 2:
            kind, key = rest
        else:
            raise ValueError(f"{path}: not a page's or a snippet's PO file")
        files.setdefault((kind, key), {})[language] = path
    return files


def read_po(path):
    """{(msgctxt, msgid): msgstr} of the strings the file translates."""
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in polib.pofile(str(path))
        if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags
    }


@contextmanager
def indexes_updated_once(objects):
    """Update the search and reference indexes once per object, at the end, rather than at
    each of the five or six saves wagtail-localize makes of a translated page (a third of the
    time of the translation otherwise). The objects saved are collected in `objects`."""
    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
    for obj in objects:
        index.insert_or_update_object(obj)
        ReferenceIndex.create_or_update_for_object(obj)


class DemoTranslator:
    def __init__(self, loader=None, root=TRANSLATIONS):
        self.loader = loader
        self.root = root
        self.ledger = loader.ledger if loader is not None else Ledger()
        self.problems = []
        self.saved = []  # to index once done
        self.new_pages = []
        self.translated = 0

    def log(self, message):
        if self.loader is not None:
            self.loader.log(message)

    def problem(self, instance, language, reason, strings=()):
        problem = Problem(str(instance), language, reason, tuple(strings))
        self.problems.append(problem)
        self.log(f"  not translated: {problem}")

    def run(self):
        locales = {locale.language_code: locale for locale in Locale.objects.order_by("pk")}
        default = Locale.get_default()
        with indexes_updated_once(self.saved):
            for key, instance, files in self.sources(self.root, default):
                for code, locale in locales.items():
                    if code in files and locale != default:
                        self.translate(key, instance, locale, files[code])
        if self.translated:
            self.log(f"  translated {self.translated} pages and taxonomy terms")
        self.drop_redirects_from_unpublished_slugs()
        return self.problems

    def sources(self, root, default):
        """(ledger key, English object, {language: PO file}) of every object with PO files, in
        the order they are translated."""
        files = po_files(root)
        snippets, pages = [], []
        for (kind, key), paths in files.items():
            if kind == "page":
                page = self.ledger.get(f"page:{key}")
                if page is None or page.locale_id != default.pk:
                    for language in paths:
                        self.problem(key, language, "no such page in the demo")
                    continue
                pages.append((f"page:{key}", page, paths))
            else:
                model = SNIPPETS.get(kind)
                snippet = model and model.objects.filter(locale=default, slug=key).first()
                if snippet is None:
                    for language in paths:
                        self.problem(f"{kind} {key}", language, f"no such {kind}")
                    continue
                snippets.append((f"{kind}:{key}", snippet, paths))
        kinds = list(SNIPPETS)
        snippets.sort(key=lambda s: (kinds.index(s[0].split(":")[0]), s[1].pk))
        pages.sort(key=lambda p: (not isinstance(p[1], HomePage | StandardPage), p[1].path))
        return snippets + pages

    def translate(self, key, instance, locale, path):
        """Translate `instance` into `locale` from its PO file, if every string is there and
        what it depends on is translated. Returns the translated object if it was made or
        updated now, else None (done before, or reported as a problem)."""
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation = Translation.objects.filter(source=source, target_locale=locale).first()
        exists = source.object.has_translation(locale)
        if translation is not None and exists and self.complete(source, locale):
            return None  # done before: change nothing
        po = (translation or source).export_po()
        to_fill = [entry for entry in po if not entry.obsolete and not entry.msgstr]

        strings = read_po(path)
        missing = [e.msgid for e in to_fill if (e.msgctxt, e.msgid) not in strings]
        if missing:
            self.problem(instance, locale.language_code, "no translation for", missing)
            return None
        blocker = self.blocker(instance, source, locale)
        if blocker:
            self.problem(instance, locale.language_code, blocker)
            return None

        if translation is None:
            translation = Translation.objects.create(source=source, target_locale=locale)
        if to_fill:
            for entry in to_fill:
                entry.msgstr = strings[entry.msgctxt, entry.msgid]
            warnings = translation.import_po(po)
            if warnings:
                raise RuntimeError(f"{instance} [{locale}]: {warnings}")

        # A page is saved as a draft and published here: with publish=True, wagtail-localize
        # would publish it only when the database transaction commits, and load_demo runs in
        # one (a test never commits its own).
        draftable = isinstance(instance, DraftStateMixin)
        translation.save_target(publish=not draftable)
        target = self.target(source, locale)
        if draftable:
            target.get_latest_revision().publish()
            target.refresh_from_db()
        if isinstance(target, Page):
            if not exists:
                self.new_pages.append(target.pk)
            if self.loader is not None:
                self.loader.created.append(target)
        self.ledger.record(f"{key}@{locale.language_code}", target)
        self.saved.append(target)
        self.translated += 1
        return target

    @staticmethod
    def complete(source, locale):
        """Whether every segment of `source` has its translation into `locale`: one query.
        (A translation's own export_po would say so too, but it also looks for obsolete
        strings with a NOT IN that PostgreSQL runs for seconds on tables it has not analysed,
        as in a test's transaction: minutes for the demo's 312 objects.)"""
        segments = StringSegment.objects.filter(source=source).annotate_translation(
            locale, include_errors=True
        )
        return not segments.filter(Q(translation__isnull=True) | Q(translation="")).exists()

    @staticmethod
    def target(source, locale):
        model = source.specific_content_type.model_class()
        return model.objects.filter(translation_key=source.object_id, locale=locale).first()

    @staticmethod
    def blocker(instance, source, locale):
        """Why `instance` cannot be translated into `locale` yet, if it cannot: its parent page
        or an object it refers to (a region...) has no translation in that language."""
        if isinstance(instance, Page):
            parent = instance.get_parent()
            if (
                not parent.is_root()
                and not Page.objects.filter(
                    translation_key=parent.translation_key, locale=locale
                ).exists()
            ):
                return f"its parent page {parent.title!r} is not translated"
        for segment in source.relatedobjectsegment_set.select_related("object"):
            if not segment.object.has_translation(locale):
                return f"{segment.object.get_instance(source.locale)} is not translated"
        return None

    def drop_redirects_from_unpublished_slugs(self):
        """wagtail-localize creates a page's translation as a copy with the English slug, then
        renames it; Wagtail sees a slug change and, once the transaction commits, creates a
        redirect from the copy's address, which was never published (94 of them, some for
        addresses that never existed at all). Remove those, once they exist."""
        created = list(self.new_pages)

        def drop():
            Redirect.objects.filter(automatically_created=True, redirect_page__in=created).delete()

        if created:
            transaction.on_commit(drop)


def translate_demo(loader=None, root=TRANSLATIONS):
    """Translate the demo content from the PO files under `root`. Returns the problems: objects
    left untranslated in a language, and why."""
    return DemoTranslator(loader, root).run()
