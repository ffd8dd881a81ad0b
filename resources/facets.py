"""One filtering mechanism for every listing: the library, the programme directory and the
guidance index.

Filtering, counting (each facet counted within the rest of the selection), sorting and
paginating happen in the database (Listing): one statement counts every facet and the results
(kept in the cache until a page changes), one picks the ids of the page shown, one more fetches
those pages. Counts read the listed rows (resources.models.listed_values: per language, the
page each listing shows and its facets' values, under one index), so that a facet's count is a
range of that index; a selection with words or years counts the listing's pages themselves,
whose multi-valued fields are read through their indexed rows (resources.models.facet_values)
and topics through their through table. The number of queries is fixed whatever the number of
pages. A site that outgrows it
moves faceting to OpenSearch through Wagtail's search backends (docs/deploy.md, "Beyond one
machine").

Filter values in URLs are slugs and ISO codes, the same in every language, so a filtered
address can be shared and survives the language switcher. Unknown values are ignored and
reported to the reader, never an error.
"""

# The SQL below is put together from names in this code (tables, columns, placeholders); every
# value from a request travels as a parameter.
# ruff: noqa: S608

import datetime
import re
import unicodedata
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries as country_names

from hub.cache import cached
from hub.i18n import locale_language_codes, mark_other_languages, only_in_language_label
from hub.page_cache import cached_counts
from hub.pagination import paginate

MAX_VALUES_PER_FACET = 20
MAX_VALUE_LENGTH = 100
MAX_QUERY_LENGTH = 200
#: A listing's words look among this many of the search's most relevant matches: every match
#: of a common word in a large library (34,000 of 50,000 publications for "reintegration")
#: took seconds to load and rank; the site's search (/search/) counts them all.
MAX_SEARCH_MATCHES = 1000
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def clean_text(value, limit=MAX_VALUE_LENGTH):
    return CONTROL_CHARACTERS.sub(" ", value or "").strip()[:limit]


# Combining marks are part of a word (Latin accents typed apart, Arabic vowel marks).
SEARCH_SYNTAX = re.compile(r"[^\w\s'’\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670-]+")


def searchable(query):
    """The words of a reader's query, without characters that search engines read as
    syntax (quotes, brackets, *, :, ^...): a reader types words, not query language."""
    query = unicodedata.normalize("NFC", query)
    return " ".join(SEARCH_SYNTAX.sub(" ", query).split())


def sort_key(label):
    """Alphabetical order as readers expect it: "Éducation" among the E's, not after Z."""
    decomposed = unicodedata.normalize("NFKD", str(label))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def split_codes(value):
    """A multiple CountryField or MultipleChoiceField value, as stored or as a list."""
    if not value:
        return []
    if isinstance(value, str):
        return [v for v in value.split(",") if v]
    return [str(v) for v in value]


@dataclass
class Option:
    key: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class FacetResult:
    param: str
    label: str
    options: list
    selected: list = field(default_factory=list)

    #: a single checkbox rather than a list of values (AvailabilityFacet)
    toggle: bool = False

    @property
    def visible_options(self):
        return [o for o in self.options if o.count or o.selected]


class Facet:
    """A way of narrowing a listing: a query parameter, the SQL that keeps the rows having one
    of the selected keys, the SQL that counts the rows by key, and the labels of the keys in
    the reader's language.

    SQL is written against `b`, a row of the listing's base (Listing.base_sql: the columns
    `id`, `title`, `locale_id`, the date field and every facet's `fields`)."""

    #: columns of the base this facet reads
    fields = ()
    #: shown as one checkbox rather than a list of values
    toggle = False

    def __init__(self, param, label):
        self.param = param
        self.label = label

    def prepare(self, listing):
        """Read what the facet needs beyond SQL (names; cached, no query once warm)."""

    def where(self, listing, values):
        """(sql, params): `b` has one of `values`."""
        raise NotImplementedError

    def count_sql(self, listing, where, params):
        """[(sql, params)], each selecting (key, count) of the base rows matching `where`."""
        raise NotImplementedError

    def choices(self, listing):
        """[(key, label)] in the order a reader expects."""
        raise NotImplementedError

    # Counted from the listed rows (resources.models.listed_values) ----------------------

    #: the field of this facet's rows among the listed rows; None where it cannot be counted
    #: from them (ReviewFacet compares with today's date), and the listing counts its base
    stored_field = None

    def stored_rows(self, model):
        """SQL selecting (language, field, code, page id) of this facet's rows for the pages of
        `listed c`: the pages a listing of `model` shows in the language `c.listing_locale`, with
        the base's columns."""
        raise NotImplementedError

    def stored_codes(self, values):
        """The codes of this facet's rows that the selected `values` stand for."""
        return list(values)

    def stored_selection(self, listing, values):
        """(sql, params) selecting the ids of the listed pages having one of `values`; None
        when none can (a region without countries)."""
        codes = self.stored_codes(values)
        if not codes:
            return None
        scope, params = listing.stored_scope("s")
        sql = (
            f"SELECT s.page_id FROM {listed_value_table()} s WHERE {scope} "
            f"AND s.field = %s AND s.code IN ({placeholders(codes)})"
        )
        return sql, [*params, self.stored_field, *codes]

    def stored_count_sql(self, listing, where, params):
        """[(sql, params)], each selecting (key, count) of the listed pages matching `where`."""
        scope, scope_params = listing.stored_scope("v")
        sql = (
            f"SELECT v.code, COUNT(*) FROM {listed_value_table()} v "
            f"WHERE {scope} AND v.field = %s AND {where} GROUP BY v.code"
        )
        return [(sql, [*scope_params, self.stored_field, *params])]

    def whole_count_sql(self, listing):
        """[(sql, params)], each selecting (key, count) of the whole listing (nothing
        selected): its rows' sums, one row per page and value."""
        return [listing.summed_sql(self.stored_field)]


