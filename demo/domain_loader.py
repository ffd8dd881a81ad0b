"""Builds the library, programme directory, guidance and networks of the demo site from
the data in domain.py, through the same idempotent `DemoLoader.child` as the rest."""

import datetime

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model

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

from .domain import NETWORKS, PROGRAMMES, PUBLICATIONS, demo_dates, guidance_pages
from .pdf import make_pdf


def words(text):
    return [w for w in text.split() if w]


class DomainLoader:
    def __init__(self, loader):
        self.loader = loader

    def run(self, home):
        child = self.loader.child
        library = child(
            home,
            ResourceIndexPage,
            "resources",
            title="Library",
            show_in_menus=True,
            introduction="The coalition's Global Reports, country and thematic reports, and "
            "briefings to the UN and regional bodies.",
        )
        resources = self.load_library(library)
        programmes = child(
            home,
            ProgrammeIndexPage,
            "programmes",
            title="Programmes",
            show_in_menus=True,
            introduction="Reintegration programmes for children formerly associated with "
            "armed forces and armed groups.",
        )
        self.load_programmes(programmes, resources)
        guidance = child(
            home,
            GuidanceIndexPage,
            "guidance",
            title="Psycho-social guidance",
            show_in_menus=True,
            introduction="Practical guidance for social workers, health workers, teachers and "
            "caseworkers supporting children and their families.",
        )
        self.load_guidance(guidance, resources)
        networks = child(
            home,
            NetworkIndexPage,
            "networks",
            title="Networks",
            show_in_menus=True,
            introduction="Regional coalitions in Africa, Latin America, the Middle East and "
            "Southeast Asia, and national coalitions in 35 countries.",
        )
        self.load_networks(networks)

    def document(self, title, language="en"):
        Document = get_document_model()
        existing = Document.objects.filter(title=title).first()
        if existing is not None:
            return existing
        pdf = make_pdf(
            title[:90],
            [
                "Reintegration & Psycho-social Resources Hub - demonstration file.",
                "This file stands in for the publication on the demonstration site.",
            ],
        )
        document = Document(title=title, language=language)
        document.file.save(f"{slugify(title)[:60]}.pdf", ContentFile(pdf), save=False)
        document.save()
        return document

    def load_library(self, library):
        topics = {t.slug: t for t in Topic.objects.filter(locale=library.locale)}
        pages = {}
        for title, year, month, kind, countries, topic_slugs, audiences, summary in PUBLICATIONS:
            slug = slugify(title)[:80].strip("-")
            if library.get_children().filter(slug=slug).exists():
                pages[title] = library.get_children().get(slug=slug).specific
                continue
            page = ResourcePage(
                title=title,
                summary=summary,
                publication_date=datetime.date(year, month, 1),
                resource_type=kind,
                publisher="International Coalition",
                countries=words(countries),
                audiences=words(audiences),
            )
            page.topics = [topics[s] for s in words(topic_slugs)]
            page.files = [ResourceFile(document=self.document(title))]
            pages[title] = self.loader.child(library, ResourcePage, slug, instance=page)
        return pages

    def load_programmes(self, index, resources):
        for p in PROGRAMMES:
            page = ReintegrationProgrammePage(
                title=p.title,
                summary=p.summary,
                is_illustrative=True,
                implementing_organisations=p.organisations,
                countries=words(p.countries),
                status=p.status,
                start_date=datetime.date(*p.start, 1),
                end_date=datetime.date(*p.end, 28) if p.end else None,
                serves=words(p.serves),
                age_min=p.ages[0],
                age_max=p.ages[1],
                children_reached=p.reached,
                approaches=words(p.approaches),
                contact_role="Programme coordinator",
                contact_email="programmes@example.org",
                lessons_learned=p.lessons,
            )
            page.linked_resources = [ProgrammeResource(resource=resources[t]) for t in p.resources]
            self.loader.child(index, ReintegrationProgrammePage, slugify(p.title), instance=page)

    def load_guidance(self, index, resources):
        topics = {t.slug: t for t in Topic.objects.filter(locale=index.locale)}
        tool = self.document("Conversation checklist")
        reading = resources["Child Soldiers Global Report 2004"]
        dates = demo_dates()
        for title, audiences, topic_slugs, when, summary, body in guidance_pages(
            tool.pk, reading.pk
        ):
            last, due = dates[when]
            page = PsychosocialGuidancePage(
                title=title,
                summary=summary,
                is_illustrative=True,
                audiences=words(audiences),
                body=body,
                last_reviewed=last,
                next_review_due=due,
                reviewed_by="Psycho-social technical group",
            )
            page.topics = [topics[s] for s in words(topic_slugs)]
            self.loader.child(index, PsychosocialGuidancePage, slugify(title), instance=page)

    def load_networks(self, index):
        for region in Region.objects.filter(locale=index.locale):
            if region.slug not in NETWORKS:
                continue
            title, summary, coalitions = NETWORKS[region.slug]
            code = region.slug.split("-")[0]
            network = self.loader.child(
                index,
                RegionalNetworkPage,
                region.slug,
                instance=RegionalNetworkPage(
                    title=title,
                    summary=summary,
                    region=region,
                    countries_covered=region.countries,
                    focal_points=[
                        {
                            "type": "focal_point",
                            "value": {
                                "role": "Regional coordinator",
                                "email": f"{code}.coordinator@example.org",
                            },
                        }
                    ],
                ),
            )
            for country, name in coalitions:
                self.loader.child(
                    network,
                    NationalCoalitionPage,
                    slugify(name),
                    instance=NationalCoalitionPage(
                        title=name,
                        country=country,
                        summary=f"The national coalition, member of the {title}.",
                        focal_points=[
                            {
                                "type": "focal_point",
                                "value": {
                                    "role": "Coordinator",
                                    "email": f"coalition.{country.lower()}@example.org",
                                },
                            }
                        ],
                    ),
                )
