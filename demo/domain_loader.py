"""Builds the library, programme directory, guidance, networks and country profiles of the
demo site from demo/data/{library,programmes,guidance,networks,countries}.toml, through the same
`DemoLoader.child` as the rest (made once, recorded, never changed afterwards).

The publications are the ones the coalition names in what-we-do.txt; each gets a small
generated PDF that says it stands in for the real file. Programmes and guidance pages are
illustrative examples, marked as such on the page, not claims about real organisations.
"""

import datetime
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Locale

from countries.models import CountryIndexPage, CountryPage, Indicator, Observation
from resources.models import (
    GuidanceIndexPage,
    NationalCoalitionPage,
    NetworkIndexPage,
    ProgrammeIndexPage,
    ProgrammeResource,
    PsychosocialGuidancePage,
    Region,
    RegionalNetworkPage,
    ReintegrationProgrammePage,
    ResourceFile,
    ResourceIndexPage,
    ResourcePage,
    Topic,
)

from .datafiles import read_toml
from .pdf import make_pdf


def focal_points(people):
    return [{"type": "focal_point", "value": person} for person in people]


class DomainLoader:
    def __init__(self, loader):
        self.loader = loader
        self.placeholder_lines = []

    def index(self, home, page_class, data):
        index = data["index"]
        return self.loader.child(
            home,
            index["slug"],
            lambda: page_class(
                title=index["title"], introduction=index["introduction"], show_in_menus=True
            ),
        )

    def run(self, home):
        english = Locale.get_default()
        self.topics = {t.slug: t for t in Topic.objects.filter(locale=english)}
        library = read_toml("library.toml")
        self.placeholder_lines = library["placeholder_file"]["lines"]
        resources = self.load_library(self.index(home, ResourceIndexPage, library), library)
        programmes = read_toml("programmes.toml")
        self.load_programmes(
            self.index(home, ProgrammeIndexPage, programmes), programmes, resources
        )
        guidance = read_toml("guidance.toml")
        self.load_guidance(self.index(home, GuidanceIndexPage, guidance), guidance, resources)
        networks = read_toml("networks.toml")
        self.load_networks(self.index(home, NetworkIndexPage, networks), networks, english)
        countries = read_toml("countries.toml")
        self.load_countries(self.index(home, CountryIndexPage, countries), countries, resources)

    def document(self, title):
        """The demo's placeholder PDF titled `title`, made the first time."""
        key = f"document:{title}"
        document = self.loader.ledger.get(key)
        if document is None:
            document = get_document_model()(title=title, language="en")
            pdf = make_pdf(title[:90], self.placeholder_lines)
            document.file.save(f"{slugify(title)[:60]}.pdf", ContentFile(pdf), save=False)
            document.save()
            self.loader.ledger.record(key, document)
        return document

    def load_library(self, index, data):
        """The publications' pages, by title."""
        pages = {}
        for p in data["publication"]:

            def make(p=p):
                page = ResourcePage(
                    title=p["title"],
                    summary=p["summary"],
                    publication_date=p["publication_date"],
                    resource_type=p["resource_type"],
                    publisher=data["publisher"],
                    countries=p["countries"],
                    audiences=p["audiences"],
                )
                page.topics = [self.topics[slug] for slug in p["topics"]]
                page.files = [ResourceFile(document=self.document(p["title"]))]
                return page

            slug = slugify(p["title"])[:80].strip("-")
            pages[p["title"]] = self.loader.child(index, slug, make)
        return pages

    def load_programmes(self, index, data, resources):
        contact = data["contact"]
        for p in data["programme"]:

            def make(p=p):
                page = ReintegrationProgrammePage(
                    title=p["title"],
                    summary=p["summary"],
                    is_illustrative=True,
                    implementing_organisations="\n".join(p["implementing_organisations"]),
                    countries=p["countries"],
                    status=p["status"],
                    start_date=p["start_date"],
                    end_date=p.get("end_date"),
                    serves=p["serves"],
                    age_min=p["age_min"],
                    age_max=p["age_max"],
                    children_reached=p.get("children_reached"),
                    approaches=p["approaches"],
                    contact_role=contact["role"],
                    contact_email=contact["email"],
                    lessons_learned=p.get("lessons_learned", ""),
                )
                page.linked_resources = [
                    ProgrammeResource(resource=resources[title])
                    for title in p.get("linked_resources", [])
                ]
                return page

            self.loader.child(index, slugify(p["title"]), make)

    def load_guidance(self, index, data, resources):
        today = datetime.date.today()

        def block(item):
            """A block of the data as the page stores it (`shared`: one of the blocks several
            pages share); documents and publications named by title become their ids."""
            value = dict(data["shared"][item["shared"]] if "shared" in item else item)
            block_type = value.pop("type")
            if block_type == "tool":
                value["document"] = self.document(value["document"]).pk
            if block_type == "further_reading":
                value["items"] = [
                    dict(link, resource=resources[link["resource"]].pk) for link in value["items"]
                ]
            return {"type": block_type, "value": value}

        for g in data["guidance"]:

            def make(g=g):
                review = data["review"][g["review"]]
                page = PsychosocialGuidancePage(
                    title=g["title"],
                    summary=g["summary"],
                    is_illustrative=True,
                    audiences=g["audiences"],
                    countries=g.get("countries", []),
                    body=[block(b) for b in g["body"]],
                    last_reviewed=today + datetime.timedelta(days=review["last_reviewed"]),
                    next_review_due=today + datetime.timedelta(days=review["next_review_due"]),
                    reviewed_by=data["reviewed_by"],
                )
                page.topics = [self.topics[slug] for slug in g["topics"]]
                return page

            self.loader.child(index, slugify(g["title"]), make)

    def load_networks(self, index, data, english):
        regions = {r.slug: r for r in Region.objects.filter(locale=english)}
        for n in data["network"]:
            region = regions.get(n["region"])
            if region is None:
                self.loader.log(f"  no region {n['region']!r}: its network is left out")
                continue
            network = self.loader.child(
                index,
                region.slug,
                lambda n=n, region=region: RegionalNetworkPage(
                    title=n["title"],
                    summary=n["summary"],
                    region=region,
                    countries_covered=region.countries,
                    focal_points=focal_points(n["focal_points"]),
                ),
            )
            for c in n["coalition"]:
                self.loader.child(
                    network,
                    slugify(c["title"]),
                    lambda c=c, n=n: NationalCoalitionPage(
                        title=c["title"],
                        country=c["country"],
                        summary=data["coalition_summary"].format(network=n["title"]),
                        focal_points=focal_points(c["focal_points"]),
                    ),
                )

    def load_countries(self, index, data, resources):
        """A profile per country, every value illustrative (countries.toml says why), two
        reporting periods each, their sources the demo's publications. Each observation's
        translation key is derived from its place, so the demo's PO files name its strings
        (msgctxt) the same at every load."""
        kinds = {
            "protocol": Indicator.PROTOCOL,
            "government": Indicator.GOVERNMENT,
            "paramilitaries": Indicator.PARAMILITARIES,
            "armed_groups": Indicator.ARMED_GROUPS,
            "ddr": Indicator.DDR,
        }
        extra = {
            Indicator.PROTOCOL: ("signed_on", "ratified_on", "minimum_age"),
            Indicator.DDR: ("released",),
        }
        for c in data["country"]:
            slug = c["code"].lower()
            key = f"{self.loader.keys[index.pk]}/{slug}"

            def make(c=c, key=key):
                rows = []
                for name in ("first", "second"):
                    period = data["periods"][name]
                    values = c[name]
                    title = period.get("source", c["source"])
                    if name == "first":
                        title = c.get("first_source", title)
                    source = resources[title]
                    common = {
                        "period_start": period["start"],
                        "period_end": period["end"],
                        "source_title": source.title,
                        "source_publisher": source.publisher,
                        "source_date": source.publication_date,
                        "source_resource": source,
                    }
                    for field, indicator in kinds.items():
                        rows.append(
                            Observation(
                                indicator=indicator,
                                status=values[field],
                                **{f: values[f] for f in extra.get(indicator, ()) if f in values},
                                **common,
                            )
                        )
                    if "summary" in values:
                        rows.append(
                            Observation(
                                indicator=Indicator.SUMMARY,
                                summary=data["summaries"][values["summary"]],
                                **common,
                            )
                        )
                for n, row in enumerate(rows):
                    row.translation_key = uuid.uuid5(uuid.NAMESPACE_URL, f"demo:{key}/{n}")
                    row.sort_order = n
                page = CountryPage(title=c["code"], country=c["code"], is_illustrative=True)
                with translation.override(settings.LANGUAGE_CODE):
                    page.title = str(page.country.name)
                page.observations = rows
                return page

            self.loader.child(index, slug, make)