def literal(name):
    """A name from this code (a field's) as an SQL string."""
    if not re.fullmatch(r"[a-z_]+", name):
        raise ValueError(name)
    return f"'{name}'"


def placeholders(values):
    return ", ".join(["%s"] * len(values))


def compiled(queryset):
    """The SQL and parameters of `queryset`; None if it can match nothing (e.g. `__in=[]`)."""
    try:
        return queryset.query.sql_with_params()
    except EmptyResultSet:
        return None


class ChoiceFacet(Facet):
    """A field holding one value of a fixed list (resource type, programme status)."""

    def __init__(self, param, label, field_name, choices):
        super().__init__(param, label)
        self.field_name = self.stored_field = field_name
        self.fields = (field_name,)
        self._choices = choices

    def stored_rows(self, model):
        return (
            f"SELECT c.listing_locale, {literal(self.field_name)}, c.{self.field_name}, c.id "
            f"FROM listed c WHERE c.{self.field_name} IS NOT NULL"
        )

    def where(self, listing, values):
        return f"b.{self.field_name} IN ({placeholders(values)})", list(values)

    def count_sql(self, listing, where, params):
        column = f"b.{self.field_name}"
        sql = f"SELECT {column}, COUNT(*) FROM listing_base b WHERE {where} GROUP BY {column}"
        return [(sql, params)]

    def choices(self, listing):
        return list(self._choices)


class ValuesFacet(Facet):
    """A multi-valued field, through its rows in FacetValue (resources.models.facet_values)."""

    def __init__(self, param, label, field_name):
        super().__init__(param, label)
        self.field_name = self.stored_field = field_name

    def stored_rows(self, model):
        return (
            f"SELECT c.listing_locale, v.field, v.code, c.id FROM listed c "
            f"INNER JOIN {facet_value_table()} v ON v.page_id = c.id "
            f"WHERE v.field = {literal(self.field_name)}"
        )

    def where_codes(self, codes):
        if not codes:
            return "1 = 0", []
        sql = (
            f"b.id IN (SELECT v.page_id FROM {facet_value_table()} v "
            f"WHERE v.field = %s AND v.code IN ({placeholders(codes)}))"
        )
        return sql, [self.field_name, *codes]

    def where(self, listing, values):
        return self.where_codes(list(values))

    def count_sql(self, listing, where, params):
        sql = (
            f"SELECT v.code, COUNT(*) FROM {facet_value_table()} v "
            "INNER JOIN listing_base b ON b.id = v.page_id "
            f"WHERE v.field = %s AND {where} GROUP BY v.code"
        )
        return [(sql, [self.field_name, *params])]


class MultipleChoiceFacet(ValuesFacet):
    """A MultipleChoiceField (audiences, approaches, who a programme serves)."""

    def __init__(self, param, label, field_name, choices):
        super().__init__(param, label, field_name)
        self._choices = choices

    def choices(self, listing):
        return list(self._choices)


class CountryFacet(ValuesFacet):
    def __init__(self, param, label, field_name="countries"):
        super().__init__(param, label, field_name)

    def choices(self, listing):
        """Every ISO country, so that a valid code in an address is a filter even where no
        row has it (yet); only countries with results, or selected, are offered."""
        return [(code, str(name)) for code, name in country_names]


