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

Matching goes through the GIN indexes modelsearch keeps on the index's `title` and `body`
columns. `PostgresSearchQueryCompiler.search` matches a page when the concatenation
`title || body` matches the query; no index holds that concatenation, so PostgreSQL computes it
for every row of the index on every search (most of the time of a search of 50,000 pages).
`LocaleQueryCompiler.search` takes its place for plain queries (what readers type) and asks the
same thing word by word: each word in the title or in the body (or a word the language's
configuration drops, such as "the"), which the two indexes answer. The ranking is upstream's.
`tests/test_localize_adjustments.py` checks that upstream still matches on the concatenation.

Upstream also filters before it ranks: every page the search may show (live, public, one per
translation, the reader's kind) is joined to its index entry, and every match ranked, to keep
the first ten. With a common word (34,000 matches of 50,000 publications) the filter costs as
much as the ranking. When a page of results is asked for (a slice ending by
`RANK_FIRST_MAX_STOP`), `LocaleWordMatchCompiler` ranks first: the index entries alone,
matched and ranked, give the best few hundred candidates (`RANK_FIRST_CANDIDATES` times the
slice's end, at least `RANK_FIRST_MINIMUM`), and the search's own queryset keeps those it may
show; if they are not enough for the slice (and more entries match), the search is asked again
upstream's way. The hits and their order are the same either way (rank, then id, both
descending), which `tests/test_site_search.py` checks against upstream's path.

Configure with {"BACKEND": "hub.search_backend"}; hub/settings/base.py does so whenever the
database is PostgreSQL.
"""

import copy
import re
from collections import defaultdict
from functools import reduce

from django.conf import settings
from django.db.models import Case, F, FloatField, Func, IntegerField, Q, Value, When
from django.db.models.functions import Cast
from django.db.models.lookups import Exact
from django.utils.translation import get_language
from modelsearch.backends.database.postgres import postgres as modelsearch_postgres
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page

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


class NumNode(Func):
    """How many lexemes and operators a text search query has: 0 when the language's
    configuration dropped every word (a stop word such as "the")."""

    function = "numnode"
    output_field = IntegerField()


#: Ranked first, the best RANK_FIRST_CANDIDATES × (end of the slice) matches, at least
#: RANK_FIRST_MINIMUM, are looked at before upstream's filter-then-rank; for slices ending by
#: RANK_FIRST_MAX_STOP (a page of results, not a listing's 1,000 best matches, which upstream's
#: way ranks faster).
RANK_FIRST_CANDIDATES = 5
RANK_FIRST_MINIMUM = 200
RANK_FIRST_MAX_STOP = 500


class LocaleWordMatchCompiler(LocaleQueryCompiler):
    WORD_SPLIT = re.compile(r"[\s\-]+")

    def word_match(self, word, config, prefix="index_entries__"):
        """A Q matching pages (or, with prefix="", index entries) whose title or body has
        `word` (in its language's forms)."""
        word_query = self.build_tsquery_content(PlainText(word), config=config)
        return Q(**{f"{prefix}title": word_query}) | Q(**{f"{prefix}body": word_query})

    def word_dropped(self, word, config):
        """True (in SQL) when the language's configuration drops `word` ("the", "de")."""
        return Exact(NumNode(self.build_tsquery_content(PlainText(word), config=config)), 0)

    def words_match(self, words, config, prefix="index_entries__"):
        if self.query.operator == "and":
            # Every word, but a dropped word is no condition (as in the query as a whole).
            return reduce(
                lambda a, b: a & b,
                [self.word_match(w, config, prefix) | self.word_dropped(w, config) for w in words],
            )
        return reduce(lambda a, b: a | b, [self.word_match(w, config, prefix) for w in words])

    def search(self, config, start, stop, score_field=None, backend=None):
        words = []
        if self.fields is None and isinstance(self.query, PlainText):
            words = [word for word in self.WORD_SPLIT.split(self.query.query_string) if word]
        if not words:
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        if (
            stop is not None
            and stop <= RANK_FIRST_MAX_STOP
            and self.order_by_relevance
            and issubclass(self.queryset.model, Page)
        ):
            hits = self.ranked_first(words, config, start, stop, score_field)
            if hits is not None:
                return hits
        search_query = self.build_tsquery(self.query, config=config)
        rank_expression = self._build_rank_expression(self.get_search_vectors(search_query), config)
        return self._apply_ordering_and_scoring(
            self.queryset.filter(self.words_match(words, config)),
            rank_expression,
            start,
            stop,
            score_field,
        )

    def ranked_first(self, words, config, start, stop, score_field):
        """The slice [start:stop] of the hits, found by ranking the index entries alone and
        keeping, of the best candidates, those the search's queryset holds; None when the
        candidates are too few for the slice (and more entries match)."""
        from wagtail.search.models import IndexEntry

        size = max(stop * RANK_FIRST_CANDIDATES, RANK_FIRST_MINIMUM)
        vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]
        candidates = list(
            IndexEntry.objects.filter(
                content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
            )
            .filter(self.words_match(words, config, prefix=""))
            .annotate(
                _rank=self._build_rank_expression(vectors, config),
                _pk=Cast("object_id", IntegerField()),
            )
            .order_by("-_rank", "-_pk")
            .values_list("_pk", "_rank")[:size]
        )
        shown = set(
            self.queryset.filter(pk__in=[pk for pk, _rank in candidates]).values_list(
                "pk", flat=True
            )
        )
        kept, seen = [], set()
        for pk, rank in candidates:
            if pk in shown and pk not in seen:
                seen.add(pk)
                kept.append((pk, rank))
        if len(kept) < stop and len(candidates) == size:
            return None
        chosen = kept[start:stop]
        order = Case(
            *[When(pk=pk, then=Value(n)) for n, (pk, _rank) in enumerate(chosen)],
            default=Value(len(chosen)),
            output_field=IntegerField(),
        )
        hits = self.queryset.filter(pk__in=[pk for pk, _rank in chosen]).order_by(order)
        if score_field is not None:
            score = Case(
                *[When(pk=pk, then=Value(rank)) for pk, rank in chosen],
                default=Value(0.0),
                output_field=FloatField(),
            )
            hits = hits.annotate(**{score_field: score})
        return hits


class LocaleSearchBackend(PostgresSearchBackend):
    query_compiler_class = LocaleWordMatchCompiler
    index_class = LocaleIndex

    def locale_language_codes(self):
        from wagtail.models import Locale

        return dict(Locale.objects.values_list("pk", "language_code"))


SearchBackend = LocaleSearchBackend
