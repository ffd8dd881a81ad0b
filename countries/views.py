"""What the country index and the profiles show, and the downloads of the observations.

Every query here is one per section, whatever the number of countries or periods: the latest
observation of each indicator is chosen in the database, and the hub's publications,
programmes and submissions about a country are the library's own querysets filtered by its
code (the same filter as /<lang>/resources/?country=CD, which each section links to).
"""

import csv
import datetime
import json

from django.apps import apps
from django.conf import settings
from django.db.models import OuterRef, Q, Subquery
from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django_countries import countries as all_countries

from hub.cache import cached
from hub.i18n import mark_other_languages, one_per_translation
from resources.models import (
    NationalCoalitionPage,
    PsychosocialGuidancePage,
    Region,
    RegionalNetworkPage,
    ReintegrationProgrammePage,
    ResourcePage,
    ResourceType,
)

from .vocabulary import RATIFIED, RECRUITMENT, VALUES, Indicator, Status

# The page types call these views (models -> views), so the views find the models by name.
CountryPage = apps.get_model("countries", "CountryPage")
Observation = apps.get_model("countries", "Observation")

SECTION_SIZE = 5
SUBMISSION_TYPES = [ResourceType.SUBMISSION, ResourceType.BRIEFING]
SORTS = ("country", "-country", "value", "-value")
STATUS_INDICATORS = [i for i in Indicator if i != Indicator.SUMMARY]


def with_country(code, field="countries"):
    """Rows whose multiple CountryField `field` holds `code` (stored as "CD,UG")."""
    return (
        Q(**{field: code})
        | Q(**{f"{field}__startswith": f"{code},"})
        | Q(**{f"{field}__endswith": f",{code}"})
        | Q(**{f"{field}__contains": f",{code},"})
    )


def regions_by_country(locale_id):
    """{country code: region} in the reader's language where the region is translated, else
    in the default language; cached until a region changes (hub.cache)."""
    return cached("taxonomy", f"countries:regions:{locale_id}", lambda: find_regions(locale_id))


def find_regions(locale_id):
    default = settings.LANGUAGE_CODE
    regions = Region.objects.filter(
        Q(locale_id=locale_id) | Q(locale__language_code=default)
    ).select_related("locale")
    by_key = {}
    for region in regions:
        if region.translation_key not in by_key or region.locale_id == locale_id:
            by_key[region.translation_key] = region
    found = {}
    for region in sorted(by_key.values(), key=lambda r: r.name):
        for country in region.countries:
            found.setdefault(country.code, region)
    return found


def latest_observations(pages):
    """The latest observation of each indicator of each page of `pages`: one query."""
    newest = Observation.objects.filter(
        page_id=OuterRef("page_id"), indicator=OuterRef("indicator")
    ).order_by("-period_end", "-period_start", "-pk")
    return Observation.objects.filter(page__in=pages).filter(pk=Subquery(newest.values("pk")[:1]))


def one_value(request, name, allowed):
    """A filter's value from the query string, if it is one of `allowed`; else ignored."""
    value = request.GET.get(name, "")
    return value if value in allowed else ""


class Filters:
    """The index's and the downloads' filters: region, recruitment reported in the latest
    period by a kind of force, not ratified; values outside their lists are ignored."""

    def __init__(self, request, regions):
        self.region = one_value(request, "region", {r.slug for r in regions.values()})
        self.reported = one_value(request, "reported", {str(i) for i in RECRUITMENT})
        self.protocol = one_value(request, "protocol", {"not-ratified", "ratified"})
        self.country = one_value(request, "country", {code for code, _name in all_countries})
        self.indicator = one_value(request, "indicator", {str(i) for i in Indicator})

    def keeps(self, code, region, latest):
        """Whether a country with `latest` ({indicator: observation}) is kept."""
        if self.country and code != self.country:
            return False
        if self.region and (region is None or region.slug != self.region):
            return False
        if self.reported:
            observed = latest.get(self.reported)
            if observed is None or observed.status != Status.REPORTED:
                return False
        if self.protocol:
            observed = latest.get(Indicator.PROTOCOL)
            ratified = observed is not None and observed.status in RATIFIED
            if ratified != (self.protocol == "ratified"):
                return False
        return True

    def query(self, **changes):
        from urllib.parse import urlencode

        values = {
            "region": self.region,
            "reported": self.reported,
            "protocol": self.protocol,
            "country": self.country,
            "indicator": self.indicator,
            **changes,
        }
        return urlencode({k: v for k, v in values.items() if v})