class TaxonomyFacet(Facet):
    """Terms of a translatable snippet, named in the reader's language (falling back to the
    default language's name where a term is not translated yet)."""

    def term_names(self, model):
        """{slug: (name, *extra_term_fields)}, cached until a term changes (hub.cache)."""
        languages = [settings.LANGUAGE_CODE, get_language()]

        def build():
            names = {}
            terms = model.objects.filter(locale__language_code__in=languages).values_list(
                "slug", "name", "locale__language_code", *self.extra_term_fields
            )
            # The reader's language last, so that its names win over the default's.
            for slug, name, _language, *extra in sorted(terms, key=lambda t: t[2] == languages[1]):
                names[slug] = (name, *extra)
            return names

        key = f"{model._meta.label_lower}:{':'.join(languages)}:{','.join(self.extra_term_fields)}"
        return cached("taxonomy", key, build)

    extra_term_fields = ()


class RegionFacet(TaxonomyFacet, ValuesFacet):
    """Regions are the coalition's own: a row belongs to a region when one of its countries
    is among the region's countries."""

    extra_term_fields = ("countries",)

    def __init__(self, param, label, region_model, field_name="countries"):
        ValuesFacet.__init__(self, param, label, field_name)
        self.region_model = region_model

    def prepare(self, listing):
        self.regions = {
            slug: (name, sorted(set(split_codes(codes))))
            for slug, (name, codes) in self.term_names(self.region_model).items()
        }

    def where(self, listing, values):
        codes = sorted({code for slug in values for code in self.regions[slug][1]})
        return self.where_codes(codes)

    def count_sql(self, listing, where, params):
        queries = []
        for slug, (_name, codes) in self.regions.items():
            if not codes:
                continue
            sql = (
                f"SELECT %s, COUNT(DISTINCT v.page_id) FROM {facet_value_table()} v "
                "INNER JOIN listing_base b ON b.id = v.page_id "
                f"WHERE v.field = %s AND v.code IN ({placeholders(codes)}) AND {where}"
            )
            queries.append((sql, [slug, self.field_name, *codes, *params]))
        return queries

    def stored_codes(self, values):
        return sorted({code for slug in values for code in self.regions[slug][1]})

    def whole_count_sql(self, listing):
        # From the rows, not their sums: a page with two countries of a region counts once.
        return self.stored_count_sql(listing, "1 = 1", [])

    def stored_count_sql(self, listing, where, params):
        scope, scope_params = listing.stored_scope("v")
        queries = []
        for slug, (_name, codes) in self.regions.items():
            if not codes:
                continue
            sql = (
                f"SELECT %s, COUNT(DISTINCT v.page_id) FROM {listed_value_table()} v "
                f"WHERE {scope} AND v.field = %s AND v.code IN ({placeholders(codes)}) "
                f"AND {where}"
            )
            queries.append((sql, [slug, *scope_params, self.field_name, *codes, *params]))
        return queries

    def choices(self, listing):
        return sorted(
            ((slug, name) for slug, (name, _m) in self.regions.items()), key=lambda c: c[1]
        )


class TopicFacet(TaxonomyFacet):
    """The listed pages' `topics` (a many-to-many field to the topic snippet)."""

    stored_field = "topics"

    def prepare(self, listing):
        self.read_tables(listing.model)
        Topic = listing.model._meta.get_field("topics").related_model
        self.names = {slug: name for slug, (name,) in self.term_names(Topic).items()}

    def read_tables(self, model):
        Topic = model._meta.get_field("topics").related_model
        self.through_table = connection.ops.quote_name(model.topics.through._meta.db_table)
        self.topic_table = connection.ops.quote_name(Topic._meta.db_table)
        self.page_column = f"{model._meta.model_name}_id"

    def joins(self):
        return f"{self.through_table} x INNER JOIN {self.topic_table} t ON t.id = x.topic_id "

    def stored_rows(self, model):
        self.read_tables(model)
        return (
            f"SELECT DISTINCT c.listing_locale, {literal(self.stored_field)}, t.slug, c.id "
            f"FROM {self.joins()}INNER JOIN listed c ON c.id = x.{self.page_column}"
        )

    def where(self, listing, values):
        sql = (
            f"b.id IN (SELECT x.{self.page_column} FROM {self.joins()}"
            f"WHERE t.slug IN ({placeholders(values)}))"
        )
        return sql, list(values)

    def count_sql(self, listing, where, params):
        sql = (
            f"SELECT t.slug, COUNT(DISTINCT x.{self.page_column}) FROM {self.joins()}"
            f"INNER JOIN listing_base b ON b.id = x.{self.page_column} "
            f"WHERE {where} GROUP BY t.slug"
        )
        return [(sql, params)]

    def choices(self, listing):
        return sorted(self.names.items(), key=lambda item: sort_key(item[1]))


