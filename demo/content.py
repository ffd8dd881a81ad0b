"""The demo site, built from the coalition's own description of its work (what-we-do.txt).

Everything here is idempotent: a page that already exists (found by its slug under its parent)
is left exactly as it is, so running the loader again creates and changes nothing, and never
overwrites what an editor has since changed.
"""

import html
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.text import slugify
from wagtail.fields import StreamField
from wagtail.models import Site

from home.models import StandardPage

from .domain_loader import DomainLoader
from .translations import translate_demo

SOURCE = Path(__file__).with_name("data") / "what-we-do.txt"
AREAS = (
    "Research and monitoring",
    "Advocacy and public education",
    "Networking and capacity-building",
)
ACHIEVEMENTS = "Achievements"

DEVELOPMENT_HOSTS = {"localhost", "127.0.0.1", "::1"}


def clean(text):
    """Undo the old database export's doubled apostrophes: council''s -> council's."""
    return text.replace("''", "'").strip()


@dataclass
class Section:
    title: str
    paragraphs: list = field(default_factory=list)
    items: list = field(default_factory=list)

    @property
    def slug(self):
        return slugify(self.title)


def read_sections(path=SOURCE):
    """Split the text into its sections: the introduction, the three areas, Achievements."""
    lines = [clean(line) for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    headings = {*AREAS, ACHIEVEMENTS}
    sections = [Section(lines[0])]
    for line in lines[1:]:
        if line in headings:
            sections.append(Section(line))
        elif line.startswith("- "):
            sections[-1].items.append(line[2:].strip())
        else:
            sections[-1].paragraphs.append(line)
    return {section.title: section for section in sections}, sections[0].title


def first_sentence(text):
    end = text.find(". ")
    return text if end == -1 else text[: end + 1]


def paragraphs_html(paragraphs):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def list_html(items):
    return "<ul>" + "".join(f"<li>{html.escape(i, quote=False)}</li>" for i in items) + "</ul>"


def store_lists_as_blocks(page):
    """Have the page's StreamFields saved as the page editor saves them, each list item with
    its own id. Lists written as plain values (as the demo data is) are otherwise stored in the
    format of before Wagtail 2.16, whose items wagtail-localize silently leaves out of a
    translation."""
    for model_field in page._meta.get_fields():
        if isinstance(model_field, StreamField):
            for child in getattr(page, model_field.name):
                child.value  # noqa: B018 - a bound block is saved in the block format


class DemoLoader:
    def __init__(self, stdout=None, translate=True):
        self.stdout = stdout
        self.translate = translate
        self.created = []

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def english_home(self):
        site = Site.objects.get(is_default_site=True)
        self.point_site_at_base_url(site)
        return site.root_page.specific

    def point_site_at_base_url(self, site):
        """Full URLs (citations, feeds, links in emails) should name the address the demo is
        served on (`make run` sets WAGTAILADMIN_BASE_URL from its HOST and PORT). Only a site
        still on a development address (Wagtail's localhost, a loopback address) follows it:
        a public host name set in Settings › Sites is never changed."""
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        port = base.port or (443 if base.scheme == "https" else 80)
        if (
            site.hostname in DEVELOPMENT_HOSTS
            and base.hostname
            and (site.hostname, site.port) != (base.hostname, port)
        ):
            site.hostname = base.hostname
            site.port = port
            site.save()

    def child(self, parent, page_class, slug, instance=None, **fields):
        """The child of `parent` with this slug; created (from `instance` or `fields`) and
        published if missing, left exactly as it is otherwise."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = instance or page_class(**fields)
        page.slug = slug
        page.locale = parent.locale
        store_lists_as_blocks(page)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created.append(page)
        self.log(f"  created {page_class.__name__} {page.url_path}")
        return page

    def load_domain(self, home):
        DomainLoader(self).run(home)

    def run(self):
        sections, intro_title = read_sections()
        intro = sections[intro_title]
        home = self.english_home()

        what_we_do = self.child(
            home,
            StandardPage,
            "what-we-do",
            title=intro_title.title(),
            introduction=intro.paragraphs[0],
            search_description=first_sentence(intro.paragraphs[0]),
            show_in_menus=True,
        )
        areas = []
        for title in AREAS:
            section = sections[title]
            areas.append(
                self.child(
                    what_we_do,
                    StandardPage,
                    section.slug,
                    title=title,
                    introduction=section.paragraphs[0],
                    search_description=first_sentence(section.paragraphs[0]),
                    body=[{"type": "paragraph", "value": paragraphs_html(section.paragraphs[1:])}],
                )
            )
        self.load_domain(home)

        achievements = sections[ACHIEVEMENTS]
        self.child(
            home,
            StandardPage,
            "achievements",
            title=ACHIEVEMENTS,
            introduction=achievements.paragraphs[0],
            search_description=first_sentence(achievements.paragraphs[0]),
            body=[{"type": "paragraph", "value": list_html(achievements.items)}],
            show_in_menus=True,
        )

        if not home.introduction and not home.highlights:
            home.introduction = intro.paragraphs[0]
            home.highlights = [
                {"type": "highlight", "value": {"page": area.pk, "summary": ""}} for area in areas
            ]
            home.save_revision().publish()
            self.created.append(home)
            self.log("  filled in the home page")

        if self.translate:
            translate_demo(self)
        return self.created
