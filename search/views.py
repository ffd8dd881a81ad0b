"""Site search: every kind of page, once, in the reader's language where it exists in it
(else in another, marked), with editors' picks on top."""

from django.contrib.contenttypes.models import ContentType
from django.template.response import TemplateResponse
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from countries.models import CountryIndexPage, CountryPage
from home.models import HomePage, StandardPage
from hub.i18n import (
    localized_pages,
    mark_other_languages,
    one_per_translation,
    only_in_language_label,
)
from hub.page_cache import cached_counts
from hub.pagination import paginate
from resources import models as domain
from resources.facets import MAX_QUERY_LENGTH, clean_text, searchable

RESULTS_PER_PAGE = 10

# kind (the ?kind= value) -> (label, page types)
KINDS = {
    "resource": (_("Publication"), [domain.ResourcePage]),
    "programme": (_("Programme"), [domain.ReintegrationProgrammePage]),
    "guidance": (_("Guidance"), [domain.PsychosocialGuidancePage]),
    "network": (_("Network"), [domain.RegionalNetworkPage, domain.NationalCoalitionPage]),
    "country": (_("Country profile"), [CountryPage]),
    "page": (
        _("Page"),
        [
            HomePage,
            StandardPage,
            domain.ResourceIndexPage,
            domain.ProgrammeIndexPage,
            domain.GuidanceIndexPage,
            domain.NetworkIndexPage,
            CountryIndexPage,
        ],
    ),
}


def kind_of_content_types():
    """{content type id: kind (the ?kind= value)}, from Django's cache of content types (no
    query)."""
    kinds = {}
    for kind, (_label, models) in KINDS.items():
        for content_type in ContentType.objects.get_for_models(*models).values():
            kinds[content_type.pk] = kind
    return kinds


class Hits:
    """Search results whose number is already known (from the counts per kind): the
    paginator takes its count from here and asks the database only for the page shown."""

    def __init__(self, results, count):
        self.results = results
        self._count = count

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, key):
        return self.results[key]


def counts_per_kind(results):
    """{kind: number of hits} of search results, counted by the database in one query
    (grouped by content type), and the total."""
    kinds = kind_of_content_types()
    counts = dict.fromkeys(KINDS, 0)
    for content_type_id, count in results.facet("content_type_id").items():
        counts[kinds.get(content_type_id, "page")] += count
    return counts


def option_label(label, count):
    """ "Publication (12 results)": a choice of the kind filter, with what it would find."""
    return ngettext("%(kind)s (%(count)s result)", "%(kind)s (%(count)s results)", count) % {
        "kind": label,
        "count": number_format(count, force_grouping=True),
    }


def editors_picks(query):
    """The search promotions for this query, pages in the reader's language and live."""
    picks = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query)
        ).select_related("page")
    )
    pages = dict(
        zip(
            [p.pk for p in picks if p.page],
            localized_pages(p.page for p in picks if p.page),
            strict=True,
        )
    )
    shown = []
    for pick in picks:
        if pick.page is None:
            shown.append(
                {
                    "title": pick.external_link_text,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
            continue
        page = pages[pick.pk]
        if page.live and page.locale_id == Locale.get_active().pk:
            shown.append({"title": page.title, "page": page, "description": pick.description})
    return shown


def search(request):
    """Live, public pages matching ?q=, optionally of one ?kind=: every page once, in the
    reader's language where it exists in it, else in another (marked with its language);
    ?available=1 keeps only the reader's language."""
    query = clean_text(request.GET.get("q", ""), MAX_QUERY_LENGTH)
    kind = clean_text(request.GET.get("kind", ""), 20)
    if kind not in KINDS:
        kind = ""
    available = clean_text(request.GET.get("available", ""), 5) == "1"

    locale = Locale.get_active()
    pages = Page.objects.live().public().exclude(depth__lte=1)
    # With ?available=1, one per translation already (a page has at most one version in each
    # language). Else one page per translation group, chosen among pages of every kind: the
    # versions of a page are all of one kind, so narrowing to a kind afterwards keeps the choice.
    pages = pages.filter(locale=locale) if available else one_per_translation(pages, locale.pk)
    words = searchable(query)
    counts = None
    if words:
        # Kept until a page changes (as a listing's counts): the next page of results and the
        # other kinds do not count again.
        counts = cached_counts(
            ["search", locale.pk, available, words],
            lambda: counts_per_kind(pages.search(words, operator="and")),
        )
        if kind:
            pages = pages.type(*KINDS[kind][1])
        total = counts[kind] if kind else sum(counts.values())
        results = Hits(pages.search(words, operator="and"), total)
    else:
        results = Page.objects.none()
    page_obj = paginate(request, results, RESULTS_PER_PAGE)
    page_obj.object_list = mark_other_languages(list(page_obj.object_list), locale.pk)
    kinds = kind_of_content_types()
    for result in page_obj.object_list:
        result.kind_label = KINDS[kinds.get(result.content_type_id, "page")][0]

    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": page_obj,
            "paginator": page_obj.paginator,
            "kind": kind,
            "available": available,
            "only_in_my_language": only_in_language_label(locale.language_code),
            "kinds": [
                (key, option_label(label, counts[key]) if counts else label)
                for key, (label, _models) in KINDS.items()
            ],
            "everything": (
                option_label(_("Everything"), sum(counts.values())) if counts else _("Everything")
            ),
            "picks": editors_picks(query) if query and page_obj.number == 1 else [],
        },
    )