class FileLanguageFacet(Facet):
    """The languages a resource's files are written in (its `files`, each with a document)."""

    stored_field = "files"

    def prepare(self, listing):
        self.read_tables(listing.model)

    def read_tables(self, model):
        ResourceFile = model._meta.get_field("files").related_model
        Document = ResourceFile._meta.get_field("document").related_model
        quote = connection.ops.quote_name
        self.joins = (
            f"{quote(ResourceFile._meta.db_table)} f "
            f"INNER JOIN {quote(Document._meta.db_table)} d ON d.id = f.document_id "
        )

    def stored_rows(self, model):
        self.read_tables(model)
        return (
            f"SELECT DISTINCT c.listing_locale, {literal(self.stored_field)}, d.language, c.id "
            f"FROM {self.joins}INNER JOIN listed c ON c.id = f.page_id "
            "WHERE d.language IS NOT NULL"
        )

    def where(self, listing, values):
        sql = (
            f"b.id IN (SELECT f.page_id FROM {self.joins}"
            f"WHERE d.language IN ({placeholders(values)}))"
        )
        return sql, list(values)

    def count_sql(self, listing, where, params):
        sql = (
            f"SELECT d.language, COUNT(DISTINCT f.page_id) FROM {self.joins}"
            f"INNER JOIN listing_base b ON b.id = f.page_id WHERE {where} GROUP BY d.language"
        )
        return [(sql, params)]

    def choices(self, listing):
        return list(settings.LANGUAGES)


class ReviewFacet(Facet):
    """Guidance past its review date, or not: shown to editors only."""

    fields = ("next_review_due",)

    def where(self, listing, values):
        today = timezone.localdate()
        parts, params = [], []
        for value in values:
            parts.append(
                "b.next_review_due < %s" if value == "overdue" else "b.next_review_due >= %s"
            )
            params.append(today)
        return "(" + " OR ".join(parts) + ")", params

    def count_sql(self, listing, where, params):
        key = "CASE WHEN b.next_review_due < %s THEN 'overdue' ELSE 'current' END"
        sql = f"SELECT {key}, COUNT(*) FROM listing_base b WHERE {where} GROUP BY {key}"
        today = timezone.localdate()
        return [(sql, [today, *params, today])]

    def choices(self, listing):
        return [("overdue", _("Review overdue")), ("current", _("Up to date"))]

    @staticmethod
    def is_available(request):
        user = getattr(request, "user", None)
        return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


class AvailabilityFacet(Facet):
    """?available=1: only the items that exist in the reader's language (a listing shows every
    item, in another language where it is not translated; hub.i18n.one_per_translation)."""

    toggle = True

    def __init__(self, locale_id, param="available"):
        super().__init__(param, _("Page language"))
        self.locale_id = locale_id

    stored_field = "available"

    def stored_rows(self, model):
        return (
            f"SELECT c.listing_locale, {literal(self.stored_field)}, '1', c.id FROM listed c "
            "WHERE c.locale_id = c.listing_locale"
        )

    def where(self, listing, values):
        return "b.locale_id = %s", [self.locale_id]

    def count_sql(self, listing, where, params):
        sql = f"SELECT '1', COUNT(*) FROM listing_base b WHERE b.locale_id = %s AND {where}"
        return [(sql, [self.locale_id, *params])]

    def choices(self, listing):
        code = locale_language_codes().get(self.locale_id, settings.LANGUAGE_CODE)
        return [("1", only_in_language_label(code))]


@dataclass
class Sort:
    key: str
    label: str
    #: the ORDER BY of the listing's base rows `b`, a function of nothing (see newest())
    order: callable


class ResultPages:
    """What hub.pagination.paginate() pages through: `count` results, whose page shown the
    listing has already fetched."""

    def __init__(self, count):
        self.count = count

    def __len__(self):
        return self.count

    def __getitem__(self, index):
        return []


def listed_value_table():
    """The table of resources.models.listed_values.ListedValue."""
    return connection.ops.quote_name(apps.get_model("resources", "ListedValue")._meta.db_table)


def listed_count_table():
    """The table of resources.models.listed_values.ListedCount."""
    return connection.ops.quote_name(apps.get_model("resources", "ListedCount")._meta.db_table)


def facet_value_table():
    """The table of resources.models.facet_values.FacetValue (looked up, not imported: the
    models import this module)."""
    return connection.ops.quote_name(apps.get_model("resources", "FacetValue")._meta.db_table)


