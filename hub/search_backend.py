"""PostgreSQL full-text search that stems each language with its own dictionary.

modelsearch's PostgreSQL backend uses one SEARCH_CONFIG for everything, and all database
backends share one index table, so "one backend per language" would overwrite itself. This
small subclass instead chooses the text search configuration per object from its locale when
indexing, and from the reader's language when querying. Languages PostgreSQL cannot stem use
the `simple` configuration.

Arabic uses PostgreSQL's `arabic` configuration (PostgreSQL 13 and later), whose Snowball
stemmer leaves the definite article and the letters joined before it (و ب ك ف ل) on the word,
and then stems "الفتيات" (the girls) and "فتيات" (girls) to different stems. So Arabic text is
first lightly normalised (`arabic_index_text`, `arabic_query_forms`), as Arabic search engines
do: diacritics and tatweel removed, the forms of alef, alef maqsura and ta marbuta made one,
and each word that starts with the article (alone or after one of those letters) indexed both
as it is and without it. A query word is looked for in both forms too, so "التزام" (a word
that merely starts with ال) still finds itself.

Indexing goes through modelsearch's `ObjectIndexer`, which its `PostgresIndex.add_items`
names directly: `ArabicAwareObjectIndexer` takes its place in that module (it changes nothing
for any other configuration), and `tests/test_localize_adjustments.py` checks that the name is
still there after an upgrade.

Configure with {"BACKEND": "hub.search_backend"}; hub/settings/base.py does so whenever the
database is PostgreSQL.
"""

import copy
import re
from collections import defaultdict
from functools import reduce

from django.conf import settings
from django.utils.translation import get_language
from modelsearch.backends.database.postgres import postgres as modelsearch_postgres
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText

TEXT_SEARCH_CONFIGS = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "pt": "portuguese",
    "ar": "arabic",
}

# Harakat, Quranic marks, superscript alef and tatweel: never part of how a word is spelled.
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
# The article, alone or after a one-letter conjunction or preposition (the longest first); ل
# before the article drops its alef: ل + الفتيات = للفتيات.
ARABIC_ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")
ARABIC_WORD = re.compile("[\u0621-\u064a]+")
SHORTEST_STEM = 2


def config_for_language(language_code):
    code = (language_code or settings.LANGUAGE_CODE).split("-")[0].lower()
    return TEXT_SEARCH_CONFIGS.get(code, "simple")


def normalise_arabic_letters(text):
    return ARABIC_MARKS.sub("", text).translate(ARABIC_LETTERS)


def without_article(word):
    """ "والفتيات" -> "فتيات"; a word too short to carry the article is left as it is."""
    for article in ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= SHORTEST_STEM:
            return word[len(article) :]
    return word


def arabic_index_text(text):
    """The text as indexed: letters normalised, and each word that carries the article also
    without it (after the text, so that phrases keep their order)."""
    text = normalise_arabic_letters(text)
    bare = [without_article(word) for word in ARABIC_WORD.findall(text)]
    extra = [b for b, word in zip(bare, ARABIC_WORD.findall(text), strict=True) if b != word]
    return f"{text} {' '.join(extra)}" if extra else text


def arabic_query_forms(term):
    """The forms a query word is looked for in: as typed, and without the article."""
    term = normalise_arabic_letters(term)
    bare = without_article(term)
    return [term] if bare == term else [term, bare]


class ArabicAwareObjectIndexer(modelsearch_postgres.ObjectIndexer):
    def as_vector(self, texts, for_autocomplete=False):
        if self.config == "arabic" and not for_autocomplete:
            texts = [(arabic_index_text(text), weight) for text, weight in texts]
        return super().as_vector(texts, for_autocomplete=for_autocomplete)


# PostgresIndex.add_items builds its indexers by this module-level name.
modelsearch_postgres.ObjectIndexer = ArabicAwareObjectIndexer


class LocaleIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each locale's objects with that locale's configuration."""
        language_codes = self.backend.locale_language_codes()
        groups = defaultdict(list)
        for obj in objs:
            code = language_codes.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE)
            groups[config_for_language(code)].append(obj)
        original = self.backend
        try:
            for config, group in groups.items():
                self.backend = copy.copy(original)
                self.backend.config = config
                super().add_items(model, group)
        finally:
            self.backend = original


class LocaleQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return config_for_language(get_language())

    def build_tsquery_content(self, query, config=None, invert=False):
        if config != "arabic" or not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        terms = [term for term in re.split(r"[\s\-]+", query.query_string) if term]
        if not terms:
            return None
        # Either form of a word matches; inverted (NOT), neither may (De Morgan).
        either = (lambda a, b: a & b) if invert else (lambda a, b: a | b)
        words = [
            reduce(either, [Lexeme(form, invert=invert) for form in arabic_query_forms(term)])
            for term in terms
        ]
        all_of = query.operator == "and"
        if invert:
            all_of = not all_of
        combined = reduce((lambda a, b: a & b) if all_of else (lambda a, b: a | b), words)
        return modelsearch_postgres.SearchQuery(combined, search_type="raw", config=config)


class LocaleSearchBackend(PostgresSearchBackend):
    query_compiler_class = LocaleQueryCompiler
    index_class = LocaleIndex

    def locale_language_codes(self):
        from wagtail.models import Locale

        return dict(Locale.objects.values_list("pk", "language_code"))


SearchBackend = LocaleSearchBackend
