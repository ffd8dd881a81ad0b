"""Site search: every kind of page, once, in the reader's language where it exists in it
(else in another, marked), with editors' picks on top."""

from django.contrib.contenttypes.models import ContentType
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
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


def kind_labels():
    """{content type id: kind label}, from Django's cache of content types (no query)."""
    labels = {}
    for label, models in KINDS.values():
        for content_type in ContentType.objects.get_for_models(*models).values():
            labels[content_type.pk] = label
    return labels


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
    if kind:
        pages = pages.type(*KINDS[kind][1])
    if available:
        pages = pages.filter(locale=locale)
    pages = one_per_translation(pages, locale.pk)
    words = searchable(query)
    results = pages.search(words, operator="and") if words else Page.objects.none()
    page_obj = paginate(request, results, RESULTS_PER_PAGE)
    page_obj.object_list = mark_other_languages(list(page_obj.object_list), locale.pk)
    labels = kind_labels()
    for result in page_obj.object_list:
        result.kind_label = labels.get(result.content_type_id, _("Page"))

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
            "kinds": [(key, label) for key, (label, _models) in KINDS.items()],
            "picks": editors_picks(query) if query and page_obj.number == 1 else [],
        },
    )