class Listing:
    """A filtered, counted, sorted and paginated listing of one page type in one language.

    The listing's pages (`queryset`: live, public, one per translation) become the rows of a
    common table expression, `listing_base`, with the few columns the facets and sorts read.
    One statement counts every facet's values within the rest of the selection and the
    results: from the listed rows (`listed`, query_listed_counts()) where the selection is of
    facets alone, after one query looking for rows to rewrite first; else each a GROUP BY over
    the base, joined to the indexed FacetValue rows, the topics' through table or the files'
    documents. Those counts are kept in the cache until a page changes (counts()). Another
    picks the ids of the page of results shown (ORDER BY ... LIMIT/OFFSET, the base inlined so
    that the database can walk an index and stop); a third fetches those pages as objects. Four
    queries whatever the number of pages (two when the counts are cached), one more only when
    nothing matches (the suggestions)."""

    def __init__(
        self,
        request,
        queryset,
        facets,
        sorts,
        per_page,
        date_field=None,
        locale_id=None,
        base_queryset=None,
        listed=None,
    ):
        self.request = request
        self.locale_id = locale_id
        #: the listed rows of this listing's pages (resources.models.listed_values.Listed), or
        #: None: counted from the base only
        self.listed = listed
        self.model = queryset.model
        self.queryset = queryset
        #: the same pages, in the form the database reads fastest (the search backend is
        #: given `queryset`): hub.i18n.one_per_translation_filter rather than its `pk IN`
        self.base_queryset = queryset if base_queryset is None else base_queryset
        self.facets = [
            f for f in facets if not isinstance(f, ReviewFacet) or f.is_available(request)
        ]
        self.sorts = {sort.key: sort for sort in sorts}
        self.per_page = per_page
        self.date_field = date_field
        self.ignored = []
        for facet in self.facets:
            facet.prepare(self)
        self.facets_by_param = {facet.param: facet for facet in self.facets}
        self.choices = {facet.param: dict(facet.choices(self)) for facet in self.facets}
        self.selected = {facet.param: self.read_values(facet) for facet in self.facets}
        self.query = self.read_query()
        self.year_from, self.year_to = self.read_year("year_from"), self.read_year("year_to")
        #: the words matched more than MAX_SEARCH_MATCHES pages (the reader is told)
        self.more_matches = False
        self.search_order = self.run_search() if self.query else None
        self._results = None
        self._listed_current = None

    # Reading the request -------------------------------------------------------------

    def read_values(self, facet):
        values = []
        for raw in self.request.GET.getlist(facet.param)[:MAX_VALUES_PER_FACET]:
            value = clean_text(raw)
            if not value:
                continue
            if value in self.choices[facet.param]:
                if value not in values:
                    values.append(value)
            else:
                self.ignored.append((facet.label, value))
        return values

    def read_query(self):
        query = clean_text(self.request.GET.get("q", ""), MAX_QUERY_LENGTH)
        return query if searchable(query) else ""  # only punctuation: nothing to look for

    def read_year(self, param):
        raw = clean_text(self.request.GET.get(param, ""), 10)
        if not raw or not self.date_field:
            return None
        if raw.isdigit() and 1900 <= int(raw) <= 2100:
            return int(raw)
        self.ignored.append((_("Year"), raw))
        return None

    def run_search(self):
        """{pk: rank} of the pages matching the words, the MAX_SEARCH_MATCHES most relevant,
        from the search backend (which ranks them); the ids then narrow the base in SQL like
        any other filter."""
        words = searchable(self.query)
        if not words:
            return {}
        results = list(self.queryset.search(words, operator="and")[: MAX_SEARCH_MATCHES + 1])
        self.more_matches = len(results) > MAX_SEARCH_MATCHES
        return {page.pk: rank for rank, page in enumerate(results[:MAX_SEARCH_MATCHES])}

    # SQL ---------------------------------------------------------------------------

    def base_columns(self):
        columns = ["id", "title", "locale_id"]
        if self.date_field:
            columns.append(self.date_field)
        for facet in self.facets:
            columns.extend(c for c in facet.fields if c not in columns)
        return columns

    def base_sql(self, materialized=True):
        """WITH listing_base(...) AS (the listing's pages, a few columns each): computed once
        for the many parts of the listing's statement, or, for a single ordered LIMIT (the
        feeds), inlined, so that the database can walk an index in that order and stop."""
        columns = self.base_columns()
        fields = ["pk" if c == "id" else c for c in columns]
        base = self.listed.pages(self.locale_id) if self.listed_current() else self.base_queryset
        sql, params = compiled(base.order_by().values_list(*fields)) or (
            "SELECT " + ", ".join(["NULL"] * len(columns)) + " WHERE 1 = 0",
            (),
        )
        how = "MATERIALIZED" if materialized else "NOT MATERIALIZED"
        return f"WITH listing_base({', '.join(columns)}) AS {how} ({sql})", list(params)

    def conditions(self, skip=None, without=None):
        """[(sql, params)] of every active filter, leaving out facet `skip` entirely and the
        one value `without` = (param, value); ("q", None) leaves out the words."""
        parts = []
        if self.search_order is not None and without != ("q", None):
            # Written as numbers (ids from the database), not parameters: a search can match
            # more pages than a statement may have parameters (SQLite: 32,766).
            pks = ", ".join(str(int(pk)) for pk in self.search_order)
            parts.append((f"b.id IN ({pks})", []) if pks else ("1 = 0", []))
        if self.date_field:
            if self.year_from and without != ("year_from", None):
                parts.append((f"b.{self.date_field} >= %s", [datetime.date(self.year_from, 1, 1)]))
            if self.year_to and without != ("year_to", None):
                parts.append((f"b.{self.date_field} <= %s", [datetime.date(self.year_to, 12, 31)]))
        for facet in self.facets:
            if facet.param == skip:
                continue
            wanted = [
                v
                for v in self.selected[facet.param]
                if not (without and without == (facet.param, v))
            ]
            if wanted:
                parts.append(facet.where(self, wanted))
        return parts

    @staticmethod
    def joined(parts):
        if not parts:
            return "1 = 1", []
        return " AND ".join(f"({sql})" for sql, _p in parts), [
            p for _s, params in parts for p in params
        ]

    def run(self, branches, materialized=True, head=None):
        """Run `branches` [(tag, sql, params)], each selecting two columns, as one UNION ALL
        over the base (or over `head`, (sql, params) of other common table expressions);
        returns [(tag, first column, second column)]."""
        base, params = self.base_sql(materialized) if head is None else head
        params = list(params)
        selects = []
        for tag, sql, branch_params in branches:
            selects.append(f"SELECT {int(tag)} AS tag, r.* FROM ({sql}) r")
            params.extend(branch_params)
        with connection.cursor() as cursor:
            cursor.execute(f"{base} {' UNION ALL '.join(selects)}", params)
            return cursor.fetchall()

    def order_sql(self):
        if self.sort == "relevance":
            ranks = " ".join(
                f"WHEN {int(pk)} THEN {int(rank)}" for pk, rank in self.search_order.items()
            )
            return f"CASE b.id {ranks} END" if ranks else "b.id"
        return self.sorts[self.sort].order()

    def results(self):
        """(count, [ids of the page shown], facet counts {param: {key: n}})."""
        if self._results is None:
            total, counts = self.counts()
            ids = self.page_ids(total)
            self._results = (total, ids, counts)
        return self._results

    def counts(self):
        """(number of results, facet counts {param: {key: n}}) of the reader's selection: one
        statement, kept in the cache until a page or what pages show changes (as the page
        cache: hub.page_cache.cached_counts), so that paging and sorting a listing,
        and the next reader of the same selection, do not count again."""
        return cached_counts(
            self.counts_key(), self.query_counts, page_type=self.model._meta.label_lower
        )

    def counts_key(self):
        """What the counts depend on besides the content: the listed model, the language, the
        facets offered (ReviewFacet only to editors, and the date it compares to) and the
        reader's selection."""
        parts = [
            self.model._meta.label_lower,
            self.locale_id,
            [facet.param for facet in self.facets],
            [self.selected[facet.param] for facet in self.facets],
            self.year_from,
            self.year_to,
            self.query,
        ]
        if any(isinstance(facet, ReviewFacet) for facet in self.facets):
            parts.append(timezone.localdate().isoformat())
        return parts

    def listed_current(self):
        """Whether this listing has listed rows and they are current (after rewriting the few
        groups that changed: Listed.refresh), asked once per view."""
        if self._listed_current is None:
            self._listed_current = (
                self.listed is not None and self.locale_id is not None and self.listed.refresh()
            )
        return self._listed_current

    def query_counts(self):
        if self.counts_listed_rows() and self.listed_current():
            return self.query_listed_counts()
        where, params = self.joined(self.conditions())
        branches = [(0, f"SELECT '', COUNT(*) FROM listing_base b WHERE {where}", params)]
        for index, facet in enumerate(self.facets, start=1):
            facet_where, facet_params = self.joined(self.conditions(skip=facet.param))
            for sql, query_params in facet.count_sql(self, facet_where, facet_params):
                branches.append((index, sql, query_params))
        return self.read_counts(self.run(branches))

    def read_counts(self, rows):
        """(total, {param: {key: n}}) of the rows of a counting statement (tag 0: the total;
        tag n: the nth facet's)."""
        counts = {facet.param: {} for facet in self.facets}
        total = 0
        for tag, key, value in rows:
            if tag == 0:
                total = value
            else:
                facet_counts = counts[self.facets[tag - 1].param]
                facet_counts[str(key)] = facet_counts.get(str(key), 0) + value
        return total, counts

    def counts_listed_rows(self):
        """Whether the counts come from the listed rows: where every facet has them and
        nothing but facets narrows the selection (a search's matches and years are the
        base's)."""
        return (
            self.listed is not None
            and self.locale_id is not None
            and self.search_order is None
            and not self.year_from
            and not self.year_to
            and all(facet.stored_field for facet in self.facets)
        )

    def stored_scope(self, alias):
        """(sql, params): the listed row `alias` is of this listing's model and language."""
        return (
            f"{alias}.locale_id = %s AND {alias}.content_type_id = %s",
            [self.locale_id, self.listed.content_type_id],
        )

    def query_listed_counts(self):
        """counts(), from the listed rows: each facet's values are rows of an index in the
        order (language, listed model, field, code, page), so that a count reads a range of it
        rather than joining the listing's pages to their values."""

        # The pages of each selection counted: all the facets' selections, and each but one,
        # for that one's own counts (the other facets count within all of them). Each is found
        # once, as the intersection of its facets' pages, and read by the counts within it.
        selected = {}
        for param, values in self.selected.items():
            if values:
                selected[param] = self.facets_by_param[param].stored_selection(self, values)
        page_sets = {}

        def where(skip=None):
            params = sorted(param for param in selected if param != skip)
            if any(selected[param] is None for param in params):
                return "1 = 0", []  # a selection no page can match
            if not params:
                return "1 = 1", []
            name = page_sets.setdefault(tuple(params), f"selected_{len(page_sets)}")
            return f"v.page_id IN (SELECT page_id FROM {name})", []

        if not selected:
            return self.read_counts(self.run(self.summed_counts(), head=("", [])))
        scope, scope_params = self.stored_scope("v")
        all_where, all_params = where()
        branches = [
            (
                0,
                f"SELECT '', COUNT(*) FROM {listed_value_table()} v "
                f"WHERE {scope} AND v.field = '' AND {all_where}",
                [*scope_params, *all_params],
            )
        ]
        for index, facet in enumerate(self.facets, start=1):
            facet_where, facet_params = where(skip=facet.param)
            for sql, query_params in facet.stored_count_sql(self, facet_where, facet_params):
                branches.append((index, sql, query_params))
        ctes, head_params = [], []
        for params, name in page_sets.items():
            ctes.append(
                f"{name}(page_id) AS ("
                + " INTERSECT ".join(selected[param][0] for param in params)
                + ")"
            )
            head_params += [p for param in params for p in selected[param][1]]
        head = ("WITH " + ", ".join(ctes) if ctes else "", head_params)
        return self.read_counts(self.run(branches, head=head))

    def summed_counts(self):
        """The branches counting the whole listing (nothing selected): the total and each
        facet's counts, as each facet counts the whole listing (Facet.whole_count_sql)."""
        branches = [(0, *self.summed_sql(""))]
        for index, facet in enumerate(self.facets, start=1):
            branches += [(index, sql, params) for sql, params in facet.whole_count_sql(self)]
        return branches

    def summed_sql(self, field):
        """(sql, params) selecting (code, count) of the summed counts of the listed rows of
        `field` (resources.models.listed_values.ListedCount)."""
        scope, params = self.stored_scope("c")
        sql = f"SELECT c.code, c.count FROM {listed_count_table()} c WHERE {scope} AND c.field = %s"
        return sql, [*params, field]

    def page_ids(self, total):
        """The ids of the page of results shown, in order: one statement in which the
        listing's base is inlined, so that the database can walk an index in the sort's order
        (newest, oldest) and stop at the page, rather than build the whole base first."""
        if not total:
            return []
        page = self.requested_page()
        last = (total - 1) // self.per_page + 1
        # Past the end, the last page, as hub.pagination.paginate() shows.
        offset = (min(page, last) - 1) * self.per_page
        return self.ordered_page(self.per_page, offset)

    def ordered_page(self, limit, offset=0, order=None):
        where, params = self.joined(self.conditions())
        sql = self.ordered_ids(where, "LIMIT %s OFFSET %s", order)
        rows = self.run([(1, sql, [*params, limit, offset])], materialized=False)
        return [int(pk) for _tag, pk, _n in sorted(rows, key=lambda row: row[2])]

    def ordered_ids(self, where, limit, order=None):
        """SQL selecting (id as text, position) of the rows matching `where`, in the listing's
        order (or `order`), within `limit`: the database sorts the rows to find the page (an
        ordered LIMIT), then numbers the page's few rows (UNION ALL keeps no order)."""
        order = order or self.order_sql()
        return (
            f"SELECT CAST(b.id AS VARCHAR(20)) AS k, ROW_NUMBER() OVER (ORDER BY {order}) AS n "
            f"FROM (SELECT * FROM listing_base b WHERE {where} ORDER BY {order} {limit}) b"
        )

    def requested_page(self):
        try:
            return max(int(self.request.GET.get("page", "1")), 1)
        except (TypeError, ValueError):
            return 1

    # Filtering and counting ----------------------------------------------------------

    def facet_results(self):
        counts = self.results()[2]
        results = []
        for facet in self.facets:
            selected = self.selected[facet.param]
            options = [
                Option(key, str(label), counts[facet.param].get(key, 0), key in selected)
                for key, label in self.choices[facet.param].items()
            ]
            results.append(FacetResult(facet.param, facet.label, options, selected, facet.toggle))
        return results

    def active_filters(self):
        """[(facet label, value label, URL without it)] for every active filter."""
        active = []
        for facet in self.facets:
            for value in self.selected[facet.param]:
                label = self.choices[facet.param][value]
                active.append((facet.label, label, self.url_without(facet.param, value)))
        for param, value, label in (
            ("year_from", self.year_from, _("From")),
            ("year_to", self.year_to, _("To")),
        ):
            if value:
                active.append((label, value, self.url_without(param, str(value))))
        if self.query:
            active.append((_("Words"), self.query, self.url_without("q", None)))
        return active

    def suggestions(self):
        """When nothing matches: the filters whose removal alone would give results (one
        query, counting each)."""
        candidates = [
            (facet.label, self.choices[facet.param][value], facet.param, value)
            for facet in self.facets
            for value in self.selected[facet.param]
        ]
        for param, value, label in (
            ("year_from", self.year_from, _("From")),
            ("year_to", self.year_to, _("To")),
        ):
            if value:
                candidates.append((label, value, param, None))
        if self.query:
            candidates.append((_("Words"), self.query, "q", None))
        if not candidates:
            return []
        branches = []
        for index, (_label, _value_label, param, value) in enumerate(candidates):
            where, params = self.joined(self.conditions(without=(param, value)))
            branches.append(
                (index, f"SELECT '', COUNT(*) FROM listing_base b WHERE {where}", params)
            )
        counts = {tag: count for tag, _key, count in self.run(branches)}
        found = []
        for index, (label, value_label, param, value) in enumerate(candidates):
            if counts.get(index):
                found.append((label, value_label, counts[index], self.url_without(param, value)))
        return found

    def url_without(self, param, value):
        query = self.request.GET.copy()
        query.pop("page", None)
        if value is None:
            query.pop(param, None)
        else:
            query.setlist(param, [v for v in query.getlist(param) if clean_text(v) != value])
        encoded = query.urlencode()
        return f"?{encoded}" if encoded else "?"

    # Results --------------------------------------------------------------------------

    @property
    def sort(self):
        requested = clean_text(self.request.GET.get("sort", ""), 20)
        if requested in self.sorts:
            return requested
        return "relevance" if self.query else next(iter(self.sorts))

    def sort_options(self):
        options = [(key, sort.label) for key, sort in self.sorts.items()]
        if self.query:
            options.insert(0, ("relevance", _("Relevance")))
        return options

    def latest(self, limit):
        """The `limit` newest results (ids), through the base: for the feeds."""
        return self.ordered_page(limit, order=newest(self.date_field)())

    def objects(self, pks):
        """The pages `pks` as objects, in that order, in one query."""
        objects = {
            obj.pk: obj for obj in self.model.objects.filter(pk__in=pks).defer_streamfields()
        }
        items = [objects[pk] for pk in pks if pk in objects]
        if self.locale_id is not None:
            mark_other_languages(items, self.locale_id)
        return items

    def page(self):
        """The page of results, its items fetched as objects in one query."""
        total, pks, _counts = self.results()
        page = paginate(self.request, ResultPages(total), self.per_page)
        page.object_list = self.objects(pks)
        return page

    def context(self):
        page = self.page()
        context = {
            "items": page,
            "facets": self.facet_results(),
            "active_filters": self.active_filters(),
            "ignored_filters": self.ignored,
            "sort": self.sort,
            "sort_options": self.sort_options(),
            "listing_query": self.query,
            "year_from": self.year_from,
            "year_to": self.year_to,
            "has_year_filter": bool(self.date_field),
            "match_limit": (
                number_format(MAX_SEARCH_MATCHES, force_grouping=True)
                if self.more_matches
                else None
            ),
        }
        if not page.paginator.count and context["active_filters"]:
            context["suggestions"] = self.suggestions()
        return context


def newest(date_field):
    return lambda: f"b.{date_field} DESC, b.id DESC"


def oldest(date_field):
    return lambda: f"b.{date_field}, b.id"


def by_title():
    """Alphabetical, as sort_key() orders: accents and case set aside ("Éducation" among the
    E's). PostgreSQL: the ICU root collation, which an index of Wagtail's page table holds in
    this order (migration resources 0011); SQLite: sort_key() as a collation."""
    if connection.vendor == "postgresql":
        return 'b.title COLLATE "und-x-icu", b.id'
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        connection.connection.create_collation(TITLE_COLLATION, compare_titles)
        return f"b.title COLLATE {TITLE_COLLATION}, b.id"
    return "b.title, b.id"


TITLE_COLLATION = "hub_title"


def compare_titles(a, b):
    a, b = (sort_key(a), a), (sort_key(b), b)
    return (a > b) - (a < b)