def profiles(index):
    """The live profiles, one per country, in the index's language where they exist."""
    pages = one_per_translation(CountryPage.objects.live().public(), index.locale_id)
    return pages.only(
        "id", "title", "url_path", "slug", "locale_id", "translation_key", "country", "depth"
    )


def countries_with_latest(index, request):
    """[(page, region, {indicator: latest observation})], filtered; and the filters."""
    regions = regions_by_country(index.locale_id)
    filters = Filters(request, regions)
    pages = list(profiles(index))
    latest = {}
    for observation in latest_observations(pages):
        latest.setdefault(observation.page_id, {})[observation.indicator] = observation
    rows = []
    for page in pages:
        code = page.country.code
        region = regions.get(code)
        values = latest.get(page.pk, {})
        if filters.keeps(code, region, values):
            rows.append((page, region, values))
    rows.sort(key=lambda row: str(row[0].country.name))
    mark_other_languages([page for page, _r, _v in rows], index.locale_id)
    return rows, filters, regions


def index_context(index, request):
    rows, filters, regions = countries_with_latest(index, request)
    groups = {}
    for page, region, values in rows:
        groups.setdefault(region.slug if region else "", (region, []))[1].append((page, values))
    grouped = sorted(groups.values(), key=lambda g: (g[0] is None, g[0].name if g[0] else ""))
    indicator = filters.indicator if filters.indicator in STATUS_INDICATORS else ""
    indicator = indicator or Indicator.PROTOCOL
    sort = one_value(request, "sort", SORTS) or "country"
    order = [str(s) for s in VALUES[indicator]]

    def value_key(row):
        observed = row[2].get(indicator)
        return order.index(observed.status) if observed else len(order)

    table = sorted(rows, key=lambda row: str(row[0].country.name))
    if sort.endswith("value"):
        table.sort(key=value_key)
    if sort.startswith("-"):
        table.reverse()
    comparison = [(page, region, values.get(indicator)) for page, region, values in table]
    region_choices = sorted({(r.slug, r.name) for r in regions.values()}, key=lambda r: r[1])
    return {
        "groups": [(region, items, len(items)) for region, items in grouped],
        "total": len(rows),
        "filters": filters,
        "region_choices": region_choices,
        "recruitment_choices": [(str(i), i.label) for i in RECRUITMENT],
        "indicator_choices": [(str(i), i.label) for i in STATUS_INDICATORS],
        "comparison_indicator": Indicator(indicator),
        "comparison": comparison,
        "sort": sort,
        "sort_links": {
            key: "?"
            + filters.query(indicator=indicator, sort=f"-{key}" if sort == key else key)
            + "#comparison"
            for key in ("country", "value")
        },
        "download_query": filters.query(),
    }


def periods_of(observations):
    """[(start, end)] of every reporting period observed, oldest first."""
    return sorted({(o.period_start, o.period_end) for o in observations})


def history_table(observations):
    """How it changed: a row per reporting period, a cell per indicator (None where the
    period has no observation of it)."""
    periods = periods_of(observations)
    cells = {(o.period_start, o.period_end, o.indicator): o for o in observations}
    rows = []
    for start, end in periods:
        rows.append(
            {
                "start": start,
                "end": end,
                "cells": [cells.get((start, end, i)) for i in STATUS_INDICATORS],
                "summary": cells.get((start, end, Indicator.SUMMARY)),
            }
        )
    return rows


CHART_LEFT = 200
CHART_ROW = 28
CHART_COLUMN = 72


