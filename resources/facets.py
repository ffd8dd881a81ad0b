"""One filtering mechanism for every listing: the library, the programme directory and the
guidance index.

A listing reads one compact row per page of its type and language (a handful of columns, one
query), plus one query per facet that needs a related table (topics, file languages) and one
for the names of regions and topics. Filtering, counting (each facet counted within the rest
of the selection) and sorting then happen on those rows in Python, and only the page of
results shown is fetched as objects. The number of queries is therefore fixed, whatever the
number of pages or results; the work grows linearly with the number of rows, which is small
for this site (thousands). A site that outgrows it moves faceting to OpenSearch through
Wagtail's search backends (docs/architecture.md, "Growing").

Filter values in URLs are slugs and ISO codes, the same in every language, so a filtered
address can be shared and survives the language switcher. Unknown values are ignored and
reported to the reader, never an error.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries as country_names

from hub.cache import cached
from hub.i18n import locale_language_codes, mark_other_languages, only_in_language_label
from hub.pagination import paginate

MAX_VALUES_PER_FACET = 20
MAX_VALUE_LENGTH = 100
MAX_QUERY_LENGTH = 200
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
    """A way of narrowing a listing: a query parameter, the keys each row has for it, and
    the labels of those keys in the reader's language."""

    #: fields of the row projection this facet reads
    fields = ()
    #: shown as one checkbox rather than a list of values
    toggle = False

    def __init__(self, param, label):
        self.param = param
        self.label = label

    def prepare(self, listing):
        """Read what the facet needs beyond the row projection (at most one query)."""

    def keys(self, row):
        raise NotImplementedError

    def choices(self, listing):
        """[(key, label)] in the order a reader expects."""
        raise NotImplementedError


class ChoiceFacet(Facet):
    """A field holding one value of a fixed list (resource type, programme status)."""

    def __init__(self, param, label, field_name, choices):
        super().__init__(param, label)
        self.field_name = field_name
        self.fields = (field_name,)
        self._choices = choices

    def keys(self, row):
        value = row[self.field_name]
        return {value} if value else set()

    def choices(self, listing):
        return list(self._choices)


class MultipleChoiceFacet(ChoiceFacet):
    """A MultipleChoiceField (audiences, approaches, who a programme serves)."""

    def keys(self, row):
        return set(split_codes(row[self.field_name]))


class CountryFacet(Facet):
    def __init__(self, param, label, field_name="countries"):
        super().__init__(param, label)
        self.field_name = field_name
        self.fields = (field_name,)

    def keys(self, row):
        return set(split_codes(row[self.field_name]))

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


class RegionFacet(TaxonomyFacet):
    """Regions are the coalition's own: a row belongs to a region when one of its countries
    is among the region's countries."""

    extra_term_fields = ("countries",)

    def __init__(self, param, label, region_model, field_name="countries"):
        super().__init__(param, label)
        self.region_model = region_model
        self.field_name = field_name
        self.fields = (field_name,)

    def prepare(self, listing):
        self.regions = {
            slug: (name, set(split_codes(codes)))
            for slug, (name, codes) in self.term_names(self.region_model).items()
        }

    def keys(self, row):
        codes = set(split_codes(row[self.field_name]))
        return {slug for slug, (_name, members) in self.regions.items() if codes & members}

    def choices(self, listing):
        return sorted(
            ((slug, name) for slug, (name, _m) in self.regions.items()), key=lambda c: c[1]
        )


class TopicFacet(TaxonomyFacet):
    """The listed pages' `topics` (a many-to-many field to the topic snippet)."""

    def prepare(self, listing):
        Topic = listing.model._meta.get_field("topics").related_model
        through = listing.model.topics.through
        page_column = f"{listing.model._meta.model_name}_id"
        self.by_page = {}
        for page_id, slug in through.objects.filter(
            **{f"{page_column}__in": listing.queryset.values("pk")}
        ).values_list(page_column, "topic__slug"):
            self.by_page.setdefault(page_id, set()).add(slug)
        self.names = {slug: name for slug, (name,) in self.term_names(Topic).items()}

    def keys(self, row):
        return self.by_page.get(row["pk"], set())

    def choices(self, listing):
        return sorted(self.names.items(), key=lambda item: sort_key(item[1]))


class FileLanguageFacet(Facet):
    """The languages a resource's files are written in (its `files`, each with a document)."""

    def prepare(self, listing):
        ResourceFile = listing.model._meta.get_field("files").related_model
        self.by_page = {}
        for page_id, language in ResourceFile.objects.filter(
            page_id__in=listing.queryset.values("pk")
        ).values_list("page_id", "document__language"):
            self.by_page.setdefault(page_id, set()).add(language)

    def keys(self, row):
        return self.by_page.get(row["pk"], set())

    def choices(self, listing):
        return list(settings.LANGUAGES)