def chart(history):
    """The geometry of the SVG chart of every indicator over the periods: a row per
    indicator, a column per period, each cell the value observed (drawn server-side; its data
    are the "how it changed" table under it)."""
    columns = []
    for x, row in enumerate(history):
        cells = []
        for y, observation in enumerate(row["cells"]):
            cells.append(
                {
                    "x": CHART_LEFT + x * CHART_COLUMN,
                    "y": 24 + y * CHART_ROW,
                    "status": observation.status if observation else "none",
                    "label": observation.value_label if observation else _("No observation"),
                }
            )
        columns.append(
            {
                "x": CHART_LEFT + x * CHART_COLUMN + CHART_COLUMN // 2,
                "label": row["end"].year,
                "cells": cells,
            }
        )
    rows = [
        {"y": 24 + y * CHART_ROW + CHART_ROW // 2, "label": short_label(i)}
        for y, i in enumerate(STATUS_INDICATORS)
    ]
    return {
        "width": CHART_LEFT + max(len(history), 1) * CHART_COLUMN + 8,
        "height": 24 + len(STATUS_INDICATORS) * CHART_ROW + 8,
        "cell_width": CHART_COLUMN - 4,
        "cell_height": CHART_ROW - 4,
        "columns": columns,
        "rows": rows,
    }


def short_label(indicator):
    return {
        Indicator.PROTOCOL: _("Optional Protocol"),
        Indicator.GOVERNMENT: _("Government forces"),
        Indicator.PARAMILITARIES: _("Paramilitaries"),
        Indicator.ARMED_GROUPS: _("Armed groups"),
        Indicator.DDR: _("DDR programme"),
    }[indicator]


def profile_observations(page):
    """The profile's observations, oldest period first: one query, or none for a preview (the
    draft's rows are in memory)."""
    rows = page.observations.all()
    if page.pk and not getattr(page, "_observations_loaded", False):
        rows = rows.select_related("source_document")
    return sorted(rows, key=lambda o: (o.period_end, o.period_start, o.pk or 0))


def profile_context(page, request):
    code = page.country.code
    observations = profile_observations(page)
    locale_id = page.locale_id
    resource_ids = sorted({o.source_resource_id for o in observations if o.source_resource_id})
    sources = cached(
        "pages",
        f"countries:sources:{locale_id}:{','.join(map(str, resource_ids))}",
        lambda: source_pages(resource_ids, locale_id),
    )
    for observation in observations:
        observation.source_page = sources.get(observation.source_resource_id)
    latest = {}
    for observation in observations:
        latest[observation.indicator] = observation
    history = history_table(observations)
    region = regions_by_country(locale_id).get(code)
    holdings = cached(
        "pages",
        f"countries:holdings:{code}:{locale_id}:{region.translation_key if region else ''}",
        lambda: what_the_hub_holds(code, locale_id, region),
    )
    language = translation.get_language()
    return {
        "latest": [latest[i] for i in Indicator if i in latest and i != Indicator.SUMMARY],
        "latest_summary": latest.get(Indicator.SUMMARY),
        "history": history,
        "changes": changes(history),
        "chart": chart(history),
        "indicators": STATUS_INDICATORS,
        "region": region,
        **holdings,
        "library_url": f"/{language}/resources/?country={code}",
        "submissions_url": f"/{language}/resources/?country={code}&type=submission&type=briefing",
        "programmes_url": f"/{language}/programmes/?country={code}",
        "guidance_url": f"/{language}/guidance/?country={code}",
    }


def source_pages(resource_ids, locale_id):
    """{resource id: the publication in the profile's language where it is translated, else
    as it is}: one query."""
    if not resource_ids:
        return {}
    keys = ResourcePage.objects.filter(pk__in=resource_ids).values("translation_key")
    pages = (
        ResourcePage.objects.live()
        .filter(Q(pk__in=resource_ids) | Q(translation_key__in=keys, locale_id=locale_id))
        .only("id", "translation_key", "title", "url_path", "locale_id")
    )
    pages = list(pages)
    localized = {p.translation_key: p for p in pages if p.locale_id == locale_id}
    return {p.pk: localized.get(p.translation_key, p) for p in pages if p.pk in resource_ids}


def what_the_hub_holds(code, locale_id, region):
    """The country's latest publications, submissions and briefings, programmes and guidance,
    its national coalition and its regional network: cached until a page is published or
    unpublished."""
    private = ResourcePage.objects.private_q()

    def live(model):
        pages = model.objects.live().exclude(private)
        return one_per_translation(pages, locale_id)

    def latest_of(queryset, order):
        return mark_other_languages(
            list(queryset.defer_streamfields().order_by(*order)[:SECTION_SIZE]), locale_id
        )

    library = live(ResourcePage).filter(with_country(code))
    network = None
    if region is not None:
        network = (
            live(RegionalNetworkPage).filter(region__translation_key=region.translation_key).first()
        )
    return {
        "publications": latest_of(
            library.exclude(resource_type__in=SUBMISSION_TYPES), ["-publication_date", "-pk"]
        ),
        "submissions": latest_of(
            library.filter(resource_type__in=SUBMISSION_TYPES), ["-publication_date", "-pk"]
        ),
        "programmes": latest_of(
            live(ReintegrationProgrammePage).filter(with_country(code)), ["-start_date", "-pk"]
        ),
        "guidance": latest_of(
            live(PsychosocialGuidancePage).filter(with_country(code)), ["-last_reviewed", "-pk"]
        ),
        "coalition": live(NationalCoalitionPage).filter(country=code).first(),
        "network": network,
    }


def changes(history):
    """What changed between the last two reporting periods: [(indicator label, before,
    after)] of the indicators whose value differs."""
    if len(history) < 2:
        return []
    before, after = history[-2], history[-1]
    found = []
    for indicator, old, new in zip(STATUS_INDICATORS, before["cells"], after["cells"], strict=True):
        if old is None or new is None:
            continue
        if (old.status, old.released, old.reintegrated) != (
            new.status,
            new.released,
            new.reintegrated,
        ):
            found.append((indicator.label, old, new))
    return {"before": before, "after": after, "items": found}


FIELDS = [
    "country",
    "country_name",
    "indicator",
    "period_start",
    "period_end",
    "value",
    "signed_on",
    "ratified_on",
    "minimum_age",
    "named_groups",
    "released",
    "reintegrated",
    "summary",
    "source_title",
    "source_publisher",
    "source_date",
    "source_url",
    "illustrative",
]


def observation_rows(index, request):
    """Every observation (history included) of the countries the filters keep."""
    rows, filters, _regions = countries_with_latest(index, request)
    pages = {page.pk: page for page, _r, _v in rows}
    observations = Observation.objects.filter(page_id__in=list(pages)).order_by(
        "page_id", "indicator", "period_end", "pk"
    )
    if filters.indicator:
        observations = observations.filter(indicator=filters.indicator)
    illustrative = set(
        CountryPage.objects.filter(pk__in=list(pages), is_illustrative=True).values_list(
            "pk", flat=True
        )
    )
    observations = list(observations.select_related("source_document"))
    resource_ids = sorted({o.source_resource_id for o in observations if o.source_resource_id})
    sources = source_pages(resource_ids, index.locale_id)
    for o in observations:
        page = pages[o.page_id]
        url = o.source_url
        if not url and o.source_resource_id in sources:
            url = sources[o.source_resource_id].get_full_url(request) or ""
        if not url and o.source_document_id:
            url = request.build_absolute_uri(o.source_document.url)
        yield {
            "country": page.country.code,
            "country_name": str(page.country.name),
            "indicator": o.indicator,
            "period_start": o.period_start.isoformat(),
            "period_end": o.period_end.isoformat(),
            "value": o.status,
            "signed_on": o.signed_on.isoformat() if o.signed_on else "",
            "ratified_on": o.ratified_on.isoformat() if o.ratified_on else "",
            "minimum_age": o.minimum_age if o.minimum_age is not None else "",
            "named_groups": "; ".join(o.group_list),
            "released": o.released if o.released is not None else "",
            "reintegrated": o.reintegrated if o.reintegrated is not None else "",
            "summary": o.summary,
            "source_title": o.source_title,
            "source_publisher": o.source_publisher,
            "source_date": o.source_date.isoformat() if o.source_date else "",
            "source_url": url,
            "illustrative": o.page_id in illustrative,
        }


def citation(index, request):
    return _("%(publisher)s (%(year)s). Country monitoring: observations. %(url)s") % {
        "publisher": _("Coalition"),
        "year": datetime.date.today().year,
        "url": index.get_full_url(request),
    }


def download(index, request, extension):
    if extension not in ("csv", "json"):
        raise Http404
    rows = list(observation_rows(index, request))
    licence = index.data_licence
    cite = citation(index, request)
    if extension == "json":
        body = {"licence": licence, "citation": cite, "observations": rows}
        response = HttpResponse(
            json.dumps(body, ensure_ascii=False, indent=1),
            content_type="application/json; charset=utf-8",
        )
    else:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response.write("\ufeff")  # spreadsheets then read the file as UTF-8
        writer = csv.writer(response)
        licence_label, citation_label = _("Licence"), _("Citation")
        writer.writerow([f"# {licence_label}: {licence}"])
        writer.writerow([f"# {citation_label}: {cite}"])
        writer.writerow(FIELDS)
        for row in rows:
            writer.writerow(
                [("yes" if row[f] else "no") if f == "illustrative" else row[f] for f in FIELDS]
            )
    response["Content-Disposition"] = f'attachment; filename="observations.{extension}"'
    return response