class ReviewFacet(Facet):
    """Guidance past its review date, or not: shown to editors only."""

    fields = ("next_review_due",)

    def keys(self, row):
        return {"overdue" if row["next_review_due"] < timezone.localdate() else "current"}

    def choices(self, listing):
        return [("overdue", _("Review overdue")), ("current", _("Up to date"))]

    @staticmethod
    def is_available(request):
        user = getattr(request, "user", None)
        return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


class AvailabilityFacet(Facet):
    """?available=1: only the items that exist in the reader's language (a listing shows every
    item, in another language where it is not translated; hub.i18n.one_per_translation)."""

    fields = ("locale_id",)
    toggle = True

    def __init__(self, locale_id, param="available"):
        super().__init__(param, _("Page language"))
        self.locale_id = locale_id

    def keys(self, row):
        return {"1"} if row["locale_id"] == self.locale_id else set()

    def choices(self, listing):
        code = locale_language_codes().get(self.locale_id, settings.LANGUAGE_CODE)
        return [("1", only_in_language_label(code))]


@dataclass
class Sort:
    key: str
    label: str
    order: callable


class Listing:
    """A filtered, counted, sorted and paginated listing of one page type in one language."""

    def __init__(self, request, queryset, facets, sorts, per_page, date_field=None, locale_id=None):
        self.request = request
        self.locale_id = locale_id
        self.model = queryset.model
        self.queryset = queryset
        self.facets = [
            f for f in facets if not isinstance(f, ReviewFacet) or f.is_available(request)
        ]
        self.sorts = {sort.key: sort for sort in sorts}
        self.per_page = per_page
        self.date_field = date_field
        self.ignored = []
        fields = {"pk", "title", *(self.date_field and [self.date_field] or [])}
        for facet in self.facets:
            fields.update(facet.fields)
        self.rows = list(queryset.values(*sorted(fields)))
        for facet in self.facets:
            facet.prepare(self)
        self.choices = {facet.param: dict(facet.choices(self)) for facet in self.facets}
        self.selected = {facet.param: self.read_values(facet) for facet in self.facets}
        self.query = self.read_query()
        self.year_from, self.year_to = self.read_year("year_from"), self.read_year("year_to")
        self.search_order = self.run_search() if self.query else None

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
        words = searchable(self.query)
        if not words:
            return {}
        results = self.queryset.search(words, operator="and")
        return {page.pk: rank for rank, page in enumerate(results)}

    # Filtering and counting ----------------------------------------------------------

    def row_matches(self, row, skip=None, without=None):
        """Does `row` pass every active filter, ignoring facet `skip` entirely and the one
        value `without` = (param, value)? ("q", None) ignores the words searched for."""
        if (
            self.search_order is not None
            and without != ("q", None)
            and row["pk"] not in self.search_order
        ):
            return False
        year_from = None if without == ("year_from", None) else self.year_from
        year_to = None if without == ("year_to", None) else self.year_to
        if self.date_field and (year_from or year_to):
            year = row[self.date_field].year
            if (year_from and year < year_from) or (year_to and year > year_to):
                return False
        for facet in self.facets:
            if facet.param == skip:
                continue
            wanted = set(self.selected[facet.param])
            if without and without[0] == facet.param:
                wanted.discard(without[1])
            if wanted and not (facet.keys(row) & wanted):
                return False
        return True

    def facet_results(self):
        results = []
        for facet in self.facets:
            counts = {}
            for row in self.rows:
                if self.row_matches(row, skip=facet.param):
                    for key in facet.keys(row):
                        counts[key] = counts.get(key, 0) + 1
            selected = self.selected[facet.param]
            options = [
                Option(key, str(label), counts.get(key, 0), key in selected)
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
        """When nothing matches: the filters whose removal alone would give results."""
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
        found = []
        for label, value_label, param, value in candidates:
            count = sum(1 for row in self.rows if self.row_matches(row, without=(param, value)))
            if count:
                found.append((label, value_label, count, self.url_without(param, value)))
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

    def result_rows(self):
        rows = [row for row in self.rows if self.row_matches(row)]
        if self.sort == "relevance":
            rows.sort(key=lambda row: self.search_order[row["pk"]])
        else:
            rows = self.sorts[self.sort].order(rows)
        return rows

    def page(self):
        """The page of results, its items fetched as objects in one query."""
        page = paginate(self.request, [row["pk"] for row in self.result_rows()], self.per_page)
        objects = {
            obj.pk: obj
            for obj in self.model.objects.filter(pk__in=list(page.object_list)).defer_streamfields()
        }
        page.object_list = [objects[pk] for pk in page.object_list if pk in objects]
        if self.locale_id is not None:
            mark_other_languages(page.object_list, self.locale_id)
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
        }
        if not page.paginator.count and context["active_filters"]:
            context["suggestions"] = self.suggestions()
        return context


def newest(date_field):
    return lambda rows: sorted(rows, key=lambda r: (r[date_field], r["pk"]), reverse=True)


def oldest(date_field):
    return lambda rows: sorted(rows, key=lambda r: (r[date_field], r["pk"]))


def by_title(rows):
    return sorted(rows, key=lambda r: (sort_key(r["title"]), r["pk"]))
